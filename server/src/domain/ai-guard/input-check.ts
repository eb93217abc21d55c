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

// Every character the checks below count or look at, in one pattern: ordinary text holds none
// of them, so the text is scanned once instead of once per check.
const ODD =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffd]+/g
const VISIBLE = /\S/u

/** A Swedish reason when the text cannot be guarded, else null. */
export function unreadable(text: unknown): string | null {
  if (typeof text !== 'string') return 'Indata är inte text och kan inte granskas.'
  if (text.length > MAX_TEXT_LENGTH)
    return `Texten är för lång för att granskas (${text.length} tecken; gränsen är ${MAX_TEXT_LENGTH}).`
  if (!(text as string & { isWellFormed(): boolean }).isWellFormed())
    return 'Texten innehåller ogiltiga tecken (trasig UTF-16) och kan inte granskas säkert.'
  const odd = scanOdd(text)
  const limit = Math.max(16, text.length / 100)
  if (odd.controls > limit)
    return 'Texten innehåller ett stort antal styrtecken (binärdata?) och kan inte granskas.'
  if (odd.replacements > limit)
    return 'Texten innehåller många ersättningstecken (fel teckenkodning) och kan inte granskas säkert.'
  if (odd.hidden)
    return 'Texten innehåller osynliga tecken inne i ord eller tal; de kan dölja uppgifter och texten granskas därför inte.'
  return null
}

function isControl(c: number): boolean {
  return c <= 0x9f
}

/**
 * Control and replacement characters counted, and whether a run of invisible characters
 * (controls included, replacement characters not) stands between two visible ones.
 */
function scanOdd(text: string): { controls: number; replacements: number; hidden: boolean } {
  let controls = 0
  let replacements = 0
  let hidden = false
  ODD.lastIndex = 0
  for (let m = ODD.exec(text); m; m = ODD.exec(text)) {
    const end = m.index + m[0].length
    let run = -1
    for (let i = m.index; i <= end; i++) {
      const c = i < end ? text.charCodeAt(i) : -1
      if (c === 0xfffd) replacements++
      else if (c >= 0 && isControl(c)) controls++
      const invisible = c >= 0 && c !== 0xfffd
      if (invisible && run < 0) run = i
      if (!invisible && run >= 0) {
        if (!hidden) hidden = hiddenBetween(text, run, i)
        run = -1
      }
    }
  }
  return { controls, replacements, hidden }
}

/** The invisible characters text[from, to) stand between two visible ones, inside a token. */
function hiddenBetween(text: string, from: number, to: number): boolean {
  const before = text[from - 1] ?? ' '
  const after = text[to] ?? ' '
  if (!VISIBLE.test(before) || !VISIBLE.test(after)) return false
  // A soft hyphen between letters is ordinary hyphenation from a word processor.
  if (
    to - from === 1 &&
    text.charCodeAt(from) === 0xad &&
    /\p{L}/u.test(before) &&
    /\p{L}/u.test(after)
  )
    return false
  return true
}
