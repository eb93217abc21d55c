import { luhnValid } from './checksums.js'
import { digitRuns, matchAtRuns, type DigitRuns } from './digit-runs.js'
import { isDigit } from './scan.js'
import type { Finding } from './types.js'

/**
 * Personnummer and samordningsnummer (Folkbokföringslagen 18 § and 18 a §; SKV 704): YYMMDD or
 * YYYYMMDD, a separator (`-`, `+` from the year the holder turns 100, or none), a three-digit
 * serial number and a Luhn check digit over the ten digits. A samordningsnummer has the day of
 * birth plus 60. Organisationsnummer never match: their "month" is 20 or more.
 *
 * Written here rather than through the `personnummer` package because the guard also needs to
 * tell a valid date with a wrong check digit (a mistyped personnummer) from anything else, and
 * it scans whole texts: the candidates come from one regular expression, tried at the start of
 * each run of digits.
 */
const SEP = '(?:[ \\u00a0]?[-+\\u2010\\u2011\\u2013\\u2212][ \\u00a0]?|[ \\u00a0])?'
const CANDIDATE = new RegExp(
  `(?<!\\d)(1[89]|20)?(\\d{2})(\\d{2})(\\d{2})(${SEP})(\\d{4})(?!\\d)`,
  'y',
)

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function dateValid(century: string | undefined, yy: number, mm: number, dd: number): boolean {
  if (mm < 1 || mm > 12 || dd < 1) return false
  if (dd > DAYS[mm - 1]!) return false
  if (mm === 2 && dd === 29) {
    // Without the century 00 may be 2000 (leap) or 1900 (not): accept, the check digit decides.
    if (!century) return yy % 4 === 0
    const y = Number(century) * 100 + yy
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  }
  return true
}

/** Every personnummer and samordningsnummer in the text, and the mistyped-looking ones. */
export function findPersonnummer(text: string, runs: DigitRuns = digitRuns(text)): Finding[] {
  const out: Finding[] = []
  matchAtRuns(text, runs, CANDIDATE, [0], isDigit, (m) => {
    judge(m, out)
    return m.index + m[0].length
  })
  return out
}

/** A candidate: a valid date, then a valid check digit or a written separator. */
function judge(m: RegExpExecArray, out: Finding[]) {
  const [value, century, yy, mm, dd, sep, tail] = m as unknown as string[]
  const day = Number(dd)
  const coordination = day > 60
  if (!dateValid(century, Number(yy), Number(mm), coordination ? day - 60 : day)) return
  const digits = `${yy}${mm}${dd}${tail}`
  const type = coordination ? 'samordningsnummer' : 'personnummer'
  const label = coordination ? 'Samordningsnummer' : 'Personnummer'
  const start = m.index
  if (luhnValid(digits)) {
    out.push({
      type,
      start,
      end: start + value!.length,
      value: value!,
      reason: coordination
        ? 'Samordningsnummer: giltigt datum (dag + 60) och kontrollsiffra.'
        : 'Personnummer: giltigt datum och kontrollsiffra.',
    })
  } else if (/[-+\u2010\u2011\u2013\u2212]/.test(sep!)) {
    // A valid date, a written separator and a wrong check digit: most likely a personnummer
    // with a typo. Bare digit runs with a wrong check digit are left alone (order numbers,
    // invoice numbers), since nothing marks them as identity numbers.
    out.push({
      type,
      start,
      end: start + value!.length,
      value: value!,
      suspected: true,
      reason: `${label} med giltigt datum men fel kontrollsiffra (troligen felskrivet); maskeras ändå.`,
    })
  }
}
