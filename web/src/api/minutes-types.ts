/**
 * The minutes of a meeting as the API presents them (server/src/http/presenters/
 * minutes.presenter.ts): stage, what is missing, signers and signatures, postings.
 */
import type { Attestation, MeetingStatus } from './board-types'
import type { FieldError } from './types'

export type MinutesStage = 'draft' | 'awaitingSignatures' | 'attested'

export interface MinutesDocument {
  id: string
  kind: 'minutes' | 'section'
  itemId: string | null
  status: string
  finalisedAt: string | null
  attestedAt: string | null
  attestedOn: string | null
  confidentialSections: number[] | null
  registeredDocumentId: string | null
  sha256: string | null
}

export interface Signer {
  membershipId: string
  name: string
  role: 'chair' | 'attester'
  userLinked: boolean
  signedAt: string | null
}

export interface Posting {
  id: string
  documentId: string
  committeeName: string
  meetingDate: string
  sectionNumbers: number[] | null
  attestedOn: string
  postedOn: string
  lastAppealDay: string
  takeDownOn: string
  storedAt: string | null
  signedBy: string[] | null
}

/** A block of text in the minutes: a paragraph, or a list. */
export type TextBlock = string | { list: string[] }

export interface MinutesSectionView {
  number: number
  title: string
  caseNumber?: string
  documents?: TextBlock[]
  background?: TextBlock[]
  deliberation?: TextBlock[]
  decisionIntro?: string
  decision: TextBlock[]
  recipients?: string[]
  immediatelyAttested?: boolean
}

export interface Minutes {
  meetingId: string
  meetingStatus: MeetingStatus
  stage: MinutesStage
  stageLabel: string
  problems: FieldError[]
  masked: number[]
  attestation: Attestation
  document: MinutesDocument | null
  sectionDocuments: MinutesDocument[]
  signers: Signer[]
  sectionSigners: {
    documentId: string
    signed: { membershipId: string; name: string; signedAt: string | null }[]
  }[]
  postings: Posting[]
  view: { sections: MinutesSectionView[] }
}

/** What signing answers: whether this signature completed the attestation, and the posting. */
export interface SignResult {
  attested: boolean
  postingId: string | null
  minutes: Minutes
}

export type DispatchChannel = 'email' | 'post' | 'internalMail' | 'eService' | 'byHand'

export interface Extract {
  id: string
  sectionNumbers: number[]
  certifiedBy: string | null
  certifiedTitle: string | null
  certifiedOn: string | null
  createdAt: string | null
  pdf: string
  dispatches: {
    id: string
    recipient: string
    channel: DispatchChannel
    address: string | null
    note: string | null
    dispatchedAt: string | null
    dispatchedBy: string | null
  }[]
}
