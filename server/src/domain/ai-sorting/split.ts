/**
 * The held-out split: the model is trained on the older registrations and tested on the newest
 * share of them, as it will be used (on documents newer than anything it has seen). A random
 * split would let a case's later letters teach the model about its earlier ones.
 */
export function splitByTime<T extends { registeredAt: Date }>(
  rows: readonly T[],
  heldOutShare: number,
): { train: T[]; test: T[] } {
  // Stable: rows with the same time keep the order the registry gave them.
  const sorted = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.registeredAt.getTime() - b.r.registeredAt.getTime() || a.i - b.i)
    .map((x) => x.r)
  const testSize = Math.round(sorted.length * heldOutShare)
  const cut = sorted.length - testSize
  return { train: sorted.slice(0, cut), test: sorted.slice(cut) }
}
