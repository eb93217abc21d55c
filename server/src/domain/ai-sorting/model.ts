import { documentFeatures, FEATURE_VERSION, type SortableDocument } from './features.js'
import { rankNb, type NbModel, type Ranked } from './naive-bayes.js'
import { activityByLabel, recencyShift } from './recency.js'
import type { SortModel } from './train.js'
import { SORT_TARGETS, type SortTarget } from './targets.js'

/**
 * A trained sorter as stored (ai_sort_models.model, JSON): the features once, and per target the
 * class counts and each feature's postings by feature index. Only ids, stems and counts: no
 * name, no text of any registration.
 */
export interface StoredSortModel {
  format: 1
  featureVersion: number
  features: string[]
  targets: Record<SortTarget, StoredTarget>
}

interface StoredTarget {
  labels: string[]
  classDocs: number[]
  classMass: number[]
  vocabulary: number
  alpha: number
  mu: number
  temperature: number
  /** aligned with `features`; [] where the feature was not seen for this target */
  postings: number[][]
}

export function serialiseModel(m: SortModel): StoredSortModel {
  const features = new Set<string>()
  for (const t of SORT_TARGETS) for (const f of m.targets[t].postings.keys()) features.add(f)
  const list = [...features].sort()
  const targets = {} as Record<SortTarget, StoredTarget>
  for (const t of SORT_TARGETS) {
    const nb = m.targets[t]
    targets[t] = {
      labels: nb.labels,
      classDocs: nb.classDocs,
      classMass: nb.classMass,
      vocabulary: nb.vocabulary,
      alpha: nb.alpha,
      mu: nb.mu,
      temperature: nb.temperature,
      postings: list.map((f) => nb.postings.get(f) ?? []),
    }
  }
  return { format: 1, featureVersion: m.featureVersion, features: list, targets }
}

/** Thrown for a stored model this version of Kansli cannot use: it must be trained again. */
export class UnusableModelError extends Error {}

export function deserialiseModel(json: unknown): SortModel {
  const s = json as Partial<StoredSortModel> | null
  if (!s || s.format !== 1 || !Array.isArray(s.features) || !s.targets)
    throw new UnusableModelError('unknown model format')
  if (s.featureVersion !== FEATURE_VERSION)
    throw new UnusableModelError(
      `features version ${s.featureVersion}, expected ${FEATURE_VERSION}`,
    )
  const features = s.features
  const targets = {} as Record<SortTarget, NbModel>
  for (const t of SORT_TARGETS) {
    const st = s.targets[t]
    if (!st || st.postings.length !== features.length) throw new UnusableModelError(`target ${t}`)
    const postings = new Map<string, number[]>()
    st.postings.forEach((p, i) => {
      if (p.length) postings.set(features[i] as string, p)
    })
    targets[t] = {
      labels: st.labels,
      classDocs: st.classDocs,
      classMass: st.classMass,
      vocabulary: st.vocabulary,
      alpha: st.alpha,
      mu: st.mu ?? 0,
      temperature: st.temperature,
      postings,
    }
  }
  return { featureVersion: s.featureVersion, targets }
}

/**
 * The `k` best suggestions per target for a document at time `at`. `allowed` leaves out what may
 * not be suggested now (closed cases, users who have left); `lastActivity` (case id → ms of its
 * latest registration) weights the cases by how recently they were active (recency.ts).
 */
export function suggestFor(
  m: SortModel,
  d: SortableDocument,
  k: number,
  now: { at: number; lastActivity: ReadonlyMap<string, number> },
  allowed: Partial<Record<SortTarget, (id: string) => boolean>> = {},
): Record<SortTarget, Ranked[]> {
  const bag = documentFeatures(d)
  const out = {} as Record<SortTarget, Ranked[]>
  for (const t of SORT_TARGETS) {
    const nb = m.targets[t]
    const shift =
      t === 'case' ? recencyShift(activityByLabel(nb.labels, now.lastActivity), now.at) : undefined
    out[t] = rankNb(nb, bag, k, allowed[t], shift)
  }
  return out
}
