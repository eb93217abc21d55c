import { NotFoundError } from '../../domain/errors.js'
import { SUGGESTION_LABEL } from '../../domain/ai-sorting/targets.js'
import type { SortEvaluation } from '../../domain/ai-sorting/train.js'
import {
  activeModel,
  modelHistory,
  modelsByIds,
  suggestionsOfDocument,
  type AiSortModelRow,
} from '../../repositories/ai-sort.repository.js'
import { isStaff, requireUser } from '../access/policies.js'
import type { Actor, Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'
import { ForbiddenError } from '../../domain/errors.js'
import { requireSortUser } from './sorting-access.js'
import { suggestionViews, type SortSuggestionView } from './suggestion-view.js'

export interface SortModelStatus {
  label: typeof SUGGESTION_LABEL
  active: (AiSortModelRow & { evaluation: SortEvaluation }) | null
  history: Array<AiSortModelRow & { evaluation: SortEvaluation }>
}

/** The model in use with its held-out figures, and the earlier trainings: for staff. */
export async function sortModelStatus(deps: Deps, actor: Actor): Promise<SortModelStatus> {
  requireUser(actor)
  if (actor.kind === 'user' && !isStaff(actor))
    throw new ForbiddenError(
      'forbidden',
      'Du har inte behörighet att se ärendesorteringens modell.',
    )
  const active = await activeModel(deps.db, actor.municipalityId)
  const history = await modelHistory(deps.db, actor.municipalityId, 20)
  return {
    label: SUGGESTION_LABEL,
    active: (active as SortModelStatus['active']) ?? null,
    history: history as SortModelStatus['history'],
  }
}

/** The suggestions made for a document, newest first, with what was chosen. Reads no model. */
export async function suggestionsForDocument(
  deps: Deps,
  actor: Actor,
  at: Date,
  documentId: string,
): Promise<SortSuggestionView[]> {
  await requireSortUser(deps.db, actor, at)
  if (!isUuid(documentId)) throw new NotFoundError('document_not_found', 'Handlingen finns inte.')
  const rows = await suggestionsOfDocument(deps.db, actor.municipalityId, documentId)
  const models = await modelsByIds(deps.db, actor.municipalityId, [
    ...new Set(rows.map((r) => r.model_id)),
  ])
  return suggestionViews(deps.db, actor.municipalityId, rows, new Map(models.map((m) => [m.id, m])))
}
