import type { Kysely, Selectable } from 'kysely'
import type { DB, MeetingAttendanceTable } from '../db/schema.js'

export type AttendanceRow = Selectable<MeetingAttendanceTable>

/** Records the roll call (upprop): present or not, per member and substitute. Keeps arrivals. */
export async function recordRollCall(
  trx: Kysely<DB>,
  meetingId: string,
  rows: { membershipId: string; present: boolean }[],
  at: Date,
) {
  for (const r of rows) {
    await trx
      .insertInto('meeting_attendance')
      .values({
        meeting_id: meetingId,
        membership_id: r.membershipId,
        present_at_roll_call: r.present,
        arrived_at_item_id: null,
        left_after_item_id: null,
        recorded_at: at,
      })
      .onConflict((oc) =>
        oc
          .columns(['meeting_id', 'membership_id'])
          .doUpdateSet({ present_at_roll_call: r.present, recorded_at: at }),
      )
      .execute()
  }
}

export function listAttendance(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('meeting_attendance')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .execute()
}

export function setAttendanceItems(
  trx: Kysely<DB>,
  meetingId: string,
  membershipId: string,
  patch: { arrived_at_item_id?: string | null; left_after_item_id?: string | null },
  at: Date,
) {
  return trx
    .updateTable('meeting_attendance')
    .set({ ...patch, recorded_at: at })
    .where('meeting_id', '=', meetingId)
    .where('membership_id', '=', membershipId)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Jäv recorded on the meeting's items. */
export function listRecusals(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('agenda_item_recusals as r')
    .innerJoin('agenda_items as i', 'i.id', 'r.agenda_item_id')
    .selectAll('r')
    .where('i.meeting_id', '=', meetingId)
    .execute()
}

export function insertRecusal(
  trx: Kysely<DB>,
  row: { agenda_item_id: string; membership_id: string; ground: string | null; recorded_at: Date },
) {
  return trx
    .insertInto('agenda_item_recusals')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['agenda_item_id', 'membership_id']).doUpdateSet({ ground: row.ground }),
    )
    .execute()
}

export function deleteRecusal(trx: Kysely<DB>, itemId: string, membershipId: string) {
  return trx
    .deleteFrom('agenda_item_recusals')
    .where('agenda_item_id', '=', itemId)
    .where('membership_id', '=', membershipId)
    .executeTakeFirst()
}
