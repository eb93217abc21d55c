import type { AiDraftStatus, AiServiceStatus, DataClass } from '../../api/ai-types'

/** Swedish words for the AI pages. The API's vocabulary (`/api/ai/vocabulary`) wins where it has one. */
export const SERVICE_STATUS_LABEL: Record<AiServiceStatus, string> = {
  pending: 'Väntar på analys',
  approved: 'Godkänd',
  suspended: 'Avstängd',
}

/** Fallback until the vocabulary has loaded; the same words as the server's CLASS_LABEL. */
export const CLASS_LABEL: Record<DataClass, string> = {
  public: 'allmän information utan personuppgifter',
  personal: 'personuppgifter',
  sensitive: 'känsliga personuppgifter (GDPR art. 9)',
  confidential: 'sekretessbelagda uppgifter',
}

export const DRAFT_STATUS_LABEL: Record<AiDraftStatus, string> = {
  unreviewed: 'Ej granskat',
  approved: 'Godkänt',
  rejected: 'Avvisat',
}

export const DECISION_LABEL: Record<string, string> = {
  BLOCK: 'Stoppad',
  REDACT: 'Maskad',
  ALLOW: 'Tillåten',
}

/** What became of a call, as the log's `outcome` says it. */
export const OUTCOME_LABEL: Record<string, string> = {
  blocked: 'Skickades inte',
  error: 'Fel hos tjänsten',
  draft: 'AI-utkast skapat',
  shown: 'Svar visat',
}

export const LOG_ACTION_LABEL: Record<string, string> = {
  'ai.call': 'Anrop till AI-tjänst',
  'ai.draft.approved': 'AI-utkast godkänt',
  'ai.draft.rejected': 'AI-utkast avvisat',
  'ai.draft.applied': 'AI-utkast infört',
  'ai.incident.reported': 'Incident rapporterad',
  'ai.incident.closed': 'Incident avslutad',
  'ai.sort.train': 'Ärendesortering tränad',
  'ai.sort.suggest': 'Förslag från ärendesorteringen',
  'ai.sort.outcome': 'Registratorns val efter förslag',
}

export function logActionLabel(action: string): string {
  return LOG_ACTION_LABEL[action] ?? action
}

/** The guard's finding types (server/src/domain/ai-guard/types.ts TYPE_LABEL). */
export const FINDING_LABEL: Record<string, string> = {
  personnummer: 'personnummer',
  samordningsnummer: 'samordningsnummer',
  name: 'namn',
  email: 'e-postadress',
  phone: 'telefonnummer',
  address: 'gatuadress',
  postcode: 'postnummer',
  bankAccount: 'bankkontonummer',
  bankgiro: 'bankgironummer',
  plusgiro: 'plusgironummer',
  iban: 'IBAN',
  vehicle: 'registreringsnummer',
  sensitive: 'känslig personuppgift',
  confidential: 'sekretessuppgift',
}

/** "2 namn, 1 personnummer", or "Inga" when nothing was found. */
export function findingsText(counts: unknown): string {
  if (!counts || typeof counts !== 'object') return 'Inga'
  const parts = Object.entries(counts as Record<string, unknown>)
    .filter(([, n]) => typeof n === 'number' && n > 0)
    .map(([type, n]) => `${String(n)} ${FINDING_LABEL[type] ?? type}`)
  return parts.length ? parts.join(', ') : 'Inga'
}

/** The classes as Swedish words, "allmän information …, personuppgifter". */
export function classesText(classes: DataClass[], labels: Record<string, string>): string {
  if (classes.length === 0) return 'Inga (tjänsten kan inte anropas)'
  return classes.map((c) => labels[c] ?? CLASS_LABEL[c] ?? c).join(', ')
}

/** Staff roles in Swedish (the training overview lists them). */
export const USER_ROLE_LABEL: Record<string, string> = {
  admin: 'administratör',
  registrar: 'registrator',
  caseOfficer: 'handläggare',
  secretary: 'nämndsekreterare',
  member: 'förtroendevald',
  securityOfficer: 'informationssäkerhetsansvarig',
  itUnit: 'IT-enheten',
}
