import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { DB, MeetingStatus, MeetingTable } from '../db/schema.js'

export type MeetingRow = Selectable<MeetingTable>

export function insertMeeting(trx: Kysely<DB>, row: Insertable<MeetingTable>) {
  return trx.insertInto('meetings').values(row).returningAll().executeTakeFirstOrThrow()
}

export function findMeeting(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/**
 * Locks the meeting for the rest of the transaction: every change to a meeting, its agenda and
 * its attendance takes this lock first, so they are applied one at a time.
 */
export function lockMeeting(trx: Kysely<DB>, municipalityId: string, id: string) {
  return trx
    .selectFrom('meetings')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export function updateMeeting(trx: Kysely<DB>, id: string, patch: Updateable<MeetingTable>) {
  return trx
    .updateTable('meetings')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export interface MeetingListFilter {
  committeeId?: string
  from?: string
  to?: string
  status?: MeetingStatus
  /** Only meetings of committees this user sits on, on the meeting day (members). */
  memberUserId?: string
  limit: number
}

export function listMeetings(db: Kysely<DB>, municipalityId: string, f: MeetingListFilter) {
  let q = db
    .selectFrom('meetings')
    .innerJoin('committees', 'committees.id', 'meetings.committee_id')
    .selectAll('meetings')
    .select(['committees.name as committee_name', 'committees.short_name as committee_short_name'])
    .where('meetings.municipality_id', '=', municipalityId)
  if (f.committeeId) q = q.where('meetings.committee_id', '=', f.committeeId)
  if (f.from) q = q.where('meetings.meets_on', '>=', f.from)
  if (f.to) q = q.where('meetings.meets_on', '<=', f.to)
  if (f.status) q = q.where('meetings.status', '=', f.status)
  const userId = f.memberUserId
  if (userId) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('committee_memberships as m')
          .innerJoin('people as p', 'p.id', 'm.person_id')
          .select('m.id')
          .where('p.user_id', '=', userId)
          .whereRef('m.committee_id', '=', 'meetings.committee_id')
          .whereRef('m.starts_on', '<=', 'meetings.meets_on')
          .whereRef('m.ends_on', '>=', 'meetings.meets_on'),
      ),
    )
  }
  return q
    .orderBy('meetings.meets_on')
    .orderBy('meetings.starts_at')
    .orderBy('committees.name')
    .limit(f.limit)
    .execute()
}
