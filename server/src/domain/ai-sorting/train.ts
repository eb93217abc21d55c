import { fitTemperature } from './calibrate.js'
import { evaluateTarget, type TargetEvaluation } from './evaluate.js'
import { caseFeatures, documentFeatures, FEATURE_VERSION, type FeatureBag } from './features.js'
import { trainNb, type Example, type NbModel } from './naive-bayes.js'
import { activityByLabel, recencyShift } from './recency.js'
import { splitByTime } from './split.js'
import {
  labelOf,
  SORT_TARGETS,
  type SortCaseInfo,
  type SortRegistration,
  type SortTarget,
} from './targets.js'

/** A trained sorter: one naive Bayes model per target, over the same features. */
export interface SortModel {
  featureVersion: number
  targets: Record<SortTarget, NbModel>
}

export interface SortEvaluation {
  /** registrations the evaluated model was trained on (the older ones) */
  trainingSize: number
  /** the newest registrations, held back to test it */
  heldOutSize: number
  /** when the first held-back registration was made */
  heldOutFrom: string | null
  /** the newest registration the model was trained on: later ones are new to it */
  newestRegistrationAt: string | null
  heldOutShare: number
  targets: Record<SortTarget, TargetEvaluation>
}

export interface TrainOptions {
  /** share of the newest registrations held back for testing; 0.2 */
  heldOutShare?: number
  /** Lidstone smoothing of series, committee and officer; 0.1 (short texts do better below 1) */
  alpha?: number
  /** Dirichlet smoothing of the case target toward the whole registry (naive-bayes.ts) */
  mu?: number
}

export const DEFAULT_MU = 2000

/** Fewer registrations than this cannot both train a model and test it. */
export const MIN_REGISTRATIONS = 20

/**
 * Trains the sorter twice: on the older 80 % of the registrations, to measure it on the newest
 * 20 % (and fit each target's temperature there), then on all of them for use. The returned
 * evaluation is the first model's; the returned model is the second, with the fitted temperatures.
 * Pure and deterministic: the same registry gives the same model.
 */
export function trainSorter(
  input: { registrations: readonly SortRegistration[]; cases: readonly SortCaseInfo[] },
  opts: TrainOptions = {},
): { model: SortModel; evaluation: SortEvaluation } {
  const heldOutShare = opts.heldOutShare ?? 0.2
  const alpha = opts.alpha ?? 0.1
  const mu = opts.mu ?? DEFAULT_MU
  const smoothing = (t: SortTarget) => ({ alpha, mu: t === 'case' ? mu : 0 })
  const caseById = new Map(input.cases.map((c) => [c.id, c]))
  const registrations = input.registrations.filter((r) => caseById.has(r.caseId))
  const bags = new Map(registrations.map((r) => [r.documentId, documentFeatures(r)]))
  const caseBags = new Map<string, FeatureBag>()
  const caseBag = (c: SortCaseInfo) => {
    let bag = caseBags.get(c.id)
    if (!bag) caseBags.set(c.id, (bag = caseFeatures(c)))
    return bag
  }

  const examples = (
    target: SortTarget,
    rows: readonly SortRegistration[],
    include: (c: SortCaseInfo) => boolean,
  ) => {
    const docs: Example[] = []
    const cases = new Map<string, SortCaseInfo>()
    for (const r of rows) {
      const c = caseById.get(r.caseId) as SortCaseInfo
      const label = labelOf(target, c)
      if (label === null || !include(c)) continue
      docs.push({ bag: bags.get(r.documentId) as FeatureBag, label })
      cases.set(c.id, c)
    }
    // Each case that has documents is also an example of itself: its title and its number.
    const own = [...cases.values()].map((c) => ({
      bag: caseBag(c),
      label: labelOf(target, c) as string,
    }))
    return { docs, all: [...docs, ...own] }
  }
  const { train, test } = splitByTime(registrations, heldOutShare)
  const heldOutRows = (target: SortTarget, m: NbModel) => {
    // What the registry knows when a held-out document arrives: when each case last had a
    // registration, counting the held-out ones before it (the model is frozen, the registry not).
    const index = new Map(m.labels.map((l, i) => [l, i]))
    const activity =
      target === 'case'
        ? activityByLabel(m.labels, new Map(train.map((r) => [r.caseId, r.registeredAt.getTime()])))
        : null
    return test.map((r) => {
      const at = r.registeredAt.getTime()
      const shift = activity ? recencyShift(activity, at) : undefined
      const c = index.get(r.caseId)
      if (activity && c !== undefined) activity[c] = at
      return {
        bag: bags.get(r.documentId) as FeatureBag,
        label: labelOf(target, caseById.get(r.caseId) as SortCaseInfo),
        shift,
      }
    })
  }

  const evaluations = {} as Record<SortTarget, TargetEvaluation>
  const final = {} as Record<SortTarget, NbModel>
  for (const target of SORT_TARGETS) {
    // Evaluated against every case, open or not: which were open back then is not known.
    const older = examples(target, train, () => true)
    const tested = trainNb(older.all, smoothing(target))
    const heldOut = heldOutRows(target, tested)
    const fit = fitTemperature(
      tested,
      heldOut.flatMap((h) => (h.label === null ? [] : [{ ...h, label: h.label }])),
    )
    tested.temperature = fit.temperature
    evaluations[target] = {
      ...evaluateTarget(
        tested,
        heldOut,
        older.docs.map((d) => d.label),
      ),
      temperatureFitted: fit.fitted,
    }
    // For use, closed cases are left out of the case target: nothing may be filed in them.
    const open = target === 'case' ? (c: SortCaseInfo) => !c.closed : () => true
    final[target] = trainNb(examples(target, registrations, open).all, smoothing(target))
    final[target].temperature = tested.temperature
  }
  return {
    model: { featureVersion: FEATURE_VERSION, targets: final },
    evaluation: {
      trainingSize: train.length,
      heldOutSize: test.length,
      heldOutFrom: test[0]?.registeredAt.toISOString() ?? null,
      newestRegistrationAt: (test.at(-1) ?? train.at(-1))?.registeredAt.toISOString() ?? null,
      heldOutShare,
      targets: evaluations,
    },
  }
}
