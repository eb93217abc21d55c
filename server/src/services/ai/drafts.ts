import type { AiDraftStatus } from '../../db/schema.js'
import { approvedText } from '../../domain/ai/draft-review.js'
import { wordDiff, type TextDiff } from '../../domain/ai/text-diff.js'
import { ValidationError } from '../../domain/errors.js'
import { listDrafts, type AiDraftListRow } from '../../repositories/ai-draft.repository.js'
import { readsAllConfidential } from '../access/policies.js'
import { runCommand } from '../command.js'
import { actorId, hasRole, type Actor, type Ctx, type Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'
import { loadReadableDraft, requireDraftReader } from './draft-access.js'

/** A draft as shown: the row, and once approved what the reviewer changed, word by word. */
export interface DraftView {
  draft: AiDraftListRow
  /** Generated → approved text; null until approved. */
  diff: TextDiff | null
}

export function draftView(draft: AiDraftListRow): DraftView {
  return {
    draft,
    diff: draft.status === 'approved' ? wordDiff(draft.generated_text, approvedText(draft)) : null,
  }
}

/**
 * One draft with its text. Reading a draft about confidential material is written to the audit
 * log, as reading a confidential document is (services/registry/read-case.ts).
 */
export async function getDraft(deps: Deps, ctx: Ctx, actor: Actor, id: string): Promise<DraftView> {
  const d = await loadReadableDraft(deps.db, actor, id)
  if (d.confidential) {
    await runCommand(deps, ctx, actor, 'ai.draft.readConfidential', async () => ({
      result: null,
      audit: { entityType: 'ai_draft', entityId: d.id, data: { caseId: d.case_id } },
    }))
  }
  return draftView(d)
}

const STATUSES: AiDraftStatus[] = ['unreviewed', 'approved', 'rejected']

export interface DraftListInput {
  status?: string
  caseId?: string
  /** Only the drafts the actor asked for. */
  mine?: boolean
  page?: number
  pageSize?: number
}

/**
 * Drafts newest first, without their text (a list is no place to read confidential text),
 * those about confidential material only for those who may read them.
 */
export async function listDraftsFor(deps: Deps, actor: Actor, input: DraftListInput) {
  requireDraftReader(actor)
  const fields = []
  if (input.status && !STATUSES.includes(input.status as AiDraftStatus))
    fields.push({ field: 'status', message: 'Välj status: unreviewed, approved eller rejected.' })
  if (input.caseId && !isUuid(input.caseId))
    fields.push({ field: 'caseId', message: 'Ärendet finns inte.' })
  if (fields.length) throw new ValidationError('Urvalet är inte giltigt.', fields)
  const pageSize = Math.min(Math.max(input.pageSize ?? 50, 1), 200)
  const page = Math.max(input.page ?? 1, 1)
  const me = actorId(actor)
  return listDrafts(
    deps.db,
    actor.municipalityId,
    {
      status: input.status as AiDraftStatus | undefined,
      caseId: input.caseId,
      createdBy: input.mine ? (me ?? undefined) : undefined,
    },
    {
      all: readsAllConfidential(actor),
      userId: me,
      caseOfficerId: hasRole(actor, 'caseOfficer') ? me : null,
    },
    { limit: pageSize, offset: (page - 1) * pageSize },
  )
}
