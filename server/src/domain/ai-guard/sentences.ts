/**
 * Where sentences begin and end in a text, found in one pass so that the window around every
 * person finding (sensitive.ts) is a binary search instead of a walk of up to 600 characters.
 *
 * A sentence ends after ".", "!" or "?" followed by white space (or the end of the text), and
 * at a blank line; pdftotext breaks lines inside sentences, so a single line break does not end
 * one. No sentence is taken to be longer than MAX_SENTENCE characters either way.
 */
export const MAX_SENTENCE = 300

function isWhite(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

// The characters that can end a sentence; the regular expression skips the rest fast.
const CANDIDATE = /[.!?]|\n(?=\n)/g

export class Sentences {
  /** scan positions where a sentence starts after them, and the start they give */
  private readonly startAt: number[] = []
  private readonly startOf: number[] = []
  /** scan positions where a sentence ends, and the end they give */
  private readonly endAt: number[] = []
  private readonly endOf: number[] = []

  constructor(private readonly text: string) {
    const n = text.length
    CANDIDATE.lastIndex = 0
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const i = m.index
      if (text.charCodeAt(i) !== 10) {
        if (i + 1 >= n || isWhite(text.charCodeAt(i + 1))) {
          this.startAt.push(i)
          this.startOf.push(i + 1)
          this.endAt.push(i)
          this.endOf.push(i + 1)
        }
      } else {
        this.endAt.push(i)
        this.endOf.push(i)
        this.startAt.push(i + 1)
        this.startOf.push(i + 2)
      }
      CANDIDATE.lastIndex = i + 1
    }
  }

  /** The start of the sentence holding `pos`. */
  start(pos: number): number {
    const limit = Math.max(0, pos - MAX_SENTENCE)
    // The last scan position in [limit, pos - 1].
    const k = lastAtMost(this.startAt, pos - 1)
    return k >= 0 && this.startAt[k]! >= limit ? this.startOf[k]! : limit
  }

  /** The end of the sentence holding `pos`. */
  end(pos: number): number {
    const limit = Math.min(this.text.length, pos + MAX_SENTENCE)
    // The first scan position in [pos, limit).
    const k = lastAtMost(this.endAt, pos - 1) + 1
    return k < this.endAt.length && this.endAt[k]! < limit ? this.endOf[k]! : limit
  }
}

/** The index of the last element ≤ x in a sorted array, or -1. */
function lastAtMost(a: number[], x: number): number {
  let lo = 0
  let hi = a.length - 1
  let best = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (a[mid]! <= x) {
      best = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return best
}
