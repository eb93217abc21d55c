import { ibanValid, luhnValid } from './checksums.js'
import {
  digitRuns,
  isAsciiUpper,
  isNonZeroDigit,
  matchAtRuns,
  type DigitRuns,
} from './digit-runs.js'
import { keywordHints, type KeywordHints } from './keyword-hints.js'
import type { Finding } from './types.js'

/**
 * Payment identifiers: IBAN (ISO 13616, mod 97), bankgiro and plusgiro (Luhn), Swedish bank
 * accounts (clearing number and account). Giro numbers need their keyword: "5050-1055" alone is
 * as likely a year range or a case number as a bankgiro.
 */
// Tried two characters before each run of digits (the country code).
const IBAN_CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){11,32}/y
const IBAN_LENGTH: Record<string, number> = {
  SE: 24,
  NO: 15,
  DK: 18,
  FI: 18,
  DE: 22,
  GB: 22,
  FR: 27,
  ES: 24,
  NL: 18,
  PL: 28,
  EE: 20,
  LV: 21,
  LT: 20,
  IS: 26,
  BE: 16,
  AT: 20,
  CH: 21,
  IT: 27,
  IE: 22,
  PT: 25,
}

function findIbans(text: string, runs: DigitRuns, out: Finding[]) {
  matchAtRuns(text, runs, IBAN_CANDIDATE, [-2], isAsciiUpper, (m) => {
    const raw = m[0]
    const country = raw.slice(0, 2)
    // Walk the candidate's characters to the one the country's length (or mod 97) ends at.
    const ends: number[] = []
    let n = 0
    for (let i = 0; i < raw.length; i++)
      if (raw[i] !== ' ' && raw[i] !== '\u00a0') ends[++n] = i + 1
    const want = IBAN_LENGTH[country]
    const lengths = want ? [want] : Array.from({ length: n - 14 }, (_, k) => n - k)
    for (const len of lengths) {
      if (len > n) continue
      const value = raw.slice(0, ends[len])
      const compact = value.replace(/[ \u00a0]/g, '')
      const end = m.index + value.length
      if (/[A-Za-z0-9]/.test(text[end] ?? ' ')) continue
      const ok = ibanValid(compact)
      if (ok || (country === 'SE' && /^SE\d{22}$/.test(compact))) {
        out.push({
          type: 'iban',
          start: m.index,
          end,
          value,
          reason: ok
            ? 'IBAN (kontrollsiffror stämmer).'
            : 'IBAN med fel kontrollsiffror; maskeras ändå.',
          ...(ok ? {} : { suspected: true }),
        })
        return end
      }
    }
    return m.index + 2
  })
}

// Tried at the start of each word a giro word stands in (keyword-hints.ts).
const GIRO =
  /(?<![A-Za-zÅÄÖåäö])(bankgiro(?:nummer|t|nr)?|bg(?:-nr|\.?[ \u00a0]?nr)?|plusgiro(?:nummer|t|nr)?|postgiro(?:nummer|t|nr)?|pg(?:-nr|\.?[ \u00a0]?nr)?)\.?[:\s]{0,3}(?:nr\.?[ \u00a0]?)?(\d{1,4}(?:[ \u00a0]?\d{2}){0,3}[-–]?\d{1,4}|\d{7,8})(?![\d-])/iy

function findGiros(text: string, hints: number[], out: Finding[]) {
  let resume = 0
  for (const ws of hints) {
    if (ws < resume) continue
    GIRO.lastIndex = ws
    const m = GIRO.exec(text)
    if (!m) continue
    resume = m.index + m[0].length
    const keyword = m[1]!.toLowerCase()
    const value = m[2]!
    const digits = value.replace(/\D/g, '')
    const bank = keyword.startsWith('b')
    if (bank ? digits.length < 7 || digits.length > 8 : digits.length < 2 || digits.length > 8)
      continue
    const start = m.index + m[0].length - value.length
    const ok = luhnValid(digits)
    out.push({
      type: bank ? 'bankgiro' : 'plusgiro',
      start,
      end: start + value.length,
      value,
      reason: `${bank ? 'Bankgironummer' : 'Plusgironummer'}${ok ? '' : ' (kontrollsiffran stämmer inte; maskeras ändå)'}.`,
      ...(ok ? {} : { suspected: true }),
    })
  }
}

// Tried only where a keyword stands, at the start of its word.
const ACCOUNT_KEYWORD =
  /(?:bankkonto(?:nummer|t|nr)?|(?:bank)?kontonummer|kontonr|konto(?:t|nr)?|clearingnummer|clearingnr|clearing|clnr|personkonto|lönekonto|sparkonto)(?![a-zåäö])[^\d\n]{0,30}?(\d{4,5}(?:-\d)?,[ \u00a0]?\d[\d \u00a0.–-]{4,18}\d|\d[\d \u00a0.–-]{5,22}\d)(?![\d])(?![ \u00a0]?(?:kr|kronor|sek|mkr|tkr|mnkr|%|procent)(?![a-zåäö]))/iy
// Without a keyword: a clearing number with a dash and the account (7–10 digits, maybe grouped).
// Tried at each run of digits.
const ACCOUNT_BARE =
  /(?<![\d/–-])[1-9]\d{3}(?:-\d)?[-–][ \u00a0]?\d{2,4}(?:[ \u00a0]?\d{2,4}){1,3}(?:-\d)?(?![\d-])/y

function findAccounts(text: string, hints: number[], runs: DigitRuns, out: Finding[]) {
  let lastEnd = -1
  for (let k = 0; k < hints.length; k += 2) {
    const ws = hints[k + 1]!
    // A hint inside the last match is part of it.
    if (hints[k]! < lastEnd || ws < lastEnd) continue
    ACCOUNT_KEYWORD.lastIndex = ws
    const m = ACCOUNT_KEYWORD.exec(text)
    if (!m) continue
    lastEnd = m.index + m[0].length
    // The number ends at the last digit group: "1234-5, 123 456 789-0" is one account.
    const value = m[1]!.replace(/[ \u00a0,.–-]+$/, '')
    const digits = value.replace(/\D/g, '')
    if (digits.length < 6 || digits.length > 17) continue
    const start = m.index + m[0].length - m[1]!.length
    out.push({
      type: 'bankAccount',
      start,
      end: start + value.length,
      value,
      reason: 'Bankkontonummer.',
    })
  }
  matchAtRuns(text, runs, ACCOUNT_BARE, [0], isNonZeroDigit, (m) => {
    const end = m.index + m[0].length
    const dash = m[0].search(/[-–]/)
    const account = m[0].slice(dash + 1).replace(/\D/g, '')
    if (account.length >= 7 && account.length <= 11)
      out.push({
        type: 'bankAccount',
        start: m.index,
        end,
        value: m[0],
        reason: 'Bankkontonummer (clearingnummer och konto).',
      })
    return end
  })
}

/** IBAN, bankgiro, plusgiro and bank account numbers. */
export function findBankNumbers(
  text: string,
  runs: DigitRuns = digitRuns(text),
  hints: KeywordHints = keywordHints(text),
): Finding[] {
  const out: Finding[] = []
  findIbans(text, runs, out)
  findGiros(text, hints.giros, out)
  findAccounts(text, hints.accounts, runs, out)
  return out
}
