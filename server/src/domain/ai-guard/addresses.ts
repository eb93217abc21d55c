import { digitRuns, isNonZeroDigit, matchAtRuns, type DigitRuns } from './digit-runs.js'
import { isDigit, isLetter, isSpaceSep, isUpper } from './scan.js'
import type { Finding } from './types.js'

/**
 * Street addresses ("Storgatan 12", "Östra Långgatan 3 B", "Bergsvägen 7, lgh 1102", "Box 123")
 * and postcodes followed by a town ("952 81 Kalix", "SE-392 32 KALMAR"). A rural address
 * without a street word ("Ytterbyn 112") is found in front of its postcode.
 */
// The endings of Swedish street names, tried at every letter–space–digit in the text ("…gatan 12"):
// a small letter and a space before a run of digits.
const STREET_ENDINGS =
  'gatan gata vägen väg gränd gränden stigen stig allén allé backen backe torget torg leden slingan stråket platsen esplanaden promenaden kajen strand stranden gärdet liden hagen ängen höjden udden bryggan åsen brinken kroken ringen vallen malmen bron gången tået lyckan kullen dalen viken fältet gården slänten backarna'.split(
    ' ',
  )
const ENDINGS_BY_LAST = new Map<number, string[]>()
for (const e of STREET_ENDINGS) {
  const c = e.charCodeAt(e.length - 1)
  ENDINGS_BY_LAST.set(c, [...(ENDINGS_BY_LAST.get(c) ?? []), e])
}

/** Where the street ending that ends at `wordEnd` begins, or -1 (longest ending first). */
function streetEnding(text: string, wordEnd: number): number {
  let best = -1
  for (const e of ENDINGS_BY_LAST.get(text.charCodeAt(wordEnd - 1)) ?? [])
    if (text.endsWith(e, wordEnd) && (best < 0 || wordEnd - e.length < best))
      best = wordEnd - e.length
  return best
}
const PREFIX_WORDS = new Set([
  'norra',
  'södra',
  'östra',
  'västra',
  'stora',
  'lilla',
  'gamla',
  'nya',
  'övre',
  'nedre',
  'sankt',
])
// The house number, its letter, and a flat or floor: "lgh 1102", "vån 3", "2 tr" (two flights up).
const FLOOR =
  '(?:(?:,[ \\u00a0]?|[ \\u00a0])(?:(?:lgh|lägenhet|lägenhetsnummer|vån|våning|tr)\\.?[ \\u00a0]?\\d{1,4}|\\d{1,2}[ \\u00a0]?(?:tr|trappor|trappa|vån|våningen)\\.?(?![A-Za-zÅÄÖåäö])))?'
const NUMBER_TAIL = new RegExp(`\\d{1,4}(?:[ \\u00a0]?[A-Ka-k](?![A-Za-zÅÄÖåäö]))?${FLOOR}`, 'y')
// Tried four and eight characters before each run of digits ("Box 12", "Postbox 12").
const BOX = /(?<![A-Za-zÅÄÖåäö])(?:Box|BOX|Postbox)[ \u00a0]\d{1,6}(?!\d)/y
// Tried three and two characters before each run of digits ("SE-", "S-"), then at it.
const POSTCODE =
  /(?<!\d)(?<!\d[ \u00a0])(?:SE-|S-)?[1-9]\d{2}[ \u00a0]?\d{2}(?=[ \u00a0]{1,2}[A-ZÅÄÖ][A-Za-zÅÄÖåäö]+)/y
const NOT_TOWNS = new Set([
  'kr',
  'kronor',
  'sek',
  'mkr',
  'tkr',
  'mnkr',
  'st',
  'ex',
  'ton',
  'kvm',
  'ha',
  'procent',
])
// Before a postcode, after a comma or on the line above it ("Hamnbron 30\n259 52 TÖRE").
const RURAL = new RegExp(
  `(?:[A-ZÅÄÖ][a-zåäöé]+[ \\u00a0]){0,2}[A-ZÅÄÖ][a-zåäöé]+[ \\u00a0]\\d{1,4}(?:[ \\u00a0]?[A-Ka-k])?${FLOOR}(?:,[ \\u00a0]?|[ \\u00a0]*\\r?\\n[ \\u00a0]*)$`,
)

export function findAddresses(text: string, runs: DigitRuns = digitRuns(text)): Finding[] {
  const out: Finding[] = []
  let resume = 0
  for (let k = 0; k < runs.length; k += 2) {
    const numberAt = runs[k]!
    if (numberAt - 2 < resume || !isSmallLetter(text.charCodeAt(numberAt - 2))) continue
    if (!isSpaceSep(text.charCodeAt(numberAt - 1)) || text.charCodeAt(numberAt - 1) > 0xa0) continue
    const endingAt = streetEnding(text, numberAt - 1)
    if (endingAt < 0) continue
    // Back to the start of the capitalised street name, with "Östra", "Lilla" … before it.
    let s = endingAt
    while (s > 0 && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 45)) s--
    if (!isUpper(text.charCodeAt(s))) continue
    const w = prevWord(text, s)
    if (w && PREFIX_WORDS.has(w.word.toLowerCase()) && isUpper(text.charCodeAt(w.start)))
      s = w.start
    NUMBER_TAIL.lastIndex = numberAt
    const tail = NUMBER_TAIL.exec(text)
    if (!tail) continue
    const end = numberAt + tail[0].length
    if (isDigit(text.charCodeAt(end))) continue
    out.push({ type: 'address', start: s, end, value: text.slice(s, end), reason: 'Gatuadress.' })
    resume = end
  }
  matchAtRuns(
    text,
    runs,
    BOX,
    [-8, -4],
    (c) => c === 66 || c === 80 /* B, P */,
    (m) => {
      const end = m.index + m[0].length
      out.push({ type: 'address', start: m.index, end, value: m[0], reason: 'Postadress (box).' })
      return end
    },
  )
  return out
}

/** a–z, å, ä, é, ö: the last letter of a street name before its number. */
function isSmallLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 0xe5 || c === 0xe4 || c === 0xe9 || c === 0xf6
}

function prevWord(text: string, pos: number): { word: string; start: number } | null {
  let i = pos - 1
  if (i < 0 || !isSpaceSep(text.charCodeAt(i))) return null
  const end = i
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--
  return i < end ? { word: text.slice(i, end), start: i } : null
}

/** Postcodes before a town, and a rural address right before such a postcode. */
export function findPostcodes(text: string, runs: DigitRuns = digitRuns(text)): Finding[] {
  const out: Finding[] = []
  matchAtRuns(
    text,
    runs,
    POSTCODE,
    [-3, -2, 0],
    (c) => c === 83 /* S */ || isNonZeroDigit(c),
    (m) => {
      postcodeAt(text, m, out)
      return m.index + m[0].length
    },
  )
  return out
}

/** A postcode candidate before a town, and a rural address right before it. */
function postcodeAt(text: string, m: RegExpExecArray, out: Finding[]) {
  const end = m.index + m[0].length
  const town = /^[ \u00a0]{1,2}([A-Za-zÅÄÖåäö]+)/.exec(text.slice(end, end + 40))
  if (!town || NOT_TOWNS.has(town[1]!.toLowerCase())) return
  out.push({
    type: 'postcode',
    start: m.index,
    end,
    value: m[0],
    reason: 'Postnummer följt av ort.',
  })
  const before = text.slice(Math.max(0, m.index - 60), m.index)
  const rural = RURAL.exec(before)
  if (rural) {
    const value = rural[0].replace(/(?:,[ \u00a0]?|[ \u00a0]*\r?\n[ \u00a0]*)$/, '')
    const start = m.index - before.length + rural.index
    out.push({
      type: 'address',
      start,
      end: start + value.length,
      value,
      reason: 'Adress före postnummer.',
    })
  }
}
