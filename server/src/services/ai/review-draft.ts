import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { swedishDate } from '../../domain/dates.js'
import { MAX_FINAL_TEXT, MAX_NOTE, assertDraftTarget } from '../../domain/ai/draft-review.js'
import { wordDiff } from '../../domain/ai/text-diff.js'
import {
  ConflictError,
  ForbiddenError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import { textField } from '../../domain/text-fields.js'
import { appendAiLog } from '../../repositories/ai-log.repository.js'
import {
  findDraft,
  lockDraft,
  recordReview,
  type AiDraftListRow,
} from '../../repositories/ai-draft.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'
import { mayReadDraft, notFoundDraft, requireDraftReviewer } from './draft-access.js'
import { draftView, type DraftView } from './drafts.js'
import { requireCurrentAiTraining } from './training.js'

/**
 * Locks a draft the actor may review or apply: it exists, they may read it, they have the role
 * for it (draft-access.ts) and a current AI training. Returns the row with its labels.
 */
export async function lockReviewableDraft(
  trx: Kysely<DB>,
  actor: Actor,
  at: Date,
  id: string,
  what: string,
): Promise<AiDraftListRow & { actorId: string }> {
  const locked = isUuid(id) ? await lockDraft(trx, actor.municipalityId, id) : undefined
  const d = locked && (await findDraft(trx, actor.municipalityId, locked.id))
  if (!d) throw notFoundDraft()
  requireDraftReviewer(actor, d, what)
  if (!(await mayReadDraft(trx, actor, d))) {
    throw new ForbiddenError(
      'confidential',
      'AI-utkastet gäller sekretessbelagda uppgifter som du inte har behörighet att läsa.',
    )
  }
  await requireCurrentAiTraining(trx, actor, at)
  return { ...d, actorId: actor.id }
}

function assertUnreviewed(d: AiDraftListRow): void {
  if (d.status === 'unreviewed') return
  const when = d.reviewed_at ? swedishDate(new Date(d.reviewed_at)) : ''
  throw new ConflictError(
    'ai_draft_reviewed',
    `AI-utkastet är redan ${d.status === 'approved' ? 'godkänt' : 'avvisat'}${
      d.reviewed_by_name ? ` av ${d.reviewed_by_name}` : ''
    }${when ? ` den ${when}` : ''}. En granskning ändras inte i efterhand.`,
  )
}

/** What the AI log says of a draft: ids, purpose, target and counts, never its text. */
function logData(d: AiDraftListRow, reviewer: string) {
  return {
    draftId: d.id,
    callSeq: Number(d.log_seq),
    serviceId: d.service_id,
    kind: d.kind,
    purpose: d.purpose,
    target: d.target_field,
    caseId: d.case_id,
    selfReview: d.created_by === reviewer,
  }
}

export interface ApproveInput {
  draftId: string
  /** The text as the reviewer approves it; the generated text when left out. */
  finalText?: string | null
  note?: string | null
}

/**
 * `ai.draft.approve`: a person approves an AI draft, as generated or with their edits. Kept:
 * who, when, the approved text (the diff from the generated one is served with the draft) and
 * the counts of changed words in the AI log (`ai.draft.approved`).
 */
export async function approveDraft(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: ApproveInput,
): Promise<DraftView> {
  const fields: FieldError[] = []
  let finalText: string | null = null
  if (input.finalText !== undefined && input.finalText !== null) {
    finalText = input.finalText.replace(/\r\n?/g, '\n').trim()
    if (finalText === '')
      fields.push({
        field: 'finalText',
        message:
          'Texten är tom. Skriv den text du godkänner, eller avvisa utkastet om det inte ska användas.',
      })
    else if (finalText.length > MAX_FINAL_TEXT)
      fields.push({
        field: 'finalText',
        message: `Texten får vara högst ${MAX_FINAL_TEXT} tecken.`,
      })
  }
  const note = textField(fields, 'note', input.note, { label: 'anteckning', max: MAX_NOTE })
  assertNoFieldErrors(fields, 'Utkastet kunde inte godkännas.')
  const id = await runCommand(deps, ctx, actor, 'ai.draft.approve', async (trx, at) => {
    const d = await lockReviewableDraft(trx, actor, at, input.draftId, 'granska')
    assertUnreviewed(d)
    assertDraftTarget(d.target_field)
    const edited = finalText !== null && finalText !== d.generated_text.trim()
    const diff = wordDiff(d.generated_text, edited ? finalText! : d.generated_text)
    await recordReview(trx, d.id, {
      status: 'approved',
      final_text: edited ? finalText : null,
      reviewed_by: d.actorId,
      reviewed_at: at,
      review_note: note,
    })
    const counts = { edited, added: diff.added, removed: diff.removed, unchanged: diff.unchanged }
    await appendAiLog(trx, actor.municipalityId, at, d.actorId, 'ai.draft.approved', [
      { entityType: 'ai_draft', entityId: d.id, data: { ...logData(d, d.actorId), ...counts } },
    ])
    return {
      result: d.id,
      audit: {
        entityType: 'ai_draft',
        entityId: d.id,
        data: { ...logData(d, d.actorId), ...counts, note: note !== null },
      },
    }
  })
  return draftView((await findDraft(deps.db, actor.municipalityId, id))!)
}

/** `ai.draft.reject`: a person rejects an AI draft, saying why; it can then never be used. */
export async function rejectDraft(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { draftId: string; note: string },
): Promise<DraftView> {
  const fields: FieldError[] = []
  const note = textField(fields, 'note', input.note, {
    label: 'varför utkastet avvisas',
    max: MAX_NOTE,
    required: true,
  })
  assertNoFieldErrors(fields, 'Utkastet kunde inte avvisas.')
  const id = await runCommand(deps, ctx, actor, 'ai.draft.reject', async (trx, at) => {
    const d = await lockReviewableDraft(trx, actor, at, input.draftId, 'granska')
    assertUnreviewed(d)
    await recordReview(trx, d.id, {
      status: 'rejected',
      final_text: null,
      reviewed_by: d.actorId,
      reviewed_at: at,
      review_note: note,
    })
    const generatedWords = wordDiff(d.generated_text, '').removed
    await appendAiLog(trx, actor.municipalityId, at, d.actorId, 'ai.draft.rejected', [
      {
        entityType: 'ai_draft',
        entityId: d.id,
        data: { ...logData(d, d.actorId), generatedWords },
      },
    ])
    return {
      result: d.id,
      audit: { entityType: 'ai_draft', entityId: d.id, data: logData(d, d.actorId) },
    }
  })
  return draftView((await findDraft(deps.db, actor.municipalityId, id))!)
}
