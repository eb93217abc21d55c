/**
 * The runs of digits in a text, found once for every detector that needs a digit (identity,
 * phone, account, giro, IBAN, vehicle, postcode and house numbers). Each of those patterns
 * starts at the first digit of a run or a few characters before it ("+46", "SE-", "ABC ",
 * "Box "), so a detector tries its pattern, anchored (sticky), at the runs only: one scan of the
 * text for all of them instead of one each. Flat pairs: start, end (exclusive), in text order.
 */
export type DigitRuns = readonly number[]

const RUN = /\d+/g

/** A–Z: the first character of a country code, a registration number. */
export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90
}

/** 1–9. */
export function isNonZeroDigit(c: number): boolean {
  return c >= 49 && c <= 57
}

export function digitRuns(text: string): DigitRuns {
  const out: number[] = []
  RUN.lastIndex = 0
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) out.push(m.index, m.index + m[0].length)
  return out
}

/**
 * Tries `re` (sticky) at each run's start plus each of `offsets` in turn ([-3, 0]: three
 * characters before the run, then at it), in text order, and calls `found` with the first match
 * per run. As a global search resumes after a match, a candidate before where the previous match
 * said to resume (what `found` returns: the match end, or less) is skipped. `first` says which
 * characters the pattern can start with: most candidates end there, without running the pattern.
 */
export function matchAtRuns(
  text: string,
  runs: DigitRuns,
  re: RegExp,
  offsets: readonly number[],
  first: (c: number) => boolean,
  found: (m: RegExpExecArray) => number,
): void {
  let resume = 0
  for (let k = 0; k < runs.length; k += 2) {
    for (const offset of offsets) {
      const p = runs[k]! + offset
      if (p < resume || p < 0 || !first(text.charCodeAt(p))) continue
      re.lastIndex = p
      const m = re.exec(text)
      if (!m) continue
      resume = found(m)
      break
    }
  }
}
