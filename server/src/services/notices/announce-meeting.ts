import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { addDays } from '../../domain/swedish-calendar.js'
import { insertAnnouncement } from '../../repositories/announcement.repository.js'
import type { CommitteeRow } from '../../repositories/committee.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import type { MeetingNoticeRow } from '../../repositories/notice.repository.js'
import type { NoticeView } from '../../render/view-models.js'

/**
 * Posts the announcement of a fullmäktige meeting on the public notice board when its notice
 * goes out: KL 5 kap. 13 § (verify the paragraph; LEGAL-RULES rule 16) wants time, place and the
 * matters on the anslagstavla at least one week before the meeting. It stays up until the
 * meeting has been held. Nämnder's meetings are not announced: they are held behind closed
 * doors (KL 6 kap. 25 §). The item titles are the agenda's, which never carry a protected
 * case title (services/meetings/agenda-items.ts).
 */
export async function announceCouncilMeeting(
  trx: Kysely<DB>,
  input: {
    committee: CommitteeRow
    meeting: MeetingRow
    notice: MeetingNoticeRow
    view: NoticeView
    at: Date
  },
) {
  const { committee, meeting, notice, view } = input
  if (committee.kind !== 'council') return null
  return insertAnnouncement(trx, {
    municipality_id: meeting.municipality_id,
    meeting_id: meeting.id,
    notice_id: notice.id,
    committee_name: committee.name,
    meeting_date: meeting.meets_on,
    starts_at: meeting.starts_at,
    place: meeting.place,
    items: JSON.stringify(
      view.items.map((i) => ({
        number: i.number,
        title: i.title,
        caseNumber: i.caseNumber ?? null,
      })),
    ),
    supplementary: view.supplementary === true,
    posted_on: notice.sent_on,
    take_down_on: addDays(meeting.meets_on, 1),
    late: notice.late,
    created_at: input.at,
  })
}
