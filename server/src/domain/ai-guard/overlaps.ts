import type { Finding, FindingType } from './types.js'

/** Which type names a span when two detectors claim overlapping text (the stricter wins). */
const PRIORITY: Partial<Record<FindingType, number>> = {
  personnummer: 10,
  samordningsnummer: 10,
  iban: 9,
  bankAccount: 8,
  bankgiro: 8,
  plusgiro: 8,
  email: 7,
  phone: 6,
  vehicle: 5,
  address: 4,
  postcode: 4,
  name: 3,
}

/**
 * One finding per stretch of text: overlapping candidates are merged into their union (so no
 * character of either is left unmasked) under the type of the strictest of them.
 */
export function resolveOverlaps(text: string, candidates: Finding[]): Finding[] {
  if (candidates.length < 2) return candidates
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Finding[] = []
  let cur = sorted[0]!
  let best = cur
  let end = cur.end
  const flush = () => {
    out.push(
      cur.start === best.start && end === best.end
        ? best
        : { ...best, start: cur.start, end, value: text.slice(cur.start, end) },
    )
  }
  for (let i = 1; i < sorted.length; i++) {
    const f = sorted[i]!
    if (f.start < end) {
      const better =
        (PRIORITY[f.type] ?? 0) > (PRIORITY[best.type] ?? 0) ||
        ((PRIORITY[f.type] ?? 0) === (PRIORITY[best.type] ?? 0) &&
          f.end - f.start > best.end - best.start)
      if (better) best = f
      end = Math.max(end, f.end)
      continue
    }
    flush()
    cur = f
    best = f
    end = f.end
  }
  flush()
  return out
}
