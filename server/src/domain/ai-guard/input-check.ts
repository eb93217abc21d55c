/**
 * What the guard refuses to read: anything it cannot be sure it has read correctly is never sent.
 * Limits (documented in docs/ARCHITECTURE.md):
 * - text over MAX_TEXT_LENGTH UTF-16 code units (1,000,000: far above what a chat-completions
 *   request takes, ~500 pages of text);
 * - not a string, or not well-formed UTF-16 (a lone surrogate: broken decoding or cut bytes);
 * - a flood of control characters (binary data read as text): more than 16, or more than 1 % of
 *   the text, other than tab, line feed, carriage return and form feed (pdftotext's page break);
 *   likewise U+FFFD replacement characters (text decoded with the wrong encoding);
 * - an invisible character between two visible ones (zero-width space or joiner, soft hyphen
 *   next to a digit, bidi controls, a control character): it can hide "850101\u200b-1234" from
 *   the detectors, so it is refused rather than guessed at. A soft hyphen inside a word is
 *   ordinary hyphenation and passes.
 */
export const MAX_TEXT_LENGTH = 1_000_000

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g
const REPLACEMENT = /\ufffd/g
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+/g
const VISIBLE = /\S/u

/** A Swedish reason when the text cannot be guarded, else null. */
export function unreadable(text: unknown): string | null {
  if (typeof text !== 'string') return 'Indata är inte text och kan inte granskas.'
  if (text.length > MAX_TEXT_LENGTH)
    return `Texten är för lång för att granskas (${text.length} tecken; gränsen är ${MAX_TEXT_LENGTH}).`
  if (!(text as string & { isWellFormed(): boolean }).isWellFormed())
    return 'Texten innehåller ogiltiga tecken (trasig UTF-16) och kan inte granskas säkert.'
  const limit = Math.max(16, text.length / 100)
  if (count(text, CONTROL, limit) > limit)
    return 'Texten innehåller ett stort antal styrtecken (binärdata?) och kan inte granskas.'
  if (count(text, REPLACEMENT, limit) > limit)
    return 'Texten innehåller många ersättningstecken (fel teckenkodning) och kan inte granskas säkert.'
  if (hiddenInToken(text))
    return 'Texten innehåller osynliga tecken inne i ord eller tal; de kan dölja uppgifter och texten granskas därför inte.'
  return null
}

function count(text: string, re: RegExp, limit: number): number {
  re.lastIndex = 0
  let n = 0
  while (re.exec(text) && n <= limit) n++
  return n
}

function hiddenInToken(text: string): boolean {
  INVISIBLE.lastIndex = 0
  for (let m = INVISIBLE.exec(text); m; m = INVISIBLE.exec(text)) {
    const before = text[m.index - 1] ?? ' '
    const after = text[m.index + m[0].length] ?? ' '
    if (!VISIBLE.test(before) || !VISIBLE.test(after)) continue
    // A soft hyphen between letters is ordinary hyphenation from a word processor.
    if (m[0] === '\u00ad' && /\p{L}/u.test(before) && /\p{L}/u.test(after)) continue
    return true
  }
  return false
}
