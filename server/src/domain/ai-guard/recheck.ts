/**
 * The second look at a masked text, limited to where masking can have changed what a detector
 * sees. Every detector decides from the text within REACH characters of what it finds (the
 * farthest are the name rules: 80 characters past a name for a party tag, an identity number or
 * an e-mail address made of the name, 60 back for a title earlier in the clause; a reference
 * keyword 24 before a phone number, a rural address 60 before its postcode). Farther than REACH
 * from every placeholder a finding reads the same text as in the first look, which found and
 * masked it; so whatever a second look at the whole text would find lies within REACH of a
 * placeholder. Each window is read with REACH more text on either side, so that what is found
 * near its edge is judged with all its context, and only findings within REACH of a placeholder
 * count. A whole second pass cost a fifth of the guard's time.
 */
export const REACH = 120

/** Room for a window to grow to the next white space, so that no word is cut in two. */
const SNAP = 40

export interface RecheckWindow {
  /** what the detectors read: [from, to) of the masked text */
  from: number
  to: number
  /** where a finding counts, relative to `from` */
  coreFrom: number
  coreTo: number
}

/** The windows around the placeholders at `spans` (start, end pairs in order), merged. */
export function recheckWindows(text: string, spans: number[]): RecheckWindow[] {
  const out: RecheckWindow[] = []
  for (let k = 0; k < spans.length; k += 2) {
    const coreFrom = Math.max(0, spans[k]! - REACH)
    const coreTo = Math.min(text.length, spans[k + 1]! + REACH)
    const from = snapBack(text, Math.max(0, coreFrom - REACH))
    const to = snapForward(text, Math.min(text.length, coreTo + REACH))
    const last = out[out.length - 1]
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to)
      last.coreTo = Math.max(last.coreTo, coreTo - last.from)
    } else out.push({ from, to, coreFrom: coreFrom - from, coreTo: coreTo - from })
  }
  return out
}

/**
 * Whether `find` (a detector over a text) finds anything in the masked text that a look at all
 * of it would: each window's text with its placeholders blanked out, findings in its core.
 */
export function recheckFinds(
  text: string,
  spans: number[],
  find: (window: string) => Array<{ start: number; end: number }>,
): boolean {
  let k = 0
  for (const w of recheckWindows(text, spans)) {
    // The window's text with each placeholder blanked out by "#" (not spaces: a title before a
    // placeholder must not become the context of the word after it).
    const parts: string[] = []
    let at = w.from
    while (k < spans.length && spans[k + 1]! <= w.to) {
      parts.push(text.slice(at, spans[k]), '#'.repeat(spans[k + 1]! - spans[k]!))
      at = spans[k + 1]!
      k += 2
    }
    parts.push(text.slice(at, w.to))
    if (find(parts.join('')).some((f) => f.end > w.coreFrom && f.start < w.coreTo)) return true
  }
  return false
}

function isWhite(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0
}

function snapBack(text: string, pos: number): number {
  const limit = Math.max(0, pos - SNAP)
  let i = pos
  while (i > limit && !isWhite(text.charCodeAt(i - 1))) i--
  return i
}

function snapForward(text: string, pos: number): number {
  const limit = Math.min(text.length, pos + SNAP)
  let i = pos
  while (i < limit && !isWhite(text.charCodeAt(i))) i++
  return i
}
