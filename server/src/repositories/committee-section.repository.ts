import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

/**
 * The committee's § counter for a year, locked until the end of the transaction: meetings of
 * one committee are numbered one at a time, so no § is given twice.
 */
export async function lockSectionCounter(trx: Kysely<DB>, committeeId: string, year: number) {
  await trx
    .insertInto('committee_section_counters')
    .values({ committee_id: committeeId, year, last_number: 0, last_meeting_date: null })
    .onConflict((oc) => oc.columns(['committee_id', 'year']).doNothing())
    .execute()
  return trx
    .selectFrom('committee_section_counters')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('year', '=', year)
    .forUpdate()
    .executeTakeFirstOrThrow()
}

export function setSectionCounter(
  trx: Kysely<DB>,
  committeeId: string,
  year: number,
  lastNumber: number,
  lastMeetingDate: string,
) {
  return trx
    .updateTable('committee_section_counters')
    .set({ last_number: lastNumber, last_meeting_date: lastMeetingDate })
    .where('committee_id', '=', committeeId)
    .where('year', '=', year)
    .execute()
}

/** Whether Kansli has already numbered any § of the committee in the year. */
export async function hasNumberedSections(
  db: Kysely<DB>,
  committeeId: string,
  year: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select('i.id')
    .where('m.committee_id', '=', committeeId)
    .where('m.meets_on', '>=', `${year}-01-01`)
    .where('m.meets_on', '<=', `${year}-12-31`)
    .where('i.section_number', 'is not', null)
    .limit(1)
    .executeTakeFirst()
  return !!row
}
