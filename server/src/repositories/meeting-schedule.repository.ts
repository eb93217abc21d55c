import type { Insertable, Kysely, Selectable } from 'kysely'
import type { DB, MeetingScheduleEntryTable, MeetingScheduleTable } from '../db/schema.js'

export type MeetingScheduleRow = Selectable<MeetingScheduleTable>
export type ScheduleEntryRow = Selectable<MeetingScheduleEntryTable>

export function findSchedule(db: Kysely<DB>, committeeId: string, year: number) {
  return db
    .selectFrom('meeting_schedules')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('year', '=', year)
    .executeTakeFirst()
}

export function findScheduleById(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('meeting_schedules')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function insertSchedule(trx: Kysely<DB>, row: Insertable<MeetingScheduleTable>) {
  return trx.insertInto('meeting_schedules').values(row).returningAll().executeTakeFirstOrThrow()
}

export function insertScheduleEntries(
  trx: Kysely<DB>,
  rows: Insertable<MeetingScheduleEntryTable>[],
) {
  if (rows.length === 0) return Promise.resolve([])
  return trx.insertInto('meeting_schedule_entries').values(rows).returningAll().execute()
}

/** The plan's dates in order, each with the meeting created from it (if any). */
export function listScheduleEntries(db: Kysely<DB>, scheduleId: string) {
  return db
    .selectFrom('meeting_schedule_entries as e')
    .leftJoin('meetings as m', 'm.schedule_entry_id', 'e.id')
    .selectAll('e')
    .select(['m.id as meeting_id', 'm.status as meeting_status'])
    .where('e.schedule_id', '=', scheduleId)
    .orderBy('e.meets_on')
    .orderBy('e.starts_at')
    .execute()
}
export type ScheduleEntryView = Awaited<ReturnType<typeof listScheduleEntries>>[number]

/** An entry with its plan's committee, in the municipality. */
export function findScheduleEntry(db: Kysely<DB>, municipalityId: string, entryId: string) {
  return db
    .selectFrom('meeting_schedule_entries as e')
    .innerJoin('meeting_schedules as s', 's.id', 'e.schedule_id')
    .leftJoin('meetings as m', 'm.schedule_entry_id', 'e.id')
    .selectAll('e')
    .select(['s.committee_id', 's.year', 'm.id as meeting_id'])
    .where('s.municipality_id', '=', municipalityId)
    .where('e.id', '=', entryId)
    .executeTakeFirst()
}

export function deleteScheduleEntry(trx: Kysely<DB>, entryId: string) {
  return trx.deleteFrom('meeting_schedule_entries').where('id', '=', entryId).execute()
}
