/**
 * What an AI incident report is about (Kalix riktlinjer för AI, punkt 6: incidents, deviations
 * and suspected misuse are reported at once to the line manager, the IT unit and the
 * information-security officer). Stable codes in the API, Swedish labels for people.
 */
export const INCIDENT_CATEGORIES = {
  personalData: 'Personuppgifter eller sekretessbelagda uppgifter läckte',
  incorrectContent: 'Felaktigt eller vilseledande innehåll',
  discrimination: 'Diskriminerande eller osakligt innehåll',
  misuse: 'Otillåten användning',
  other: 'Annat',
} as const

export type IncidentCategory = keyof typeof INCIDENT_CATEGORIES

export function isIncidentCategory(value: string): value is IncidentCategory {
  return Object.hasOwn(INCIDENT_CATEGORIES, value)
}

/** The categories as the API lists them: code and Swedish label. */
export function incidentCategoryList() {
  return Object.entries(INCIDENT_CATEGORIES).map(([code, label]) => ({ code, label }))
}

/** Who an incident report goes to, in the order the guidelines name them. */
export const INCIDENT_RECIPIENTS = {
  lineManager: 'närmaste chef',
  itUnit: 'IT-enheten',
  securityOfficer: 'informationssäkerhetsansvarig',
} as const

export type IncidentRecipientReason = keyof typeof INCIDENT_RECIPIENTS

export const MAX_INCIDENT_TEXT = 5_000
