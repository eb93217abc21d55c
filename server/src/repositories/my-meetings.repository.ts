import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

/**
 * The meetings of the committees a user sits on, with the seat they hold that day (a member or
 * a substitute may sit on several committees), in date order.
 */
export function listMeetingsOfUser(
  db: Kysely<DB>,
  userId: string,
  range: { from: string; to: string },
  limit: number,
) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('committees as c', 'c.id', 'm.committee_id')
    .innerJoin('committee_memberships as s', (j) =>
      j
        .onRef('s.committee_id', '=', 'm.committee_id')
        .onRef('s.starts_on', '<=', 'm.meets_on')
        .onRef('s.ends_on', '>=', 'm.meets_on'),
    )
    .innerJoin('people as p', 'p.id', 's.person_id')
    .leftJoin('meeting_absences as a', (j) =>
      j
        .onRef('a.meeting_id', '=', 'm.id')
        .onRef('a.membership_id', '=', 's.id')
        .on('a.withdrawn_at', 'is', null),
    )
    .selectAll('m')
    .select([
      'c.name as committee_name',
      's.id as membership_id',
      's.role as seat_role',
      's.party',
      'p.name as person_name',
      'a.reported_at as absence_reported_at',
      'a.note as absence_note',
    ])
    .where('p.user_id', '=', userId)
    .where('m.meets_on', '>=', range.from)
    .where('m.meets_on', '<=', range.to)
    .orderBy('m.meets_on')
    .orderBy('m.starts_at')
    .limit(limit)
    .execute()
}
export type MeetingOfUser = Awaited<ReturnType<typeof listMeetingsOfUser>>[number]
