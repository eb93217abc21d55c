/** The delegation scheme and delegated decisions (server/src/http/presenters/delegation.presenter.ts). */
export type DelegateType = 'subcommittee' | 'member' | 'substitute' | 'employee'

export interface DelegationVersion {
  id: string
  versionNumber: number
  status: 'draft' | 'adopted'
  statusLabel: string
  validFrom: string | null
  validTo: string | null
  adoptedOn: string | null
  adoptedCaseId: string | null
  adoptedSectionNumber: number | null
  note: string | null
  adoptedAt: string | null
}

export interface DelegationPoint {
  id: string
  number: string
  text: string
  delegateType: DelegateType
  delegateTypeLabel: string
  /** 'Ekonomichef', or the utskott's name. */
  delegate: string | null
  delegateTitle: string | null
  delegateCommitteeId: string | null
  limits: string | null
  amountLimitSek: number | null
  comment: string | null
  legalReference: string | null
}

export interface DelegationVersionView extends DelegationVersion {
  points: DelegationPoint[]
}

export interface DelegationScheme {
  committee: { id: string; name: string }
  on: string
  versions: DelegationVersion[]
  inForce: DelegationVersionView | null
  draft: DelegationVersionView | null
}

/** A row of the report as the notice prints it. */
export interface DelegationReportRow {
  date?: string
  period?: { from: string; to: string }
  caseNumber?: string
  decisionMaker: string
  action: string
  point?: string
  pointText?: string
  dateLabel: string
  pointLabel: string
}

export interface DelegatedDecision {
  id: string
  committeeId: string
  kind: 'decision' | 'periodSummary'
  decidedOn: string | null
  period: { from: string; to: string } | null
  pointId: string | null
  point: string | null
  pointText: string | null
  schemeVersion: number | null
  caseId: string | null
  caseNumber: string | null
  decisionMaker: { name: string; title: string | null } | null
  decisionMakerLabel: string
  unit: string | null
  action: string
  amountSek: number | null
  recording: string
  reportMeetingId: string | null
  reportMeetingDate: string | null
  separateMinutesReference: string | null
  separateMinutesPostedOn: string | null
  appeal: unknown
  registeredAt: string | null
  row: DelegationReportRow
}
