import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { SORT_TARGETS, SUGGESTION_LABEL, type SortTarget } from '../../domain/ai-sorting/targets.js'
import type { SortEvaluation } from '../../domain/ai-sorting/train.js'
import { sortLabels, type AiSortSuggestionRow } from '../../repositories/ai-sort.repository.js'

/** What a suggestion stores (ai_sort_suggestions.suggested): ids and confidences only. */
export interface StoredSuggestion {
  targets: Record<SortTarget, Array<{ id: string; confidence: number }>>
  /** the document was among the registrations the model was trained on */
  seenInTraining: boolean
}

export type CurrentValues = Record<SortTarget, string | null>

export type OutcomeResult = 'accepted' | 'acceptedAlternative' | 'overridden' | 'undecided'

/** What the person chose, per target (ai_sort_suggestions.outcome). */
export type StoredOutcome = Record<
  SortTarget,
  { chosenId: string | null; rank: number | null; result: OutcomeResult }
>

export interface Named {
  id: string
  name: string
}

export interface SortSuggestionView {
  id: string
  label: typeof SUGGESTION_LABEL
  documentId: string
  createdAt: Date
  createdBy: string | null
  model: { id: string; version: number; trainedAt: Date }
  seenInTraining: boolean
  targets: Record<SortTarget, Array<Named & { confidence: number; current: boolean }>>
  current: Record<SortTarget, Named | null>
  heldOutAccuracy: Record<SortTarget, { top1: number; top3: number; evaluated: number }>
  outcome: null | {
    recordedAt: Date
    recordedBy: string | null
    targets: Record<
      SortTarget,
      { chosen: Named | null; rank: number | null; result: OutcomeResult }
    >
  }
}

export interface ModelInfo {
  id: string
  version: number
  trained_at: Date
  evaluation: unknown
}

/** Suggestions as a person sees them: with the names of what they point at. */
export async function suggestionViews(
  db: Kysely<DB>,
  municipalityId: string,
  rows: readonly AiSortSuggestionRow[],
  models: ReadonlyMap<string, ModelInfo>,
): Promise<SortSuggestionView[]> {
  const ids: Record<SortTarget, Set<string>> = {
    series: new Set(),
    case: new Set(),
    committee: new Set(),
    caseOfficer: new Set(),
  }
  const note = (t: SortTarget, id: string | null | undefined) => {
    if (id) ids[t].add(id)
  }
  for (const r of rows) {
    const s = r.suggested as StoredSuggestion
    const current = r.current_values as CurrentValues
    const outcome = r.outcome as StoredOutcome | null
    for (const t of SORT_TARGETS) {
      for (const x of s.targets[t]) note(t, x.id)
      note(t, current[t])
      note(t, outcome?.[t].chosenId)
    }
  }
  const labels = await sortLabels(db, municipalityId, {
    series: [...ids.series],
    cases: [...ids.case],
    committees: [...ids.committee],
    users: [...ids.caseOfficer],
  })
  const names: Record<SortTarget, Map<string, string>> = {
    series: new Map(labels.series.map((s) => [s.id, `${s.prefix} – ${s.name}`])),
    case: new Map(labels.cases.map((c) => [c.id, `${c.case_number} ${c.title}`])),
    committee: new Map(labels.committees.map((c) => [c.id, c.name])),
    caseOfficer: new Map(labels.users.map((u) => [u.id, u.display_name])),
  }
  const named = (t: SortTarget, id: string | null): Named | null =>
    id ? { id, name: names[t].get(id) ?? '(borttagen)' } : null

  return rows.map((r) => {
    const s = r.suggested as StoredSuggestion
    const current = r.current_values as CurrentValues
    const outcome = r.outcome as StoredOutcome | null
    const m = models.get(r.model_id) as ModelInfo
    const evaluation = m.evaluation as SortEvaluation
    const targets = {} as SortSuggestionView['targets']
    const currentNamed = {} as SortSuggestionView['current']
    const accuracy = {} as SortSuggestionView['heldOutAccuracy']
    for (const t of SORT_TARGETS) {
      targets[t] = s.targets[t].map((x) => ({
        ...(named(t, x.id) as Named),
        confidence: x.confidence,
        current: x.id === current[t],
      }))
      currentNamed[t] = named(t, current[t])
      const e = evaluation.targets[t]
      accuracy[t] = { top1: e.top1, top3: e.top3, evaluated: e.evaluated }
    }
    return {
      id: r.id,
      label: SUGGESTION_LABEL,
      documentId: r.document_id,
      createdAt: new Date(r.created_at),
      createdBy: r.created_by,
      model: { id: m.id, version: m.version, trainedAt: new Date(m.trained_at) },
      seenInTraining: s.seenInTraining,
      targets,
      current: currentNamed,
      heldOutAccuracy: accuracy,
      outcome:
        outcome && r.outcome_at
          ? {
              recordedAt: new Date(r.outcome_at),
              recordedBy: r.outcome_by,
              targets: Object.fromEntries(
                SORT_TARGETS.map((t) => [
                  t,
                  {
                    chosen: named(t, outcome[t].chosenId),
                    rank: outcome[t].rank,
                    result: outcome[t].result,
                  },
                ]),
              ) as NonNullable<SortSuggestionView['outcome']>['targets'],
            }
          : null,
    }
  })
}
