import { DRAFT_TARGETS, isDraftTarget } from '../../domain/ai/ai-rules.js'
import { approvedText, draftLabel } from '../../domain/ai/draft-review.js'
import type { AiDraftListRow } from '../../repositories/ai-draft.repository.js'
import type { DraftView } from '../../services/ai/drafts.js'
import type { ApprovedSummary } from '../../services/ai/summaries.js'

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString())
const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null)

/**
 * A draft in a list: what it is, where it belongs and how far it has come, without its text.
 * Every AI output carries its label (punkt 3 and 6): "AI-utkast – ej granskat" until approved.
 */
export function presentDraftSummary(d: AiDraftListRow) {
  return {
    id: d.id,
    kind: d.kind,
    purpose: d.purpose,
    status: d.status,
    label: draftLabel(d.status),
    target: d.target_field
      ? {
          field: d.target_field,
          label: isDraftTarget(d.target_field) ? DRAFT_TARGETS[d.target_field] : null,
        }
      : null,
    caseId: d.case_id,
    caseNumber: d.case_number,
    documentId: d.document_id,
    registrationNumber: d.registration_number,
    officialReportId: d.official_report_id,
    service: d.service_id ? { id: d.service_id, name: d.service_name ?? '' } : null,
    logSeq: Number(d.log_seq),
    confidential: d.confidential,
    createdBy: person(d.created_by, d.created_by_name),
    createdAt: iso(d.created_at),
    reviewedBy: person(d.reviewed_by, d.reviewed_by_name),
    reviewedAt: iso(d.reviewed_at),
    appliedBy: person(d.applied_by, d.applied_by_name),
    appliedAt: iso(d.applied_at),
  }
}

/** One draft with its texts and, once approved, the word diff from generated to approved. */
export function presentDraft(v: DraftView) {
  const d = v.draft
  return {
    ...presentDraftSummary(d),
    generatedText: d.generated_text,
    finalText: d.final_text,
    approvedText: d.status === 'approved' ? approvedText(d) : null,
    reviewNote: d.review_note,
    sources: Array.isArray(d.sources) ? d.sources : [],
    diff: v.diff,
  }
}

/** An approved summary as shown with its case or document. */
export function presentApprovedSummary(s: ApprovedSummary | null | undefined) {
  if (!s) return null
  return {
    draftId: s.draftId,
    text: s.text,
    label: draftLabel('approved'),
    approvedBy: s.approvedBy,
    approvedAt: s.approvedAt.toISOString(),
    appliedAt: s.appliedAt.toISOString(),
    edited: s.edited,
  }
}
