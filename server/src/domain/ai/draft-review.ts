import type { AiDraftStatus } from '../../db/schema.js'
import { ConflictError, ForbiddenError, ValidationError } from '../errors.js'
import { DECISION_FIELDS, DRAFT_TARGETS, UNREVIEWED_LABEL, isDraftTarget } from './ai-rules.js'
import type { DraftTarget } from './ai-rules.js'

/**
 * What may become of an AI draft (Kalix riktlinjer för AI, punkt 3–6): decisions are made by
 * people, and AI material is reviewed by a person before it is used or published. Pure; the
 * services call these before anything AI-made is applied, published, put into a notice or the
 * minutes, or sent.
 */

/** The error every path that would use an AI draft gives while no person has approved it. */
export function draftNotApproved(status: AiDraftStatus): ConflictError {
  return new ConflictError(
    'ai_draft_not_approved',
    status === 'rejected'
      ? 'AI-utkastet har avvisats vid granskningen och kan inte användas.'
      : 'AI-utkastet är inte granskat. En person måste granska och godkänna det innan det används, publiceras, tas in i en kallelse eller ett protokoll eller skickas.',
    { status },
  )
}

/** Throws `ai_draft_not_approved` unless a person has approved the draft. */
export function assertDraftApproved(draft: { status: AiDraftStatus }): void {
  if (draft.status !== 'approved') throw draftNotApproved(draft.status)
}

/** Is this field one that holds a decision or a proposed decision? */
export function isDecisionField(target: string): boolean {
  return (DECISION_FIELDS as readonly string[]).includes(target) || /decision$/i.test(target)
}

/**
 * Punkt 3 (Ansvar: beslut fattas alltid av en människa): a draft may target only the fields in
 * DRAFT_TARGETS. A decision field is refused with `ai_decision_field`, whatever else is asked.
 */
export function assertDraftTarget(target: string | null): DraftTarget | null {
  if (target === null) return null
  if (isDecisionField(target)) {
    throw new ForbiddenError(
      'ai_decision_field',
      'Beslut fattas alltid av en människa. Ett AI-utkast kan aldrig bli ett beslut eller ett förslag till beslut.',
      { target },
    )
  }
  if (!isDraftTarget(target)) {
    throw new ValidationError(
      'Det finns inget sådant fält att föra in AI-utkastet i.',
      [
        {
          field: 'targetField',
          message: `Välj ett av: ${Object.values(DRAFT_TARGETS).join(', ')}.`,
        },
      ],
      'ai_draft_target_unknown',
    )
  }
  return target
}

/** The text a draft stands for once reviewed: the reviewer's edit, or the text as generated. */
export function approvedText(draft: { generated_text: string; final_text: string | null }): string {
  return draft.final_text ?? draft.generated_text
}

/** How an AI output is labelled wherever it is shown (punkt 3: it says it is AI). */
export function draftLabel(status: AiDraftStatus): string {
  if (status === 'unreviewed') return UNREVIEWED_LABEL
  if (status === 'rejected') return 'AI-utkast – avvisat vid granskning'
  return 'Framtaget med AI-stöd – granskat och godkänt'
}

/** The longest text a reviewer may approve: a report section or a summary, not a book. */
export const MAX_FINAL_TEXT = 100_000
export const MAX_NOTE = 2_000
