import type { Kysely, Selectable } from 'kysely'
import type { DB, MeetingAbsenceTable } from '../db/schema.js'

export type AbsenceRow = Selectable<MeetingAbsenceTable>

/** Reports (or reports again, after a withdrawal) a member's absence from a meeting. */
export function upsertAbsence(
  trx: Kysely<DB>,
  row: {
    meetingId: string
    membershipId: string
    note: string | null
    at: Date
    by: string | null
  },
) {
  const values = {
    note: row.note,
    reported_at: row.at,
    reported_by: row.by,
    withdrawn_at: null,
    substitute_membership_id: null,
    substitute_called_at: null,
    substitute_called_by: null,
  }
  return trx
    .insertInto('meeting_absences')
    .values({ meeting_id: row.meetingId, membership_id: row.membershipId, ...values })
    .onConflict((oc) => oc.columns(['meeting_id', 'membership_id']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function findAbsence(db: Kysely<DB>, meetingId: string, membershipId: string) {
  return db
    .selectFrom('meeting_absences')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('membership_id', '=', membershipId)
    .executeTakeFirst()
}

export function updateAbsence(
  trx: Kysely<DB>,
  meetingId: string,
  membershipId: string,
  patch: Partial<
    Pick<
      AbsenceRow,
      'withdrawn_at' | 'substitute_membership_id' | 'substitute_called_at' | 'substitute_called_by'
    >
  >,
) {
  return trx
    .updateTable('meeting_absences')
    .set(patch)
    .where('meeting_id', '=', meetingId)
    .where('membership_id', '=', membershipId)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** The absences reported for a meeting that are still standing. */
export function listAbsences(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('meeting_absences')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('withdrawn_at', 'is', null)
    .execute()
}
