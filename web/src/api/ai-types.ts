/**
 * AI assistance (issue 4), as the API answers: server/src/http/routes/ai-*.routes.ts and
 * server/src/http/presenters/ai-draft.presenter.ts, ai-incident.presenter.ts.
 */
export type DataClass = 'public' | 'personal' | 'sensitive' | 'confidential'
export type AiServiceStatus = 'pending' | 'approved' | 'suspended'
export type AssessmentRole =
  'dataProtectionOfficer' | 'municipalLawyer' | 'securityOfficer' | 'itManager'

export interface AiVocabulary {
  classes: { value: DataClass; label: string }[]
  assessmentRoles: { value: AssessmentRole; label: string }[]
}

export interface AiService {
  id: string
  name: string
  provider: string
  endpoint: string
  model: string
  processingLocation: string
  /** Empty unless the service is approved. */
  approvedClasses: DataClass[]
  status: AiServiceStatus
  timeoutMs: number
  hasApiKey: boolean
  publicChat: boolean
  createdAt: string
  updatedAt: string
}

export interface Assessment {
  id: string
  serviceId: string
  assessedOn: string
  participants: { role: AssessmentRole; roleLabel: string; name: string }[]
  conclusion: string
  outcome: 'approved' | 'rejected'
  approvedClasses: DataClass[]
  document: { id: string; registrationNumber: string | null; description: string } | null
  createdAt: string
}

export interface TrainingRecord {
  id: string
  userId: string
  userName: string
  completedOn: string
  validUntil: string
  course: string
}

export interface TrainingStatus {
  userId: string
  userName: string
  roles: string[]
  latest: TrainingRecord | null
  valid: boolean
}

export interface AiLogEntry {
  seq: number
  occurredAt: string
  actorId: string | null
  actorName: string | null
  action: string
  entityType: string
  entityId: string | null
  data: Record<string, unknown>
}

export interface AiLogPage {
  entries: AiLogEntry[]
  nextBeforeSeq: number | null
}

/** What a call to an AI feature answers: a draft to review, never a finished text. */
export interface AiDraftCreated {
  draftId: string
  label: string
  text: string
  decision: 'REDACT' | 'ALLOW'
  findingsByType: Record<string, number>
  logSeq: number
  service: { id: string; name: string; model: string }
}

export type AiDraftStatus = 'unreviewed' | 'approved' | 'rejected'

interface Person {
  id: string
  name: string
}

export interface AiDraftSummary {
  id: string
  kind: string
  purpose: string
  status: AiDraftStatus
  label: string
  target: { field: string; label: string | null } | null
  caseId: string | null
  caseNumber: string | null
  documentId: string | null
  registrationNumber: string | null
  officialReportId: string | null
  service: { id: string; name: string } | null
  logSeq: number
  confidential: boolean
  createdBy: Person | null
  createdAt: string
  reviewedBy: Person | null
  reviewedAt: string | null
  appliedBy: Person | null
  appliedAt: string | null
}

export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

export interface AiDraft extends AiDraftSummary {
  generatedText: string
  finalText: string | null
  approvedText: string | null
  reviewNote: string | null
  sources: { documentId?: string; caseId?: string; reference: string; title: string }[]
  diff: {
    segments: DiffSegment[]
    added: number
    removed: number
    unchanged: number
    coarse: boolean
  } | null
}

/** An approved AI summary shown with its case (GET /api/cases/:id). */
export interface ApprovedAiSummary {
  draftId: string
  text: string
  label: string
  approvedBy: string | null
  approvedAt: string
  appliedAt: string
  edited: boolean
}

export interface IncidentNotification {
  id: string
  recipient: Person
  reason: 'lineManager' | 'itUnit' | 'securityOfficer'
  reasonLabel: string
  notifiedAt: string
  readAt: string | null
}

export interface AiIncident {
  id: string
  draftId: string | null
  logSeq: number | null
  category: string
  categoryLabel: string
  description: string
  status: 'open' | 'closed'
  /** `public`: reported on the public question box; `reportedBy` is then "Allmänheten" */
  reporterKind: 'staff' | 'public'
  reportedBy: { id: string | null; name: string }
  /** the address a member of the public left; shown to the incident handlers only */
  contactEmailGiven: boolean
  contactEmail: string | null
  reportedAt: string
  resolution: string | null
  closedBy: Person | null
  closedAt: string | null
  notifications?: IncidentNotification[]
}

export interface IncidentReceipt {
  incident: AiIncident
  notified: { recipient: Person; reason: string; reasonLabel: string }[]
  unreached: { reason: string; reasonLabel: string; message: string }[]
}

export interface IncidentInboxEntry {
  notificationId: string
  reason: string
  reasonLabel: string
  notifiedAt: string
  readAt: string | null
  incident: AiIncident
}

export interface PublicAiAnswer {
  answer: string
  label: string
  sources: { reference: string; title: string; caseNumber: string }[]
  logSeq: number | null
}

/** The answer to a report from the public: where it went by role, never the staff's names. */
export interface PublicIncidentReceipt {
  reference: string
  logSeq: number
  category: string
  categoryLabel: string
  message: string
}

/** Ärendesortering: server/src/http/presenters/ai-sorting.presenter.ts. */
export type SortTarget = 'series' | 'case' | 'committee' | 'caseOfficer'
export type SortOutcomeResult = 'accepted' | 'acceptedAlternative' | 'overridden' | 'undecided'

export interface SortSuggestion {
  id: string
  label: string
  documentId: string
  createdAt: string
  model: { id: string; version: number; trainedAt: string }
  seenInTraining: boolean
  targets: {
    target: SortTarget
    label: string
    current: { id: string; name: string } | null
    heldOutTop1: number
    heldOutTop3: number
    suggestions: { id: string; name: string; confidence: number; current: boolean }[]
    outcome: null | {
      chosen: { id: string; name: string } | null
      rank: number | null
      result: SortOutcomeResult
    }
  }[]
  outcomeRecordedAt: string | null
}
