import { probabilities, scoreNb, type Example, type NbModel } from './naive-bayes.js'

/**
 * Under this many held-out answers a fitted temperature is noise; the default is what the
 * synthetic registry of the quality test (400–2,000 registrations) settles on, 8–11.
 */
const MIN_FIT = 20
const MAX_FIT = 300
export const DEFAULT_TEMPERATURE = 8

/** Temperatures tried: 0.25 … 256, each a factor √2 from the next. */
const GRID = Array.from({ length: 21 }, (_, i) => 2 ** ((i - 4) / 2))

/**
 * Temperature scaling (Guo et al. 2017): naive Bayes multiplies many word probabilities and is
 * far too sure of itself; dividing its log scores by the temperature that best predicts the
 * held-out registrations (least log loss) makes "70 %" mean roughly seven in ten. The ranking,
 * and so the accuracy, does not change.
 */
export function fitTemperature(
  m: NbModel,
  heldOut: readonly Example[],
): { temperature: number; fitted: boolean } {
  const index = new Map(m.labels.map((l, i) => [l, i]))
  // Every softmax runs over all classes (thousands of cases): fit on an even sample at most.
  const step = Math.max(1, Math.ceil(heldOut.length / MAX_FIT))
  const sample = heldOut.filter((_, i) => i % step === 0)
  const scored = sample.flatMap((e) => {
    const c = index.get(e.label)
    return c === undefined ? [] : [{ scores: scoreNb(m, e.bag, e.shift), c }]
  })
  if (scored.length < MIN_FIT) return { temperature: DEFAULT_TEMPERATURE, fitted: false }
  let best = 1
  let bestLoss = Infinity
  for (const t of GRID) {
    let loss = 0
    for (const s of scored)
      loss -= Math.log(Math.max(probabilities(s.scores, t)[s.c] as number, 1e-12))
    if (loss < bestLoss - 1e-9) {
      bestLoss = loss
      best = t
    }
  }
  return { temperature: best, fitted: true }
}
