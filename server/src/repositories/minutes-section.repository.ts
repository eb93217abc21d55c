import type { Kysely, Selectable } from 'kysely'
import type { DB, MinutesSectionTable } from '../db/schema.js'

export type MinutesSectionRow = Selectable<MinutesSectionTable>

/** The secretary's text of the meeting's §§. */
export function listMinutesSections(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('minutes_sections as s')
    .innerJoin('agenda_items as i', 'i.id', 's.agenda_item_id')
    .selectAll('s')
    .where('i.meeting_id', '=', meetingId)
    .execute()
}

/** Inserts or replaces the text of one §. */
export function upsertMinutesSection(
  trx: Kysely<DB>,
  row: Omit<MinutesSectionRow, 'recipients'> & { recipients: string[] },
) {
  const { agenda_item_id: _id, ...patch } = row
  return trx
    .insertInto('minutes_sections')
    .values(row)
    .onConflict((oc) => oc.column('agenda_item_id').doUpdateSet(patch))
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** The cases of the meeting's items. */
export function listItemCases(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('agenda_items as i')
    .innerJoin('cases as c', 'c.id', 'i.case_id')
    .selectAll('c')
    .select('i.id as agenda_item_id')
    .where('i.meeting_id', '=', meetingId)
    .execute()
}
export type ItemCaseRow = Awaited<ReturnType<typeof listItemCases>>[number]

/** The documents of the meeting's cases registered up to the meeting day, in number order. */
export function listItemCaseDocuments(db: Kysely<DB>, meetingId: string, onOrBefore: string) {
  return db
    .selectFrom('agenda_items as i')
    .innerJoin('documents as d', 'd.case_id', 'i.case_id')
    .select([
      'i.id as agenda_item_id',
      'd.id',
      'd.document_number',
      'd.document_date',
      'd.direction',
      'd.description',
      'd.counterpart_name',
      'd.confidential',
      'd.confidentiality_ground',
      'd.protect_counterpart',
      'd.protect_description',
    ])
    .where('i.meeting_id', '=', meetingId)
    .where('d.document_date', '<=', onOrBefore)
    .orderBy('d.document_number')
    .execute()
}
export type ItemCaseDocumentRow = Awaited<ReturnType<typeof listItemCaseDocuments>>[number]

/** The membership ids the user holds in a committee on a day (a member reads as themselves). */
export async function userMembershipIds(
  db: Kysely<DB>,
  userId: string,
  committeeId: string,
  onDate: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('committee_memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select('m.id')
    .where('p.user_id', '=', userId)
    .where('m.committee_id', '=', committeeId)
    .where('m.starts_on', '<=', onDate)
    .where('m.ends_on', '>=', onDate)
    .execute()
  return rows.map((r) => r.id)
}
