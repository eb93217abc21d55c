import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import type { NoticeStatus } from '../../domain/notice.js'
import { recordStoredFile } from '../../repositories/document.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import {
  insertNotice,
  insertRecipients,
  listNotices,
  type MeetingNoticeRow,
} from '../../repositories/notice.repository.js'
import { renderNoticePdf } from '../../render/notice-pdf.js'
import type { FileStore } from '../../storage/file-store.js'
import { actorId, type Actor } from '../context.js'
import { rosterOn } from '../committees/roster.js'
import { findCommittee } from '../../repositories/committee.repository.js'
import { announceCouncilMeeting } from './announce-meeting.js'
import { buildNoticeView } from './notice-view.js'

export interface IssuedNotice {
  notice: MeetingNoticeRow
  summoned: number
  forInformation: number
  /** Recipients with no Kansli account: the secretary must reach them another way. */
  withoutAccount: string[]
  /** Fullmäktige: the announcement put up on the notice board. */
  announcementId: string | null
}

/**
 * Produces the notice as it goes out, inside the sending command's transaction (the meeting is
 * locked, so the PDF is exactly the agenda being sent): renders the PDF/A, stores it by its
 * hash, and records who it went to — the members are summoned, the substitutes get it for
 * information ("Kallelse för ledamöterna och för kännedom till ersättarna"). The members read it
 * on their own pages ("Mina sammanträden"). A fullmäktige meeting is also announced on the
 * public notice board (announce-meeting.ts).
 */
export async function issueNotice(
  trx: Kysely<DB>,
  files: FileStore,
  input: {
    actor: Actor
    meeting: MeetingRow
    sentOn: string
    status: NoticeStatus
    at: Date
    /** A supplementary notice: the items added after this moment. */
    supplementAfter?: Date
  },
): Promise<IssuedNotice> {
  const { meeting, at } = input
  const view = await buildNoticeView(trx, input.actor, meeting, input.sentOn, input.supplementAfter)
  const pdf = await renderNoticePdf(view, { now: at })
  const stored = await files.put(pdf)
  await recordStoredFile(trx, stored.sha256, stored.size, at)
  const earlier = await listNotices(trx, meeting.id)
  const notice = await insertNotice(trx, {
    meeting_id: meeting.id,
    sequence: earlier.length + 1,
    sent_on: input.sentOn,
    sent_at: at,
    sent_by: actorId(input.actor),
    sha256: stored.sha256,
    size: stored.size,
    late: input.status.late,
    days_late: input.status.daysLate,
  })
  const committee = await findCommittee(trx, meeting.municipality_id, meeting.committee_id)
  const announcement = committee
    ? await announceCouncilMeeting(trx, { committee, meeting, notice, view, at })
    : null
  const roster = await rosterOn(trx, meeting.committee_id, meeting.meets_on)
  const people = [...roster.members, ...roster.substitutes]
  await insertRecipients(
    trx,
    people.map((m) => ({
      notice_id: notice.id,
      membership_id: m.id,
      person_id: m.person_id,
      capacity: m.role === 'substitute' ? ('forInformation' as const) : ('summoned' as const),
      user_id: m.user_id,
    })),
  )
  return {
    notice,
    summoned: roster.members.length,
    forInformation: roster.substitutes.length,
    withoutAccount: people.filter((m) => !m.user_id).map((m) => m.name),
    announcementId: announcement?.id ?? null,
  }
}
