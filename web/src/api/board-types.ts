/**
 * Shapes of the board-administration API as the UI uses them (server/src/http/presenters:
 * committee, meeting and attendance presenters). The registry's shapes are in types.ts.
 */
import type { Committee } from './types'

export type CommitteeKind = Committee['kind']
export type MembershipRole = 'chair' | 'viceChair' | 'member' | 'substitute'
export type StaffFunction = 'secretary' | 'official'

export interface Term {
  id: string
  name: string
  startsOn: string
  endsOn: string
}

export interface Person {
  id: string
  name: string
  userId: string | null
}

export interface Membership {
  id: string
  personId: string
  name: string
  party: string
  /** "Susanne Andersson (S)" */
  displayName: string
  role: MembershipRole
  roleLabel: string
  /** The place in the list; for substitutes the order of service. */
  order: number
  termId: string
  startsOn: string
  endsOn: string
  hasAccount: boolean
}

export interface NoticeRule {
  daysBefore: number
  source: 'law' | 'reglemente'
}

export interface CommitteeStaffMember {
  userId: string
  name: string
  title: string | null
  function: StaffFunction
}

export interface CommitteeDetail {
  id: string
  name: string
  shortName: string
  kind: CommitteeKind
  parentId: string | null
  onDate: string
  noticeRule: NoticeRule | null
  members: Membership[]
  substitutes: Membership[]
  staff: CommitteeStaffMember[]
}

export type MeetingStatus = 'planned' | 'noticeSent' | 'open' | 'closed' | 'attested' | 'cancelled'

export interface MeetingSummary {
  id: string
  committeeId: string
  committeeName: string | null
  meetsOn: string
  startsAt: string
  endsAt: string | null
  place: string
  status: MeetingStatus
  statusLabel: string
  extra: boolean
  noticeSentOn: string | null
}

export interface NoticeInfo {
  rule: NoticeRule
  deadline: string
  sentOn: string | null
  late: boolean
  daysLate: number
  /** Not sent and the last day has passed. */
  overdue: boolean
}

export type AgendaItemKind =
  | 'case'
  | 'information'
  | 'communications'
  | 'delegationReport'
  | 'rollCall'
  | 'attesterElection'
  | 'agendaApproval'

export interface AgendaItem {
  id: string
  number: number
  kind: AgendaItemKind
  kindLabel: string
  title: string
  caseId: string | null
  caseNumber: string | null
  caseLabel: string | null
  presenter: string | null
  numbered: boolean
  sectionNumber: number | null
  sectionLabel: string | null
  addedAfterNotice: boolean
  addedAtMeeting: boolean
  decision: string | null
}

export interface Meeting extends MeetingSummary {
  committee: { id: string; name: string; shortName: string; kind: CommitteeKind }
  scheduleEntryId: string | null
  secretaryName: string | null
  notice: NoticeInfo
  /** "§§ 27–36" once the items have numbers. */
  sections: string | null
  cancelledReason: string | null
  openedAt: string | null
  closedAt: string | null
  agenda: AgendaItem[]
  /** Once held: the attestation deadline (D + 14) and where it stands (warning from D + 10). */
  attestation: Attestation | null
}

export interface Attestation {
  deadline: string
  warningFrom: string
  status: 'ok' | 'warning' | 'overdue' | 'attested'
  attestedOn: string | null
}

export interface ScheduleEntry {
  id: string
  meetsOn: string
  startsAt: string
  place: string
  note: string | null
  meetingId: string | null
  meetingStatus: MeetingStatus | null
}

export interface MeetingSchedule {
  id: string
  committeeId: string
  committeeName: string
  year: number
  caseId: string | null
  entries: ScheduleEntry[]
}

export interface AttendancePerson {
  membershipId: string
  displayName: string
  role: MembershipRole
  roleLabel: string
  presentAtRollCall: boolean
  /** The agenda item number someone arrived at, or left after. */
  arrivedAtItem: number | null
  leftAfterItem: number | null
}

export interface ItemAttendance {
  itemId: string
  number: number
  sectionNumber: number | null
  title: string
  quorum: boolean
  serving: {
    membershipId: string
    displayName: string | null
    role: MembershipRole
    servingFor: string | null
  }[]
  recused: { membershipId: string; displayName: string | null; ground: string | null }[]
  vacantSeats: (string | null)[]
}

export interface Attendance {
  rollCallTaken: boolean
  seats: number
  people: AttendancePerson[]
  items: ItemAttendance[]
}

export interface SentNotice {
  id: string
  sequence: number
  sentOn: string
  sentAt: string
  late: boolean
  daysLate: number
  sha256: string
  recipients: {
    membershipId: string
    name: string
    party: string
    role: MembershipRole
    /** Members are summoned; substitutes get the notice for information. */
    capacity: 'summoned' | 'forInformation'
    hasAccount: boolean
  }[]
}
