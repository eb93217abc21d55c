import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldError,
} from '../../domain/errors.js'
import { SORT_TARGETS, TARGET_LABEL, type SortTarget } from '../../domain/ai-sorting/targets.js'
import { appendAiLog } from '../../repositories/ai-log.repository.js'
import {
  findSuggestion,
  modelsByIds,
  setOutcome,
  sortLabels,
} from '../../repositories/ai-sort.repository.js'
import { isUuid } from '../registry/create-case.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { requireSortUser } from './sorting-access.js'
import {
  suggestionViews,
  type OutcomeResult,
  type SortSuggestionView,
  type StoredOutcome,
  type StoredSuggestion,
} from './suggestion-view.js'

/** What the person chose per target: an id, null for "none", or left out when not decided. */
export type SortChoice = Partial<Record<SortTarget, string | null>>

/** How a choice relates to the suggestion: the first one, another of the three, or something else. */
export function outcomeOf(suggested: StoredSuggestion, choice: SortChoice): StoredOutcome {
  return Object.fromEntries(
    SORT_TARGETS.map((t) => {
      if (!(t in choice) || choice[t] === undefined)
        return [t, { chosenId: null, rank: null, result: 'undecided' as OutcomeResult }]
      const chosenId = choice[t] ?? null
      const index = chosenId ? suggested.targets[t].findIndex((s) => s.id === chosenId) : -1
      const result: OutcomeResult =
        index === 0 ? 'accepted' : index > 0 ? 'acceptedAlternative' : 'overridden'
      return [t, { chosenId, rank: index >= 0 ? index + 1 : null, result }]
    }),
  ) as StoredOutcome
}

/**
 * `ai.sort.outcome`: records what the registrar chose after seeing a suggestion (punkt 6 and 9:
 * a person decides, and what became of the AI's output is documented). Recording changes nothing
 * in the registry; it is kept with the suggestion and in the AI log, once.
 */
export async function recordSortOutcome(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  suggestionId: string,
  choice: SortChoice,
): Promise<SortSuggestionView> {
  await requireSortUser(deps.db, actor, ctx.now())
  const notFound = () =>
    new NotFoundError('ai_sort_suggestion_not_found', 'AI-förslaget finns inte.')
  if (!isUuid(suggestionId)) throw notFound()
  await checkChoice(deps, actor.municipalityId, choice)

  const row = await runCommand(deps, ctx, actor, 'ai.sort.outcome', async (trx, at) => {
    const s = await findSuggestion(trx, actor.municipalityId, suggestionId, true)
    if (!s) throw notFound()
    if (s.outcome_at) {
      throw new ConflictError(
        'ai_sort_outcome_recorded',
        'Vad som valdes för det här AI-förslaget är redan registrerat.',
      )
    }
    const outcome = outcomeOf(s.suggested as StoredSuggestion, choice)
    const [model] = await modelsByIds(trx, actor.municipalityId, [s.model_id])
    await appendAiLog(trx, actor.municipalityId, at, actorId(actor), 'ai.sort.outcome', [
      {
        entityType: 'document',
        entityId: s.document_id,
        data: {
          requestId: ctx.requestId,
          purpose: 'ärendesortering',
          service: 'local',
          suggestionId: s.id,
          documentId: s.document_id,
          modelId: s.model_id,
          modelVersion: model?.version ?? null,
          suggestionLogSeq: Number(s.log_seq),
          outcome,
        },
      },
    ])
    await setOutcome(trx, s.id, outcome, actorId(actor), at)
    return {
      result: { ...s, outcome, outcome_by: actorId(actor), outcome_at: at },
      audit: {
        entityType: 'ai_sort_suggestion',
        entityId: s.id,
        data: {
          documentId: s.document_id,
          results: Object.fromEntries(SORT_TARGETS.map((t) => [t, outcome[t].result])),
        },
      },
    }
  })
  const models = await modelsByIds(deps.db, actor.municipalityId, [row.model_id])
  const [view] = await suggestionViews(
    deps.db,
    actor.municipalityId,
    [row],
    new Map(models.map((m) => [m.id, m])),
  )
  return view as SortSuggestionView
}

/** Every chosen id must name a series, case, committee or user of the municipality. */
async function checkChoice(deps: Deps, municipalityId: string, choice: SortChoice) {
  const fields: FieldError[] = []
  const given = (t: SortTarget) => {
    const v = choice[t]
    if (v === undefined || v === null) return []
    if (!isUuid(v)) {
      fields.push({ field: t, message: `${TARGET_LABEL[t]} finns inte.` })
      return []
    }
    return [v]
  }
  const ids = {
    series: given('series'),
    cases: given('case'),
    committees: given('committee'),
    users: given('caseOfficer'),
  }
  const found = await sortLabels(deps.db, municipalityId, ids)
  const missing = (t: SortTarget, wanted: string[], rows: { id: string }[]) => {
    if (wanted.length && !rows.some((r) => r.id === wanted[0]))
      fields.push({ field: t, message: `${TARGET_LABEL[t]} finns inte.` })
  }
  missing('series', ids.series, found.series)
  missing('case', ids.cases, found.cases)
  missing('committee', ids.committees, found.committees)
  missing('caseOfficer', ids.users, found.users)
  if (fields.length) throw new ValidationError('Valet kunde inte registreras.', fields)
}
