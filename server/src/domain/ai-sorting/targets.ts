import type { SortableCase, SortableDocument } from './features.js'

/** What the sorter suggests for a new registration. */
export const SORT_TARGETS = ['series', 'case', 'committee', 'caseOfficer'] as const
export type SortTarget = (typeof SORT_TARGETS)[number]

/** Swedish names of the targets, for the UI and the CLI. */
export const TARGET_LABEL: Record<SortTarget, string> = {
  series: 'Diarieserie',
  case: 'Ärende',
  committee: 'Nämnd',
  caseOfficer: 'Handläggare',
}

/** Every suggestion carries this label; it is never applied without a person choosing it. */
export const SUGGESTION_LABEL = 'AI-förslag'

/** A case with what the targets are read from. */
export interface SortCaseInfo extends SortableCase {
  id: string
  seriesId: string
  committeeId: string | null
  caseOfficerId: string | null
  /** a closed case takes no more documents, so it is never suggested */
  closed: boolean
}

/** One registration as the trainer reads it, oldest first. */
export interface SortRegistration extends SortableDocument {
  documentId: string
  caseId: string
  registeredAt: Date
}

/** The answer for a target, as the case gives it (null: the case has none, e.g. no officer). */
export function labelOf(target: SortTarget, c: SortCaseInfo): string | null {
  switch (target) {
    case 'series':
      return c.seriesId
    case 'case':
      return c.id
    case 'committee':
      return c.committeeId
    case 'caseOfficer':
      return c.caseOfficerId
  }
}
