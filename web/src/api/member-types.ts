/** "Mina sammanträden" as the API presents it (server/src/http/presenters/my-meeting.presenter.ts). */
import type { AgendaItem, MeetingStatus, MembershipRole } from './board-types'

export interface MyMeeting {
  id: string
  committeeId: string
  committeeName: string
  meetsOn: string
  startsAt: string
  endsAt: string | null
  place: string
  status: MeetingStatus
  statusLabel: string
  seat: {
    membershipId: string
    role: MembershipRole
    roleLabel: string
    party: string
    /** Members are summoned; substitutes get the notice for information. */
    capacity: 'summoned' | 'forInformation'
  }
  absence: { reportedAt: string; note: string | null } | null
}

export interface ItemDocument {
  id: string
  registrationNumber: string
  date: string
  description: string
  counterpart: string | null
  confidential: boolean
  files: { id: string; fileName: string; size: number; url: string }[]
}

export interface MyMeetingDetail extends MyMeeting {
  notices: { id: string; sequence: number; sentOn: string; late: boolean }[]
  noticePdf: string | null
  agenda: (AgendaItem & { documents: ItemDocument[] })[]
}

export interface CalendarStatus {
  active: boolean
  createdAt: string | null
}
