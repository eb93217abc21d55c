import { ConflictError, ValidationError } from '../../domain/errors.js'
import { SORT_TARGETS } from '../../domain/ai-sorting/targets.js'
import { FEATURE_VERSION } from '../../domain/ai-sorting/features.js'
import { MIN_REGISTRATIONS, type SortEvaluation } from '../../domain/ai-sorting/train.js'
import { appendAiLog } from '../../repositories/ai-log.repository.js'
import {
  sortCases,
  storeActiveModel,
  trainingRegistrations,
  type AiSortModelRow,
} from '../../repositories/ai-sort.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { requireSortTrainer } from './sorting-access.js'
import { trainInWorker } from './train-in-worker.js'

export const SORT_ALGORITHM = 'multinomial-naive-bayes'
/** Registrations read by default: the newest are what the next registrations resemble. */
export const DEFAULT_MAX_REGISTRATIONS = 20_000
const MAX_REGISTRATIONS = 200_000

export interface TrainedSortModel {
  model: AiSortModelRow
  evaluation: SortEvaluation
}

/**
 * `ai.sort.train`: trains the sorter on the municipality's own registry, measures it on the
 * newest 20 % of the registrations and stores it as the model in use, with its figures. Nothing
 * leaves Kansli. The registry is read and the model computed (in a worker thread) before the
 * transaction, so neither the registry nor other requests wait while it trains; the transaction
 * only stores it (audit and AI log).
 */
export async function trainSortModel(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  opts: { maxRegistrations?: number } = {},
): Promise<TrainedSortModel> {
  requireSortTrainer(actor)
  const max = opts.maxRegistrations ?? DEFAULT_MAX_REGISTRATIONS
  if (!Number.isInteger(max) || max < MIN_REGISTRATIONS || max > MAX_REGISTRATIONS) {
    throw new ValidationError('Träningen kunde inte startas.', [
      {
        field: 'maxRegistrations',
        message: `Ange ett heltal mellan ${MIN_REGISTRATIONS} och ${MAX_REGISTRATIONS}.`,
      },
    ])
  }
  const started = performance.now()
  const registrations = await trainingRegistrations(deps.db, actor.municipalityId, max)
  if (registrations.length < MIN_REGISTRATIONS) {
    throw new ConflictError(
      'ai_sort_too_little_data',
      `Diariet har ${registrations.length} registreringar; minst ${MIN_REGISTRATIONS} behövs för att träna och pröva modellen.`,
    )
  }
  const cases = await sortCases(deps.db, actor.municipalityId, [
    ...new Set(registrations.map((r) => r.caseId)),
  ])
  const { stored, evaluation } = await trainInWorker({ registrations, cases })
  const trainMs = Math.round(performance.now() - started)

  const row = await runCommand(deps, ctx, actor, 'ai.sort.train', async (trx, at) => {
    const saved = await storeActiveModel(trx, {
      municipality_id: actor.municipalityId,
      algorithm: SORT_ALGORITHM,
      feature_version: FEATURE_VERSION,
      trained_at: at,
      trained_by: actorId(actor),
      training_size: registrations.length,
      held_out_size: evaluation.heldOutSize,
      evaluation,
      train_ms: trainMs,
      model: stored,
    })
    const figures = accuracyFigures(evaluation)
    // Punkt 9: the training is AI use too, documented with what it learnt from and how well.
    await appendAiLog(trx, actor.municipalityId, at, actorId(actor), 'ai.sort.train', [
      {
        entityType: 'ai_sort_model',
        entityId: saved.id,
        data: {
          requestId: ctx.requestId,
          purpose: 'ärendesortering',
          service: 'local',
          modelId: saved.id,
          modelVersion: saved.version,
          algorithm: SORT_ALGORITHM,
          trainingSize: registrations.length,
          heldOutSize: evaluation.heldOutSize,
          accuracy: figures,
          trainMs,
        },
      },
    ])
    return {
      result: saved,
      audit: {
        entityType: 'ai_sort_model',
        entityId: saved.id,
        data: { version: saved.version, trainingSize: registrations.length, accuracy: figures },
      },
    }
  })
  return { model: row, evaluation }
}

/** Top-1 and top-3 per target, rounded: what the logs keep. */
export function accuracyFigures(e: SortEvaluation) {
  return Object.fromEntries(
    SORT_TARGETS.map((t) => [
      t,
      {
        top1: round(e.targets[t].top1),
        top3: round(e.targets[t].top3),
        evaluated: e.targets[t].evaluated,
      },
    ]),
  )
}

const round = (x: number) => Math.round(x * 1000) / 1000
