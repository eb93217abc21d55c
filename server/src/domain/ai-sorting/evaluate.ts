import { rankNb, type NbModel } from './naive-bayes.js'
import type { FeatureBag } from './features.js'

/** How well one target was predicted on the held-out registrations. */
export interface TargetEvaluation {
  /** held-out registrations whose answer the model could know (seen in training) */
  evaluated: number
  /** held-out registrations whose answer was new: a case opened by them, an officer not seen before */
  unseen: number
  /** share of `evaluated` where the first suggestion was right */
  top1: number
  /** share of `evaluated` where the right answer was among the first three */
  top3: number
  /** share of `evaluated` that always guessing the most common training answer gets right */
  baseline: number
  /** classes the model chooses among */
  classes: number
  /** mean confidence of the first suggestion: near top1 when the confidences are calibrated */
  meanConfidence: number
  /** the temperature the confidences are computed with, and whether it was fitted here */
  temperature: number
  temperatureFitted: boolean
}

/** Top-1 and top-3 accuracy of `m` on the held-out rows, with the majority-class baseline. */
export function evaluateTarget(
  m: NbModel,
  heldOut: ReadonlyArray<{ bag: FeatureBag; label: string | null; shift?: Float64Array }>,
  trainingLabels: readonly string[],
): TargetEvaluation {
  const known = new Set(m.labels)
  const majority = mostCommon(trainingLabels)
  let evaluated = 0
  let unseen = 0
  let top1 = 0
  let top3 = 0
  let baseline = 0
  let confidence = 0
  for (const row of heldOut) {
    if (row.label === null) continue
    if (!known.has(row.label)) {
      unseen++
      continue
    }
    evaluated++
    const ranked = rankNb(m, row.bag, 3, undefined, row.shift)
    if (ranked[0]?.label === row.label) top1++
    if (ranked.some((r) => r.label === row.label)) top3++
    if (row.label === majority) baseline++
    confidence += ranked[0]?.confidence ?? 0
  }
  const share = (n: number) => (evaluated ? n / evaluated : 0)
  return {
    evaluated,
    unseen,
    top1: share(top1),
    top3: share(top3),
    baseline: share(baseline),
    classes: m.labels.length,
    meanConfidence: share(confidence),
    temperature: m.temperature,
    temperatureFitted: false,
  }
}

/** The most frequent value; ties go to the one seen first. */
function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>()
  let best: string | null = null
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1
    counts.set(v, n)
    if (best === null || n > (counts.get(best) as number)) best = v
  }
  return best
}
