import { SORT_TARGETS, TARGET_LABEL } from '../../domain/ai-sorting/targets.js'
import type { SortEvaluation } from '../../domain/ai-sorting/train.js'
import type { AiSortModelRow } from '../../repositories/ai-sort.repository.js'
import type { SortSuggestionView } from '../../services/ai-sorting/suggestion-view.js'

/** A trained model's figures: what was learnt from, and how well it did on held-out registrations. */
export function presentSortModel(m: AiSortModelRow & { evaluation: unknown }) {
  const e = m.evaluation as SortEvaluation
  return {
    id: m.id,
    version: m.version,
    status: m.status,
    algorithm: m.algorithm,
    trainedAt: new Date(m.trained_at).toISOString(),
    trainedBy: m.trained_by,
    trainingSize: m.training_size,
    heldOutSize: m.held_out_size,
    heldOutFrom: e.heldOutFrom,
    heldOutShare: e.heldOutShare,
    trainMs: m.train_ms,
    targets: SORT_TARGETS.map((t) => ({
      target: t,
      label: TARGET_LABEL[t],
      top1: e.targets[t].top1,
      top3: e.targets[t].top3,
      baseline: e.targets[t].baseline,
      evaluated: e.targets[t].evaluated,
      unseen: e.targets[t].unseen,
      classes: e.targets[t].classes,
      meanConfidence: e.targets[t].meanConfidence,
    })),
  }
}

/** A suggestion as the registrar sees it: "AI-förslag", three per target, and what was chosen. */
export function presentSortSuggestion(s: SortSuggestionView) {
  return {
    id: s.id,
    label: s.label,
    documentId: s.documentId,
    createdAt: s.createdAt.toISOString(),
    createdBy: s.createdBy,
    model: { id: s.model.id, version: s.model.version, trainedAt: s.model.trainedAt.toISOString() },
    seenInTraining: s.seenInTraining,
    targets: SORT_TARGETS.map((t) => ({
      target: t,
      label: TARGET_LABEL[t],
      current: s.current[t],
      heldOutTop1: s.heldOutAccuracy[t].top1,
      heldOutTop3: s.heldOutAccuracy[t].top3,
      suggestions: s.targets[t].map((x) => ({
        id: x.id,
        name: x.name,
        confidence: x.confidence,
        current: x.current,
      })),
      outcome: s.outcome
        ? {
            chosen: s.outcome.targets[t].chosen,
            rank: s.outcome.targets[t].rank,
            result: s.outcome.targets[t].result,
          }
        : null,
    })),
    outcomeRecordedAt: s.outcome?.recordedAt.toISOString() ?? null,
    outcomeRecordedBy: s.outcome?.recordedBy ?? null,
  }
}
