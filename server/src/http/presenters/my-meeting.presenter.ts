import type { MeetingNoticeRow } from '../../repositories/notice.repository.js'
import type { MeetingOfUser } from '../../repositories/my-meetings.repository.js'
import type { ItemDocument } from '../../services/members/my-meetings.js'
import type { AgendaItemView } from '../../repositories/agenda.repository.js'
import { MEETING_STATUS_LABEL } from '../../services/meetings/meeting-status.js'
import { presentAgendaItem } from './meeting.presenter.js'

const SEAT_LABEL = {
  chair: 'ordförande',
  viceChair: 'vice ordförande',
  member: 'ledamot',
  substitute: 'ersättare',
} as const

/** A meeting as a member sees it in "Mina sammanträden": with their own seat and absence. */
export function presentMyMeeting(m: MeetingOfUser) {
  return {
    id: m.id,
    committeeId: m.committee_id,
    committeeName: m.committee_name,
    meetsOn: m.meets_on,
    startsAt: m.starts_at,
    endsAt: m.ends_at,
    place: m.place,
    status: m.status,
    statusLabel: MEETING_STATUS_LABEL[m.status],
    seat: {
      membershipId: m.membership_id,
      role: m.seat_role,
      roleLabel: SEAT_LABEL[m.seat_role],
      party: m.party,
      // Members are summoned; substitutes get the notice for information.
      capacity: m.seat_role === 'substitute' ? 'forInformation' : 'summoned',
    },
    absence: m.absence_reported_at
      ? { reportedAt: new Date(m.absence_reported_at).toISOString(), note: m.absence_note }
      : null,
  }
}

export function presentMyMeetingDetail(v: {
  meeting: MeetingOfUser
  items: { item: AgendaItemView; documents: ItemDocument[] }[]
  notices: MeetingNoticeRow[]
}) {
  return {
    ...presentMyMeeting(v.meeting),
    notices: v.notices.map((n) => ({
      id: n.id,
      sequence: n.sequence,
      sentOn: n.sent_on,
      late: n.late,
      pdf: `/api/meetings/${v.meeting.id}/notices/${n.sequence}/pdf`,
    })),
    noticePdf: v.notices.length ? `/api/meetings/${v.meeting.id}/notice.pdf` : null,
    agenda: v.items.map(({ item, documents }) => ({
      ...presentAgendaItem(item),
      documents: documents.map((d) => ({
        ...d,
        files: d.files.map((f) => ({
          ...f,
          url: `/api/documents/${d.id}/files/${f.id}`,
        })),
      })),
    })),
  }
}
