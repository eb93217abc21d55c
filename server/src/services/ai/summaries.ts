import { approvedText } from '../../domain/ai/draft-review.js'
import { appliedSummaries, type AiDraftListRow } from '../../repositories/ai-draft.repository.js'
import type { Actor, Deps } from '../context.js'
import type { CaseView } from '../registry/read-case.js'
import { mayReadDraft, mayReadDrafts } from './draft-access.js'

/** An approved AI summary as shown with its case or document (punkt 3: it says it is AI). */
export interface ApprovedSummary {
  draftId: string
  text: string
  approvedBy: string | null
  approvedAt: Date
  appliedAt: Date
  edited: boolean
}

function summaryOf(d: AiDraftListRow): ApprovedSummary {
  return {
    draftId: d.id,
    text: approvedText(d),
    approvedBy: d.reviewed_by_name,
    approvedAt: new Date(d.reviewed_at!),
    appliedAt: new Date(d.applied_at!),
    edited: d.final_text !== null,
  }
}

/**
 * The approved summaries of a case the actor has read (readCase): the newest applied
 * caseSummary of the case and documentSummary of each document. A summary of a confidential
 * document the actor sees only as the public does is left out, as is one the draft rules hide.
 */
export async function approvedSummariesOf(
  deps: Deps,
  actor: Actor,
  view: CaseView,
): Promise<{ caseSummary: ApprovedSummary | null; documents: Map<string, ApprovedSummary> }> {
  const out = { caseSummary: null as ApprovedSummary | null, documents: new Map() }
  if (!mayReadDrafts(actor)) return out
  const rows = await appliedSummaries(deps.db, actor.municipalityId, view.case.id)
  const entitledDocs = new Set(view.documents.filter((d) => d.entitled).map((d) => d.document.id))
  for (const d of rows) {
    if (!(await mayReadDraft(deps.db, actor, d))) continue
    if (d.target_field === 'caseSummary') out.caseSummary ??= summaryOf(d)
    else if (d.document_id && entitledDocs.has(d.document_id) && !out.documents.has(d.document_id))
      out.documents.set(d.document_id, summaryOf(d))
  }
  return out
}
