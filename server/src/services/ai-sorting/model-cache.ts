import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { ConflictError } from '../../domain/errors.js'
import { deserialiseModel, UnusableModelError } from '../../domain/ai-sorting/model.js'
import type { SortModel } from '../../domain/ai-sorting/train.js'
import { modelCounts } from '../../repositories/ai-sort.repository.js'

/**
 * Parsed models by id. A stored model never changes (a retraining is a new row), so a process may
 * keep what it parsed; several processes each keep their own. Only a few are kept.
 */
const cache = new Map<string, SortModel>()
const KEEP = 3

/** The parsed counts of the stored model `id`. */
export async function loadModel(db: Kysely<DB>, id: string): Promise<SortModel> {
  const hit = cache.get(id)
  if (hit) return hit
  const json = await modelCounts(db, id)
  let model: SortModel
  try {
    model = deserialiseModel(json)
  } catch (err) {
    if (!(err instanceof UnusableModelError)) throw err
    throw new ConflictError(
      'ai_sort_model_outdated',
      'Sorteringsmodellen är tränad med en äldre version av Kansli. Träna om den.',
    )
  }
  cache.set(id, model)
  while (cache.size > KEEP) cache.delete(cache.keys().next().value as string)
  return model
}
