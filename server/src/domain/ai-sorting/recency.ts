/**
 * Documents arrive in cases that are alive: a letter is far more likely to belong to a case that
 * had a registration last week than to one idle for two years, whatever their words. For the case
 * target each class's prior is weighted by 1 / (1 + idle days / IDLE_DAYS), a shift of its log score.
 */
export const IDLE_DAYS = 60
const DAY = 86_400_000

/** The log-score shift of each case in `labels` at time `at` (ms), from its last registration. */
export function recencyShift(
  labels: readonly string[],
  lastActivity: ReadonlyMap<string, number>,
  at: number,
): Float64Array {
  const out = new Float64Array(labels.length)
  labels.forEach((label, i) => {
    const last = lastActivity.get(label)
    const idle = last === undefined ? 365 : Math.max(0, (at - last) / DAY)
    out[i] = -Math.log(1 + idle / IDLE_DAYS)
  })
  return out
}
