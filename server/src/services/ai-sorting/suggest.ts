import { randomUUID } from 'node:crypto'
import { ConflictError, NotFoundError } from '../../domain/errors.js'
import { suggestFor } from '../../domain/ai-sorting/model.js'
import { labelOf, SORT_TARGETS, type SortTarget } from '../../domain/ai-sorting/targets.js'
import type { SortEvaluation } from '../../domain/ai-sorting/train.js'
import { appendAiLog } from '../../repositories/ai-log.repository.js'
import {
  activeModel,
  insertSuggestion,
  lastActivityOfOpenCases,
  sortableDocument,
  sortCases,
  sortChoices,
} from '../../repositories/ai-sort.repository.js'
import { isUuid } from '../registry/create-case.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { loadModel } from './model-cache.js'
import { requireSortUser } from './sorting-access.js'
import {
  suggestionViews,
  type CurrentValues,
  type SortSuggestionView,
  type StoredSuggestion,
} from './suggestion-view.js'

/** Suggestions per target: the person sees up to three and chooses. */
const SUGGESTIONS = 3
/** A runner-up below 1 % is noise, not a suggestion; the first is always shown. */
const MIN_CONFIDENCE = 0.01
const round = (x: number) => Math.round(x * 10_000) / 10_000

export const notFoundDocument = () =>
  new NotFoundError('document_not_found', 'Handlingen finns inte.')

/**
 * `ai.sort.suggest`: the sorter's suggestions for a registered document (series, case, committee
 * and case officer, three each with a confidence), labelled "AI-förslag". Nothing is applied: the
 * suggestion is stored with the model that made it, and logged in the AI log with ids and
 * confidences only, so that what the registrar then chooses can be recorded against it.
 */
export async function suggestForDocument(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  documentId: string,
): Promise<SortSuggestionView> {
  await requireSortUser(deps.db, actor, ctx.now())
  if (!isUuid(documentId)) throw notFoundDocument()
  const doc = await sortableDocument(deps.db, actor.municipalityId, documentId)
  if (!doc) throw notFoundDocument()
  const modelRow = await activeModel(deps.db, actor.municipalityId)
  if (!modelRow) {
    throw new ConflictError(
      'ai_sort_no_model',
      'Ingen modell för ärendesortering är tränad ännu. En registrator eller administratör kan träna den.',
    )
  }
  const model = await loadModel(deps.db, modelRow.id)
  const [c] = await sortCases(deps.db, actor.municipalityId, [doc.caseId])
  if (!c) throw notFoundDocument()
  const current = Object.fromEntries(SORT_TARGETS.map((t) => [t, labelOf(t, c)])) as CurrentValues
  const lastActivity = await lastActivityOfOpenCases(deps.db, actor.municipalityId, doc.documentId)
  const choices = await sortChoices(deps.db, actor.municipalityId)
  const at = ctx.now()
  const ranked = suggestFor(
    model,
    doc,
    SUGGESTIONS,
    { at: at.getTime(), lastActivity },
    {
      series: (id) => choices.series.has(id),
      // Only cases still open for documents, and never one the document opened itself.
      case: (id) => lastActivity.has(id),
      committee: (id) => choices.committees.has(id),
      caseOfficer: (id) => choices.users.has(id),
    },
  )
  const suggested: StoredSuggestion = {
    targets: Object.fromEntries(
      SORT_TARGETS.map((t) => [
        t,
        ranked[t]
          .filter((r, i) => i === 0 || r.confidence >= MIN_CONFIDENCE)
          .map((r) => ({ id: r.label, confidence: round(r.confidence) })),
      ]),
    ) as StoredSuggestion['targets'],
    seenInTraining: seenInTraining(doc.registeredAt, modelRow.evaluation as SortEvaluation),
  }
  const id = randomUUID()

  const row = await runCommand(deps, ctx, actor, 'ai.sort.suggest', async (trx, now) => {
    // Punkt 9: every use is logged, with ids and confidences; no text and no name.
    const seq = await appendAiLog(
      trx,
      actor.municipalityId,
      now,
      actorId(actor),
      'ai.sort.suggest',
      [
        {
          entityType: 'document',
          entityId: doc.documentId,
          data: {
            requestId: ctx.requestId,
            purpose: 'ärendesortering',
            service: 'local',
            suggestionId: id,
            documentId: doc.documentId,
            modelId: modelRow.id,
            modelVersion: modelRow.version,
            suggested: suggested.targets,
          },
        },
      ],
    )
    const inserted = {
      id,
      municipality_id: actor.municipalityId,
      document_id: doc.documentId,
      model_id: modelRow.id,
      log_seq: seq,
      suggested,
      current_values: current,
      created_by: actorId(actor),
      created_at: now,
    }
    await insertSuggestion(trx, inserted)
    return {
      result: { ...inserted, outcome: null, outcome_by: null, outcome_at: null },
      audit: {
        entityType: 'ai_sort_suggestion',
        entityId: id,
        data: { documentId: doc.documentId, modelVersion: modelRow.version, aiLogSeq: seq },
      },
    }
  })
  const [view] = await suggestionViews(
    deps.db,
    actor.municipalityId,
    [row],
    new Map([[modelRow.id, modelRow]]),
  )
  return view as SortSuggestionView
}

/** Was the document among what the model learnt from? Then its suggestion proves little. */
function seenInTraining(registeredAt: Date, e: SortEvaluation): boolean {
  return !!e.newestRegistrationAt && registeredAt.getTime() <= Date.parse(e.newestRegistrationAt)
}

export type { SortTarget }
