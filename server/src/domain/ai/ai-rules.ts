import { DATA_CLASSES, type DataClass } from '../ai-guard/types.js'

/**
 * The rules of the municipality's AI guidelines that need no I/O (Kalix riktlinjer för
 * användning av AI, KS-2025-00494). Each cites the point of the guidelines it comes from.
 */

/** Punkt 7: staff who use AI must have had the training. Kansli holds a training valid a year. */
export const TRAINING_VALID_MONTHS = 12

/** The last day a training completed on `completedOn` counts: the day before its anniversary. */
export function trainingValidUntil(completedOn: string): string {
  const [y, m, d] = completedOn.split('-').map(Number) as [number, number, number]
  // The anniversary of 29 February in a common year is 1 March (Date.UTC rolls over).
  const end = new Date(Date.UTC(y + 1, m - 1, d))
  end.setUTCDate(end.getUTCDate() - 1)
  return end.toISOString().slice(0, 10)
}

/** Is a training completed on `completedOn` valid on `today` (both YYYY-MM-DD)? */
export function trainingIsValid(completedOn: string, today: string): boolean {
  return completedOn <= today && today <= trainingValidUntil(completedOn)
}

/**
 * Punkt 5: the classes a service may receive are those its risk and consequence assessment
 * covers; public text is implied. Unknown names are refused by the caller.
 */
export function normaliseClasses(classes: readonly string[]): DataClass[] {
  const set = new Set<DataClass>(['public'])
  for (const c of classes)
    if ((DATA_CLASSES as readonly string[]).includes(c)) set.add(c as DataClass)
  return DATA_CLASSES.filter((c) => set.has(c))
}

/** Swedish names of the data classes, for forms and reasons. */
export const CLASS_LABEL: Record<DataClass, string> = {
  public: 'allmän information utan personuppgifter',
  personal: 'personuppgifter',
  sensitive: 'känsliga personuppgifter (GDPR art. 9)',
  confidential: 'sekretessbelagda uppgifter',
}

/**
 * Punkt 4 and 6: what an AI draft may become once a person has approved it. Decisions are made
 * by people: no AI text is ever a proposed decision, a decision of a §, or a delegated decision,
 * so those fields are not in this list and cannot be targeted.
 */
export const DRAFT_TARGETS = {
  caseSummary: 'Sammanfattning av ärendet',
  'report.summary': 'Tjänsteskrivelse: Sammanfattning',
  'report.description': 'Tjänsteskrivelse: Beskrivning av ärendet',
  'report.equalityAnalysis': 'Tjänsteskrivelse: Jämställdhetsanalys',
  'report.childRightsAnalysis': 'Tjänsteskrivelse: Barnrättsanalys',
  documentSummary: 'Sammanfattning av handlingen',
} as const

export type DraftTarget = keyof typeof DRAFT_TARGETS

/** Fields that hold a decision or a proposed decision: never written from an AI draft. */
export const DECISION_FIELDS = [
  'report.proposedDecision',
  'minutes.decision',
  'delegation.decision',
] as const

export function isDraftTarget(value: string): value is DraftTarget {
  return Object.hasOwn(DRAFT_TARGETS, value)
}

/** The label every AI output carries until a person has approved it (punkt 6). */
export const UNREVIEWED_LABEL = 'AI-utkast – ej granskat'
/** Punkt 3: where AI talks to people, it says so. */
export const AI_ANSWER_LABEL =
  'Svaret är skrivet av AI utifrån allmänna handlingar och kan innehålla fel.'
