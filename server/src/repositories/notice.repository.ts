import type { Insertable, Kysely, Selectable } from 'kysely'
import type { DB, MeetingNoticeTable, NoticeRecipientTable } from '../db/schema.js'

export type MeetingNoticeRow = Selectable<MeetingNoticeTable>

export function insertNotice(trx: Kysely<DB>, row: Insertable<MeetingNoticeTable>) {
  return trx.insertInto('meeting_notices').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function insertRecipients(
  trx: Kysely<DB>,
  rows: Insertable<NoticeRecipientTable>[],
): Promise<void> {
  if (rows.length > 0) await trx.insertInto('notice_recipients').values(rows).execute()
}

/** The notices of a meeting as sent, first the kallelse, then supplementary notices. */
export function listNotices(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('meeting_notices')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('sequence')
    .execute()
}

/** Who each notice went to, with the person's name, for the meeting page. */
export function listRecipients(db: Kysely<DB>, noticeIds: string[]) {
  if (noticeIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('notice_recipients as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .innerJoin('committee_memberships as m', 'm.id', 'r.membership_id')
    .select([
      'r.notice_id',
      'r.membership_id',
      'r.capacity',
      'r.user_id',
      'p.name',
      'm.party',
      'm.role',
      'm.list_order',
    ])
    .where('r.notice_id', 'in', noticeIds)
    .execute()
}

/** Whether a notice of this meeting went to this user (a member reads what was sent to them). */
export async function wasSentTo(db: Kysely<DB>, meetingId: string, userId: string) {
  const row = await db
    .selectFrom('notice_recipients as r')
    .innerJoin('meeting_notices as n', 'n.id', 'r.notice_id')
    .select('r.notice_id')
    .where('n.meeting_id', '=', meetingId)
    .where('r.user_id', '=', userId)
    .executeTakeFirst()
  return !!row
}

/** Every stored notice PDF, in pages, for `kansli verify`. */
export function listAllNoticeFiles(db: Kysely<DB>, afterId: string | null, limit: number) {
  let q = db
    .selectFrom('meeting_notices as n')
    .innerJoin('meetings as m', 'm.id', 'n.meeting_id')
    .innerJoin('committees as c', 'c.id', 'm.committee_id')
    .select(['n.id', 'n.sha256', 'n.sequence', 'm.meets_on', 'c.name as committee_name'])
  if (afterId) q = q.where('n.id', '>', afterId)
  return q.orderBy('n.id').limit(limit).execute()
}
