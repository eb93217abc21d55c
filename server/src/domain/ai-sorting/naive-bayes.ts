import type { FeatureBag } from './features.js'

/**
 * Multinomial naive Bayes over weighted features (McCallum & Nigam 1998). Chosen because it trains in one pass over the registry (no iterations, so retraining
 * on demand takes seconds even at 20,000 registrations), scores a document in time proportional to
 * its features' postings rather than to features × classes (the case target has thousands of
 * classes), and its counts are easy to store and to explain.
 *
 * Smoothing: Lidstone (add `alpha` to every count) suits targets with few classes and many
 * examples each (series, committee, officer). A case has only a handful of documents, and with
 * Lidstone the case whose few letters happen to share the most topic words ("bygglov",
 * "ansökan") beats the case a letter quotes by number. For such classes `mu` > 0 smooths each
 * class toward the whole registry instead (Dirichlet smoothing, as in query-likelihood retrieval,
 * Zhai & Lafferty 2001): a word every bygglov case has then tells little, a Dnr or a property
 * designation seen in one case tells a lot.
 */
export interface NbModel {
  labels: string[]
  /** examples per class */
  classDocs: number[]
  /** sum of feature weights per class */
  classMass: number[]
  /** distinct features seen in training */
  vocabulary: number
  /** Lidstone smoothing, used when `mu` is 0 */
  alpha: number
  /** Dirichlet smoothing toward the collection, when > 0 */
  mu: number
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
export function trainNb(
  examples: readonly Example[],
  smoothing: { alpha: number; mu?: number },
): NbModel {
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
    alpha: smoothing.alpha,
    mu: smoothing.mu ?? 0,
    temperature: 1,
    postings,
  }
}

/** Each feature's share of all feature weight in training: the collection model of `mu`. */
const collections = new WeakMap<NbModel, { mass: Map<string, number>; total: number }>()
function collection(m: NbModel) {
  let c = collections.get(m)
  if (!c) {
    const mass = new Map<string, number>()
    for (const [feature, flat] of m.postings) {
      let w = 0
      for (let i = 1; i < flat.length; i += 2) w += flat[i] as number
      mass.set(feature, w)
    }
    c = { mass, total: m.classMass.reduce((a, b) => a + b, 0) }
    collections.set(m, c)
  }
  return c
}

/**
 * Per class: the log prior, and the log probability of a known feature unseen in the class
 * (Lidstone: alpha / (M + alpha V); Dirichlet: mu p / (M + mu), whose mu p is the same for every
 * class and left out). Computed once per model: scoring runs thousands of times in training.
 */
const constants = new WeakMap<NbModel, { prior: Float64Array; unseen: Float64Array }>()
function classConstants(m: NbModel) {
  let k = constants.get(m)
  if (!k) {
    const n = m.labels.length
    const total = m.classDocs.reduce((a, b) => a + b, 0)
    const prior = new Float64Array(n)
    const unseen = new Float64Array(n)
    const logAlpha = Math.log(m.alpha)
    for (let c = 0; c < n; c++) {
      prior[c] = Math.log(((m.classDocs[c] as number) + 1) / (total + n))
      const classMass = m.classMass[c] as number
      unseen[c] =
        m.mu > 0
          ? -Math.log(classMass + m.mu)
          : logAlpha - Math.log(classMass + m.alpha * m.vocabulary)
    }
    constants.set(m, (k = { prior, unseen }))
  }
  return k
}

/**
 * Log P(class) + log P(features | class) (+ `shift`) for every class, up to a constant that is
 * the same for every class (so rankings and probabilities are exact).
 */
export function scoreNb(m: NbModel, bag: FeatureBag, shift?: Float64Array): Float64Array {
  const n = m.labels.length
  let mass = 0
  for (const [feature, weight] of bag) if (m.postings.has(feature)) mass += weight
  const { prior, unseen } = classConstants(m)
  const scores = new Float64Array(n)
  for (let c = 0; c < n; c++)
    scores[c] = (prior[c] as number) + mass * (unseen[c] as number) + (shift?.[c] ?? 0)
  const dirichlet = m.mu > 0
  const coll = dirichlet ? collection(m) : null
  for (const [feature, weight] of bag) {
    const flat = m.postings.get(feature)
    if (!flat) continue
    const base = coll ? (m.mu * (coll.mass.get(feature) as number)) / coll.total : m.alpha
    const logBase = Math.log(base)
    for (let i = 0; i < flat.length; i += 2) {
      const c = flat[i] as number
      scores[c] =
        (scores[c] as number) + weight * (Math.log((flat[i + 1] as number) + base) - logBase)
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
