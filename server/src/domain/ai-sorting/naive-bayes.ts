import type { FeatureBag } from './features.js'

/**
 * Multinomial naive Bayes over weighted features (McCallum & Nigam 1998), with Laplace/Lidstone
 * smoothing. Chosen because it trains in one pass over the registry (no iterations, so retraining
 * on demand takes seconds even at 20,000 registrations), scores a document in time proportional to
 * its features' postings rather than to features × classes (the case target has thousands of
 * classes), and its counts are easy to store and to explain.
 */
export interface NbModel {
  labels: string[]
  /** examples per class */
  classDocs: number[]
  /** sum of feature weights per class */
  classMass: number[]
  /** distinct features seen in training */
  vocabulary: number
  alpha: number
  /** divides the log scores before the softmax; fitted on the held-out registrations */
  temperature: number
  /** feature → [classIndex, weight, classIndex, weight, …] */
  postings: Map<string, number[]>
}

export interface Example {
  bag: FeatureBag
  label: string
  /** added to each class's log score: what is known besides the features (recency.ts) */
  shift?: Float64Array
}

export interface Ranked {
  label: string
  confidence: number
}

/** Counts the examples into a model. Labels are ordered by first appearance (deterministic). */
export function trainNb(examples: readonly Example[], alpha: number): NbModel {
  const index = new Map<string, number>()
  const classDocs: number[] = []
  const classMass: number[] = []
  const counts = new Map<string, Map<number, number>>()
  for (const e of examples) {
    let c = index.get(e.label)
    if (c === undefined) {
      c = index.size
      index.set(e.label, c)
      classDocs.push(0)
      classMass.push(0)
    }
    classDocs[c] = (classDocs[c] as number) + 1
    for (const [feature, weight] of e.bag) {
      classMass[c] = (classMass[c] as number) + weight
      let perClass = counts.get(feature)
      if (!perClass) counts.set(feature, (perClass = new Map()))
      perClass.set(c, (perClass.get(c) ?? 0) + weight)
    }
  }
  const postings = new Map<string, number[]>()
  for (const [feature, perClass] of counts) {
    const flat: number[] = []
    for (const [c, w] of perClass) flat.push(c, w)
    postings.set(feature, flat)
  }
  return {
    labels: [...index.keys()],
    classDocs,
    classMass,
    vocabulary: counts.size,
    alpha,
    temperature: 1,
    postings,
  }
}

/** Log P(class) + log P(features | class) (+ `shift`) for every class, unnormalised. */
export function scoreNb(m: NbModel, bag: FeatureBag, shift?: Float64Array): Float64Array {
  const n = m.labels.length
  const total = m.classDocs.reduce((a, b) => a + b, 0)
  let mass = 0
  for (const [feature, weight] of bag) if (m.postings.has(feature)) mass += weight
  const logAlpha = Math.log(m.alpha)
  const scores = new Float64Array(n)
  for (let c = 0; c < n; c++) {
    const prior = Math.log(((m.classDocs[c] as number) + 1) / (total + n))
    const denominator = Math.log((m.classMass[c] as number) + m.alpha * m.vocabulary)
    // Every known feature as if unseen in the class; the postings below correct the seen ones.
    scores[c] = prior + mass * (logAlpha - denominator) + (shift?.[c] ?? 0)
  }
  for (const [feature, weight] of bag) {
    const flat = m.postings.get(feature)
    if (!flat) continue
    for (let i = 0; i < flat.length; i += 2) {
      const c = flat[i] as number
      scores[c] =
        (scores[c] as number) + weight * (Math.log((flat[i + 1] as number) + m.alpha) - logAlpha)
    }
  }
  return scores
}

/** The softmax of scores / temperature (log-sum-exp, so large scores do not overflow). */
export function probabilities(scores: Float64Array, temperature: number): Float64Array {
  let max = -Infinity
  for (const s of scores) if (s > max) max = s
  const out = new Float64Array(scores.length)
  let sum = 0
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp(((scores[i] as number) - max) / temperature)
    out[i] = e
    sum += e
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / sum
  return out
}

/**
 * The `k` most likely classes, most likely first, among those `allowed` accepts (a closed case or
 * a user who has left is never suggested). Ties go to the class seen first.
 */
export function rankNb(
  m: NbModel,
  bag: FeatureBag,
  k: number,
  allowed: (label: string) => boolean = () => true,
  shift?: Float64Array,
): Ranked[] {
  if (m.labels.length === 0) return []
  const p = probabilities(scoreNb(m, bag, shift), m.temperature)
  // A scan that keeps the best k: the case target has thousands of classes, a sort would dominate.
  const best: number[] = []
  for (let c = 0; c < p.length; c++) {
    const pc = p[c] as number
    if (best.length === k && pc <= (p[best[k - 1] as number] as number)) continue
    if (!allowed(m.labels[c] as string)) continue
    let i = best.length
    while (i > 0 && (p[best[i - 1] as number] as number) < pc) i--
    best.splice(i, 0, c)
    if (best.length > k) best.pop()
  }
  return best.map((c) => ({ label: m.labels[c] as string, confidence: p[c] as number }))
}
