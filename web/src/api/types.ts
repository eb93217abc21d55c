/** Shapes of the Kansli API as the UI uses them (see server/src/http/presenters). */
import type { ApprovedAiSummary } from './ai-types'

export type Direction = 'incoming' | 'outgoing' | 'drawnUp'
export type CaseStatus = 'open' | 'decided' | 'closed'
export type CounterpartKind = 'person' | 'organisation'
export type Role =
  'admin' | 'registrar' | 'caseOfficer' | 'secretary' | 'member' | 'securityOfficer' | 'itUnit'

export interface User {
  id: string
  username?: string
  displayName: string
  roles: Role[]
}

export interface SessionResponse {
  user: User | null
  csrfToken: string | null
}

export interface CaseListItem {
  id: string
  caseNumber: string
  title: string
  status: CaseStatus
  openedOn: string
  caseOfficerName: string | null
  committeeName: string | null
  documentCount: number
}

export interface FileInfo {
  id: string
  fileName: string
  mediaType: string
  size: number
  sha256: string
  url: string
}

export interface DocumentInfo {
  id: string
  caseId: string
  registrationNumber: string
  documentNumber: number
  direction: Direction
  documentDate: string
  registeredAt: string
  counterpartName: string | null
  counterpartKind?: CounterpartKind | null
  counterpartIdNumber?: string | null
  description: string
  confidential: boolean
  confidentialityGround: string | null
  protectCounterpart?: boolean
  protectDescription?: boolean
  files: FileInfo[]
  restricted?: boolean
}

export interface CaseSummary {
  id: string
  caseNumber: string
  title: string
  titleProtected?: boolean
  status: CaseStatus
  caseOfficerId?: string | null
  committeeId?: string | null
  classificationCode?: string | null
  openedOn: string
  decidedOn: string | null
  closedOn: string | null
  documentCount?: number
}

export interface CaseDetail extends CaseSummary {
  documents: DocumentInfo[]
  /** The approved AI summary applied to the case (staff view only). */
  approvedSummary?: ApprovedAiSummary | null
}

export interface HistoryEvent {
  seq: number
  at: string
  action: string
  entityType: string
  entityId: string
  actorName: string | null
  data: Record<string, unknown> | null
}

export interface SearchHit {
  kind: 'case' | 'document'
  case: { id: string; caseNumber: string; title: string; status: CaseStatus }
  document: {
    id: string
    registrationNumber: string
    direction: Direction
    documentDate: string
    counterpartName: string | null
    description: string
    confidential: boolean
  } | null
}

export interface SearchResult {
  total: number
  totalIsLowerBound: boolean
  page: number
  pageSize: number
  hits: SearchHit[]
  /** Words the search widened because they looked misspelled. */
  corrections?: { word: string; suggestions: string[] }[]
}

export interface Series {
  id?: string
  prefix: string
  name: string
  committeeId?: string | null
  committeeName: string | null
}

export interface Committee {
  id: string
  name: string
  shortName: string
  kind: 'council' | 'executive' | 'board' | 'subcommittee'
  parentId?: string | null
}

export interface StaffUser {
  id: string
  username: string
  displayName: string
  title: string | null
  roles: Role[]
  active: boolean
}

export interface PublicRegistry {
  municipality: string
  series: Series[]
  committees: Committee[]
  /** Not (yet) in the API: where the public sends requests and accessibility feedback. */
  contactEmail?: string
}

export interface RegistrationResult {
  case: CaseSummary
  document: DocumentInfo
}

export interface FieldError {
  field: string
  message: string
}
