import type { ColumnType, Generated } from 'kysely'

/** Kysely's view of the tables. Dates (`date`) are kept as 'YYYY-MM-DD' strings, never JS Dates. */
type Timestamp = ColumnType<Date, Date | string, Date | string>

export type CommitteeKind = 'council' | 'executive' | 'board' | 'subcommittee'
export type CaseStatus = 'open' | 'decided' | 'closed'
export type Direction = 'incoming' | 'outgoing' | 'drawnUp'
export type CounterpartKind = 'person' | 'organisation'
export type Role = 'admin' | 'registrar' | 'caseOfficer' | 'secretary' | 'member'

export interface MunicipalityTable {
  id: Generated<string>
  name: string
  case_number_template: string
  created_at: Timestamp
}

export interface CommitteeTable {
  id: Generated<string>
  municipality_id: string
  name: string
  short_name: string
  kind: CommitteeKind
  parent_id: string | null
  created_at: Timestamp
}

export interface RegistrySeriesTable {
  id: Generated<string>
  municipality_id: string
  prefix: string
  name: string
  committee_id: string | null
  created_at: Timestamp
}

export interface SeriesCounterTable {
  series_id: string
  year: number
  last_number: number
}

export interface UserTable {
  id: Generated<string>
  municipality_id: string
  username: string
  display_name: string
  title: string | null
  password_hash: string
  roles: string[]
  active: Generated<boolean>
  created_at: ColumnType<Date, Date | string | undefined, Date | string>
}

export interface SessionTable {
  id: Generated<string>
  user_id: string
  csrf_token: string
  created_at: Timestamp
  expires_at: Timestamp
}

export interface LoginFailureTable {
  key: string
  window_start: Timestamp
  failures: number
}

export interface CaseTable {
  id: Generated<string>
  municipality_id: string
  series_id: string
  year: number
  sequence_number: number
  case_number: string
  title: string
  title_protected: boolean
  status: CaseStatus
  case_officer_id: string | null
  committee_id: string | null
  classification_code: string | null
  opened_on: string
  decided_on: string | null
  closed_on: string | null
  last_document_number: number
  created_at: Timestamp
  updated_at: Timestamp
}

export interface CaseAccessGrantTable {
  case_id: string
  user_id: string
  granted_by: string
  granted_at: Timestamp
}

export interface DocumentTable {
  id: Generated<string>
  municipality_id: string
  case_id: string
  document_number: number
  registration_number: string
  direction: Direction
  document_date: string
  registered_at: Timestamp
  registered_by: string | null
  counterpart_name: string | null
  counterpart_kind: CounterpartKind | null
  counterpart_id_number: string | null
  description: string
  confidential: boolean
  confidentiality_ground: string | null
  confidentiality_marked_at: Timestamp | null
  confidentiality_marked_by: string | null
  protect_counterpart: boolean
  protect_description: boolean
}

export interface StoredFileTable {
  sha256: string
  size: number
  created_at: Timestamp
}

export interface DocumentFileTable {
  id: Generated<string>
  document_id: string
  sha256: string
  file_name: string
  media_type: string
  size: number
  extracted_text: string | null
  added_at: Timestamp
}

export interface SearchEntryTable {
  id: Generated<number>
  municipality_id: string
  kind: 'case' | 'document'
  case_id: string
  document_id: string | null
  series_id: string
  year: number
  status: CaseStatus
  direction: Direction | null
  committee_id: string | null
  entry_date: string
  confidential: boolean
  /** All text an entitled user may search: head = titles, names, descriptions; body = file text. */
  internal_head: string
  internal_body: string
  /** Only what the public view shows: protected fields and confidential file text never go here. */
  public_head: string
  public_body: string
}

export interface AuditEventTable {
  id: Generated<number>
  municipality_id: string
  seq: number
  occurred_at: Timestamp
  actor_id: string | null
  action: string
  entity_type: string
  entity_id: string | null
  data: ColumnType<unknown, string, string>
  prev_hash: string
  hash: string
}

export interface AuditHeadTable {
  municipality_id: string
  last_seq: number
  last_hash: string
}

export interface DB {
  municipalities: MunicipalityTable
  committees: CommitteeTable
  registry_series: RegistrySeriesTable
  series_counters: SeriesCounterTable
  users: UserTable
  sessions: SessionTable
  login_failures: LoginFailureTable
  cases: CaseTable
  case_access_grants: CaseAccessGrantTable
  documents: DocumentTable
  stored_files: StoredFileTable
  document_files: DocumentFileTable
  search_entries: SearchEntryTable
  audit_events: AuditEventTable
  audit_heads: AuditHeadTable
}
