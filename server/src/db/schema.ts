import type { ColumnType, Generated } from 'kysely'

/** Kysely's view of the tables. Dates (`date`) are kept as 'YYYY-MM-DD' strings, never JS Dates. */
type Timestamp = ColumnType<Date, Date | string, Date | string>

export type CommitteeKind = 'council' | 'executive' | 'board' | 'subcommittee'
export type CaseStatus = 'open' | 'decided' | 'closed'
export type Direction = 'incoming' | 'outgoing' | 'drawnUp'
export type CounterpartKind = 'person' | 'organisation'
export type Role =
  | 'admin'
  | 'registrar'
  | 'caseOfficer'
  | 'secretary'
  | 'member'
  /** informationssäkerhetsansvarig: receives AI incident reports */
  | 'securityOfficer'
  /** IT-enheten: receives AI incident reports, runs the AI services */
  | 'itUnit'

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
  line_manager_id: ColumnType<string | null, string | null | undefined, string | null>
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

export type MembershipRole = 'chair' | 'viceChair' | 'member' | 'substitute'
export type StaffFunction = 'secretary' | 'official'
export type MeetingStatus = 'planned' | 'noticeSent' | 'open' | 'closed' | 'attested' | 'cancelled'
export type AgendaItemKind =
  | 'rollCall'
  | 'attesterElection'
  | 'agendaApproval'
  | 'case'
  | 'information'
  | 'communications'
  | 'delegationReport'
/** When an item was put on the agenda: before the notice, after it, or at the meeting. */
export type AgendaAddedWhen = 'draft' | 'afterNotice' | 'atMeeting'

export interface CommitteeSettingsTable {
  committee_id: string
  notice_days_before: number | null
  updated_at: Timestamp
}

export interface TermTable {
  id: Generated<string>
  municipality_id: string
  name: string
  starts_on: string
  ends_on: string
  created_at: Timestamp
}

export interface PersonTable {
  id: Generated<string>
  municipality_id: string
  name: string
  user_id: string | null
  created_at: Timestamp
}

export interface CommitteeMembershipTable {
  id: Generated<string>
  municipality_id: string
  committee_id: string
  term_id: string
  person_id: string
  role: MembershipRole
  party: string
  /** Members: the order they are listed in; substitutes: their order of service. */
  list_order: number
  starts_on: string
  ends_on: string
  created_at: Timestamp
}

export interface CommitteeStaffTable {
  id: Generated<string>
  municipality_id: string
  committee_id: string
  user_id: string
  function: StaffFunction
  created_at: Timestamp
}

export interface MeetingScheduleTable {
  id: Generated<string>
  municipality_id: string
  committee_id: string
  year: number
  case_id: string | null
  created_at: Timestamp
}

export interface MeetingScheduleEntryTable {
  id: Generated<string>
  schedule_id: string
  meets_on: string
  starts_at: string
  place: string
  note: string | null
  created_at: Timestamp
}

export interface MeetingTable {
  id: Generated<string>
  municipality_id: string
  committee_id: string
  schedule_entry_id: string | null
  meets_on: string
  starts_at: string
  ends_at: string | null
  place: string
  status: MeetingStatus
  notice_days_before: number
  notice_rule_source: 'law' | 'reglemente'
  notice_sent_on: string | null
  secretary_user_id: string | null
  opened_at: Timestamp | null
  closed_at: Timestamp | null
  cancelled_reason: string | null
  created_at: Timestamp
  updated_at: Timestamp
}

export interface AgendaItemTable {
  id: Generated<string>
  meeting_id: string
  position: number
  kind: AgendaItemKind
  title: string
  case_id: string | null
  presenter: string | null
  numbered: boolean
  added_when: AgendaAddedWhen
  section_number: number | null
  /** Myndighetsutövning mot enskild: abstaining is not allowed (added by migration 0006). */
  exercise_of_authority: Generated<boolean>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface MeetingAttendanceTable {
  meeting_id: string
  membership_id: string
  present_at_roll_call: boolean
  arrived_at_item_id: string | null
  left_after_item_id: string | null
  recorded_at: Timestamp
}

export interface AgendaItemRecusalTable {
  agenda_item_id: string
  membership_id: string
  ground: string | null
  recorded_at: Timestamp
}

export interface AgendaItemDecisionTable {
  agenda_item_id: string
  text: string
  recorded_at: Timestamp
  recorded_by: string | null
  /** The motions in the order the chair put them (migration 0006). */
  proposition_order: ColumnType<string[] | null, string[] | null | undefined, string[] | null>
  adopted_motion_id: ColumnType<string | null, string | null | undefined, string | null>
}

export interface CommitteeSectionCounterTable {
  committee_id: string
  year: number
  last_number: number
  last_meeting_date: string | null
}

/** A notice as it went out: 1 is the kallelse, later ones are supplementary (tilläggskallelse). */
export interface MeetingNoticeTable {
  id: Generated<string>
  meeting_id: string
  sequence: number
  sent_on: string
  sent_at: Timestamp
  sent_by: string | null
  sha256: string
  size: number
  late: boolean
  days_late: number
}

/** Members are summoned; substitutes receive the notice for information. */
export type NoticeCapacity = 'summoned' | 'forInformation'

export interface NoticeRecipientTable {
  notice_id: string
  membership_id: string
  person_id: string
  capacity: NoticeCapacity
  user_id: string | null
}

export interface MeetingAbsenceTable {
  meeting_id: string
  membership_id: string
  note: string | null
  reported_at: Timestamp
  reported_by: string | null
  withdrawn_at: Timestamp | null
  substitute_membership_id: string | null
  substitute_called_at: Timestamp | null
  substitute_called_by: string | null
}

/** One line of an announced meeting's matters, as the notice numbers them. */
export interface AnnouncedItem {
  number: number
  title: string
  caseNumber: string | null
}

export interface MeetingAnnouncementTable {
  id: Generated<string>
  municipality_id: string
  meeting_id: string
  notice_id: string
  committee_name: string
  meeting_date: string
  starts_at: string
  place: string
  items: ColumnType<AnnouncedItem[], string, string>
  supplementary: boolean
  posted_on: string
  take_down_on: string
  late: boolean
  created_at: Timestamp
}

export interface CalendarFeedTable {
  user_id: string
  token_hash: string
  created_at: Timestamp
}

export type MotionSource = 'papers' | 'member'
export type VoteKind = 'decision' | 'election'
export type VoteChoiceValue = 'ja' | 'nej' | 'avstår'
export type MinutesDocumentKind = 'minutes' | 'section'
export type MinutesDocumentStatus = 'awaitingSignatures' | 'attested' | 'withdrawn'
export type DispatchChannel = 'email' | 'post' | 'internalMail' | 'eService' | 'byHand'

export interface AgendaItemMotionTable {
  id: Generated<string>
  agenda_item_id: string
  position: number
  source: MotionSource
  membership_id: string | null
  label: string | null
  text: string
  supporters: ColumnType<string[], string[] | undefined, string[]>
  withdrawn_at: Timestamp | null
  created_at: Timestamp
  recorded_by: string | null
}

export interface AgendaItemVoteTable {
  id: Generated<string>
  agenda_item_id: string
  ordinal: number
  kind: VoteKind
  ja_motion_id: string | null
  nej_motion_id: string | null
  ja_label: string
  nej_label: string
  chair_membership_id: string
  exercise_of_authority: boolean
  ja_count: number
  nej_count: number
  abstain_count: number
  outcome: 'ja' | 'nej'
  decided_by: 'majority' | 'castingVote' | 'lot'
  recorded_at: Timestamp
  recorded_by: string | null
}

export interface AgendaItemVoteBallotTable {
  vote_id: string
  membership_id: string
  choice: VoteChoiceValue
  serving_for: string | null
  position: number
}

export interface AgendaItemDissentTable {
  id: Generated<string>
  agenda_item_id: string
  membership_ids: string[]
  grounds: string | null
  announced_at: Timestamp
  grounds_updated_at: Timestamp | null
  recorded_by: string | null
}

export interface AgendaItemNoteTable {
  id: Generated<string>
  agenda_item_id: string
  membership_id: string
  text: string
  created_at: Timestamp
  updated_at: Timestamp
  recorded_by: string | null
}

export interface MeetingAttestationPlanTable {
  meeting_id: string
  chair_membership_id: string
  place: string | null
  due_at: Timestamp | null
  elected_at: Timestamp
  recorded_by: string | null
}

export interface MeetingAttesterTable {
  meeting_id: string
  membership_id: string
  position: number
}

export interface MeetingOtherPresentTable {
  id: Generated<string>
  meeting_id: string
  position: number
  name: string
  title: string | null
  note: string | null
  created_at: Timestamp
}

export interface MinutesSectionTable {
  agenda_item_id: string
  documents: string | null
  background: string | null
  deliberation: string | null
  decision_intro: string | null
  recipients: ColumnType<string[], string[] | undefined, string[]>
  confidentiality_ground: string | null
  updated_at: Timestamp
  updated_by: string | null
}

export interface MinutesDocumentTable {
  id: Generated<string>
  municipality_id: string
  meeting_id: string
  kind: MinutesDocumentKind
  agenda_item_id: string | null
  status: MinutesDocumentStatus
  /** The MinutesView it was rendered from (render/view-models.ts). */
  view: ColumnType<unknown, string, string>
  confidential_sections: ColumnType<number[], number[] | undefined, number[]>
  confidentiality_grounds: ColumnType<string[], string[] | undefined, string[]>
  stored_at: string
  unsigned_sha256: string
  current_sha256: string
  public_sha256: string | null
  finalised_at: Timestamp
  finalised_by: string | null
  attested_at: Timestamp | null
  attested_on: string | null
  registered_document_id: string | null
}

export interface MinutesSignatureTable {
  id: Generated<string>
  minutes_document_id: string
  membership_id: string
  role: 'chair' | 'attester'
  user_id: string
  signer_name: string
  certificate_fingerprint: string
  sha256_before: string
  sha256_after: string
  signed_at: Timestamp
}

export interface SigningAuthorityTable {
  municipality_id: string
  certificate_pem: string
  sealed_private_key: string
  created_at: Timestamp
}

export interface SigningCredentialTable {
  id: Generated<string>
  municipality_id: string
  user_id: string
  common_name: string
  certificate_pem: string
  sealed_private_key: string
  fingerprint: string
  not_after: Timestamp
  issued_at: Timestamp
}

export interface PostingTable {
  id: Generated<string>
  municipality_id: string
  meeting_id: string
  minutes_document_id: string
  committee_id: string
  committee_name: string
  meeting_date: string
  section_numbers: number[]
  attested_on: string
  posted_on: string
  last_appeal_day: string
  take_down_on: string
  stored_at: string
  signed_by: string
  certificate_sha256: string
  created_at: Timestamp
}

export interface MinutesExtractTable {
  id: Generated<string>
  municipality_id: string
  meeting_id: string
  minutes_document_id: string
  section_numbers: number[]
  certified_by: string
  certified_name: string
  certified_title: string | null
  certified_on: string
  sha256: string
  created_at: Timestamp
}

export interface ExtractDispatchTable {
  id: Generated<string>
  extract_id: string
  recipient: string
  channel: DispatchChannel
  address: string | null
  note: string | null
  dispatched_at: Timestamp
  dispatched_by: string
}

export interface CommitteeMinutesCaseTable {
  committee_id: string
  year: number
  case_id: string
}

export interface MinutesCorrectionTable {
  id: Generated<string>
  meeting_id: string
  minutes_document_id: string
  section_numbers: ColumnType<number[], number[] | undefined, number[]>
  text: string
  document_id: string | null
  sha256: string
  created_at: Timestamp
  created_by: string | null
}

// Delegation (migration 0005)
export type DelegationVersionStatus = 'draft' | 'adopted'
/** Delegates the law allows (KL 6 kap. 37 §, 7 kap. 5 §); domain/delegation.ts refuses groups. */
export type StoredDelegateType = 'subcommittee' | 'member' | 'substitute' | 'employee'
export type DelegatedDecisionKind = 'decision' | 'periodSummary'
export type DelegatedDecisionRecordingKind = 'report' | 'separateMinutes'

export interface DelegationSchemeTable {
  id: Generated<string>
  municipality_id: string
  committee_id: string
  created_at: Timestamp
}

export interface DelegationSchemeVersionTable {
  id: Generated<string>
  municipality_id: string
  scheme_id: string
  version_number: number
  status: DelegationVersionStatus
  valid_from: string | null
  valid_to: string | null
  adopted_on: string | null
  adopted_case_id: string | null
  adopted_section_number: number | null
  note: string | null
  created_at: Timestamp
  created_by: string | null
  adopted_at: Timestamp | null
  adopted_by: string | null
  updated_at: Timestamp
}

export interface DelegationPointTable {
  id: Generated<string>
  version_id: string
  number: string
  text: string
  delegate_type: StoredDelegateType
  delegate_title: string | null
  delegate_committee_id: string | null
  limits: string | null
  amount_limit_sek: number | null
  comment: string | null
  legal_reference: string | null
  created_at: Timestamp
  updated_at: Timestamp
}

export interface DelegatedDecisionTable {
  id: Generated<string>
  seq: Generated<number>
  municipality_id: string
  committee_id: string
  kind: DelegatedDecisionKind
  point_id: string | null
  decided_on: string | null
  period_from: string | null
  period_to: string | null
  case_id: string | null
  decision_maker_name: string | null
  decision_maker_title: string | null
  unit: string | null
  action: string
  amount_sek: number | null
  recording: DelegatedDecisionRecordingKind
  report_meeting_id: string | null
  separate_minutes_reference: string | null
  /** The day the separate protocol's posting went up: its appeal period starts then. */
  separate_minutes_posted_on: string | null
  registered_at: Timestamp
  registered_by: string | null
  updated_at: Timestamp
}

// Officials' reports (migration 0005)
export type OfficialReportStatus = 'draft' | 'final'
/** Running text as stored: paragraphs and bullet lists (render/view-models.ts TextBlock). */
export type StoredTextBlocks = ColumnType<(string | { list: string[] })[], string, string>

export interface OfficialReportTable {
  id: Generated<string>
  municipality_id: string
  case_id: string
  committee_id: string
  author_id: string
  status: OfficialReportStatus
  title: string
  report_date: string
  department: string | null
  proposed_decision: StoredTextBlocks
  description: StoredTextBlocks
  summary: StoredTextBlocks
  equality_analysis: StoredTextBlocks
  child_rights_analysis: StoredTextBlocks
  signed_by_name: string
  signed_by_title: string
  signed_by_email: string | null
  signed_by_phone: string | null
  confidentiality_ground: string | null
  supersedes_id: string | null
  document_id: string | null
  pdf_sha256: string | null
  html_sha256: string | null
  created_at: Timestamp
  updated_at: Timestamp
  finalised_at: Timestamp | null
  finalised_by: string | null
}

export interface OfficialReportBasisTable {
  report_id: string
  position: number
  title: string
  document_id: string | null
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
  committee_settings: CommitteeSettingsTable
  terms: TermTable
  people: PersonTable
  committee_memberships: CommitteeMembershipTable
  committee_staff: CommitteeStaffTable
  meeting_schedules: MeetingScheduleTable
  meeting_schedule_entries: MeetingScheduleEntryTable
  meetings: MeetingTable
  agenda_items: AgendaItemTable
  meeting_attendance: MeetingAttendanceTable
  agenda_item_recusals: AgendaItemRecusalTable
  agenda_item_decisions: AgendaItemDecisionTable
  committee_section_counters: CommitteeSectionCounterTable
  meeting_notices: MeetingNoticeTable
  notice_recipients: NoticeRecipientTable
  meeting_absences: MeetingAbsenceTable
  calendar_feeds: CalendarFeedTable
  meeting_announcements: MeetingAnnouncementTable
  agenda_item_motions: AgendaItemMotionTable
  agenda_item_votes: AgendaItemVoteTable
  agenda_item_vote_ballots: AgendaItemVoteBallotTable
  agenda_item_dissents: AgendaItemDissentTable
  agenda_item_notes: AgendaItemNoteTable
  meeting_attestation_plans: MeetingAttestationPlanTable
  meeting_attesters: MeetingAttesterTable
  meeting_others_present: MeetingOtherPresentTable
  minutes_sections: MinutesSectionTable
  minutes_documents: MinutesDocumentTable
  minutes_signatures: MinutesSignatureTable
  signing_authorities: SigningAuthorityTable
  signing_credentials: SigningCredentialTable
  postings: PostingTable
  minutes_extracts: MinutesExtractTable
  extract_dispatches: ExtractDispatchTable
  committee_minutes_cases: CommitteeMinutesCaseTable
  minutes_corrections: MinutesCorrectionTable
  delegation_schemes: DelegationSchemeTable
  delegation_scheme_versions: DelegationSchemeVersionTable
  delegation_points: DelegationPointTable
  delegated_decisions: DelegatedDecisionTable
  official_reports: OfficialReportTable
  official_report_basis: OfficialReportBasisTable
  ai_services: AiServiceTable
  ai_risk_assessments: AiRiskAssessmentTable
  ai_trainings: AiTrainingTable
  ai_log_heads: AuditHeadTable
  ai_log_events: AuditEventTable
  ai_drafts: AiDraftTable
  ai_incidents: AiIncidentTable
  ai_incident_notifications: AiIncidentNotificationTable
  ai_sort_models: AiSortModelTable
  ai_sort_suggestions: AiSortSuggestionTable
}

export type AiServiceStatus = 'pending' | 'approved' | 'suspended'

export interface AiServiceTable {
  id: Generated<string>
  municipality_id: string
  name: string
  provider: string
  endpoint: string
  model: string
  processing_location: string
  /** DataClass values (domain/ai-guard/types.ts) */
  approved_classes: ColumnType<string[], string[] | undefined, string[]>
  status: AiServiceStatus
  /** the provider's API key sealed with the key vault (storage/key-vault.ts), never in the clear */
  api_key_sealed: string | null
  timeout_ms: ColumnType<number, number | undefined, number>
  /** answers the public's questions on the public pages (at most one per municipality) */
  public_chat: ColumnType<boolean, boolean | undefined, boolean>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface AiRiskAssessmentTable {
  id: Generated<string>
  municipality_id: string
  service_id: string
  assessed_on: string
  /** [{ role, name }]: dataskyddsombud, kommunjurist, informationssäkerhetsansvarig, IT-chef */
  participants: ColumnType<unknown, string, string>
  conclusion: string
  outcome: 'approved' | 'rejected'
  approved_classes: string[]
  document_id: string | null
  created_by: string | null
  created_at: Timestamp
}

export interface AiTrainingTable {
  id: Generated<string>
  municipality_id: string
  user_id: string
  completed_on: string
  course: string
  recorded_by: string | null
  created_at: Timestamp
}

export type AiDraftStatus = 'unreviewed' | 'approved' | 'rejected'

export interface AiDraftTable {
  id: Generated<string>
  municipality_id: string
  kind: string
  purpose: string
  case_id: string | null
  document_id: string | null
  official_report_id: string | null
  target_field: string | null
  service_id: string | null
  log_seq: number
  generated_text: string
  final_text: string | null
  sources: ColumnType<unknown, string | undefined, string>
  status: AiDraftStatus
  created_by: string | null
  created_at: Timestamp
  reviewed_by: string | null
  reviewed_at: Timestamp | null
  review_note: string | null
  applied_at: Timestamp | null
  applied_by: string | null
}

export interface AiIncidentTable {
  id: Generated<string>
  municipality_id: string
  draft_id: string | null
  log_seq: number | null
  category: string
  description: string
  /** the staff user who reported; null for a report from the public (migration 0014) */
  reported_by: string | null
  reporter_kind: ColumnType<'staff' | 'public', 'staff' | 'public' | undefined, never>
  /** an address the member of the public left for an answer: personal data, handlers only */
  contact_email: string | null
  status: 'open' | 'closed'
  resolution: string | null
  closed_by: string | null
  closed_at: Timestamp | null
  created_at: Timestamp
}

export interface AiIncidentNotificationTable {
  id: Generated<string>
  incident_id: string
  recipient_id: string
  reason: 'itUnit' | 'securityOfficer' | 'lineManager'
  notified_at: Timestamp
  read_at: Timestamp | null
}

// Ärendesortering (migration 0011)
export interface AiSortModelTable {
  id: Generated<string>
  municipality_id: string
  version: number
  status: 'active' | 'retired'
  algorithm: string
  feature_version: number
  trained_at: Timestamp
  trained_by: string | null
  training_size: number
  held_out_size: number
  /** SortEvaluation (domain/ai-sorting/train.ts) with the training time */
  evaluation: ColumnType<unknown, string, string>
  train_ms: number
  /** StoredSortModel (domain/ai-sorting/model.ts); null once retired */
  model: ColumnType<unknown, string | null, string | null>
}

export interface AiSortSuggestionTable {
  id: string
  municipality_id: string
  document_id: string
  model_id: string
  log_seq: number
  /** per target: [{ id, confidence }] */
  suggested: ColumnType<unknown, string, string>
  /** the document's series, case, committee and officer when the suggestion was made */
  current_values: ColumnType<unknown, string, string>
  created_by: string | null
  created_at: Timestamp
  outcome: ColumnType<unknown, string | null, string | null>
  outcome_by: string | null
  outcome_at: Timestamp | null
}
