/**
 * The meeting as conducted (server/src/http/presenters/conduct.presenter.ts): motions, votes,
 * decisions, dissents and notes per item, the attesters and others present.
 */
import type { AgendaItemKind, Attendance, MeetingStatus } from './board-types'

export type VoteChoice = 'ja' | 'nej' | 'avstår'

export interface Motion {
  id: string
  position: number
  /** 'papers': the proposal in the papers; 'member': a member's motion (yrkande). */
  source: 'papers' | 'member'
  membershipId: string | null
  /** "Förslag till beslut", or the mover "Johan Persson (S)". */
  by: string | null
  text: string
  supportedBy: (string | null)[]
  withdrawn: boolean
}

export interface Vote {
  id: string
  ordinal: number
  kind: 'decision' | 'election'
  jaMotionId: string | null
  nejMotionId: string | null
  jaLabel: string
  nejLabel: string
  chair: string | null
  tally: { ja: number; nej: number; avstår: number }
  outcome: 'ja' | 'nej'
  decidedBy: 'majority' | 'castingVote' | 'lot'
  ballots: {
    membershipId: string
    displayName: string | null
    servingFor: string | null
    choice: VoteChoice
  }[]
}

export interface Dissent {
  id: string
  members: { membershipId: string; displayName: string | null }[]
  grounds: string | null
  announcedAt: string | null
  groundsUpdatedAt: string | null
}

export interface MinutesNote {
  id: string
  membershipId: string
  by: string | null
  text: string
}

export interface ConductItem {
  itemId: string
  number: number
  sectionNumber: number | null
  kind: AgendaItemKind
  title: string
  caseNumber: string | null
  exerciseOfAuthority: boolean
  confidential: boolean
  confidentialityGround: string | null
  /** Confidential and the reader is not entitled to it: nothing but that is shown. */
  masked: boolean
  motions: Motion[]
  decision: { text: string; propositionOrder: string[]; adoptedMotionId: string | null } | null
  votes: Vote[]
  dissents: Dissent[]
  notes: MinutesNote[]
}

export interface Conduct {
  meetingId: string
  status: MeetingStatus
  attendance: Attendance
  attesters: {
    chair: { membershipId: string; displayName: string | null }
    attesters: { membershipId: string; displayName: string | null }[]
    place: string | null
    dueAt: string | null
  } | null
  othersPresent: { name: string; title: string | null; note: string | null }[]
  items: ConductItem[]
}

/** What every conduct change answers: the new record's id and the whole meeting again. */
export interface ConductCreated {
  id: string
  conduct: Conduct
}
