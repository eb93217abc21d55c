import type { Insertable, Kysely, Selectable } from 'kysely'
import type { DB, MeetingAnnouncementTable } from '../db/schema.js'

export type AnnouncementRow = Selectable<MeetingAnnouncementTable>

export function insertAnnouncement(trx: Kysely<DB>, row: Insertable<MeetingAnnouncementTable>) {
  return trx
    .insertInto('meeting_announcements')
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Announcements up on `today`: posted, and the meeting not yet past. */
export function listCurrentAnnouncements(db: Kysely<DB>, municipalityId: string, today: string) {
  return db
    .selectFrom('meeting_announcements')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('posted_on', '<=', today)
    .where('take_down_on', '>', today)
    .orderBy('meeting_date')
    .orderBy('posted_on')
    .execute()
}

export function findAnnouncement(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('meeting_announcements')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}
