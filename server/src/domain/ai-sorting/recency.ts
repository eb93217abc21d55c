/**
 * Documents arrive in cases that are alive: a letter is far more likely to belong to a case that
 * had a registration last week than to one idle for two years, whatever their words. For the case
 * target each class's prior is weighted by 1 / (1 + idle days / IDLE_DAYS), a shift of its log score.
 */
export const IDLE_DAYS = 60
/** A case with no known registration counts as idle this long. */
const UNKNOWN_IDLE_DAYS = 365
const DAY = 86_400_000

/** Each label's latest registration (ms), NaN when unknown: aligned with the model's labels. */
export function activityByLabel(
  labels: readonly string[],
  lastActivity: ReadonlyMap<string, number>,
): Float64Array {
  const out = new Float64Array(labels.length)
  labels.forEach((label, i) => {
    out[i] = lastActivity.get(label) ?? Number.NaN
  })
  return out
}

/** The log-score shift of each label at time `at` (ms), from its latest registration. */
export function recencyShift(activity: Float64Array, at: number): Float64Array {
  const out = new Float64Array(activity.length)
  for (let i = 0; i < activity.length; i++) {
    const last = activity[i] as number
    const idle = Number.isNaN(last) ? UNKNOWN_IDLE_DAYS : Math.max(0, (at - last) / DAY)
    out[i] = -Math.log1p(idle / IDLE_DAYS)
  }
  return out
}
