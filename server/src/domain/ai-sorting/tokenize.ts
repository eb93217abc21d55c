import { SWEDISH_STOPWORDS } from './stopwords.js'
import { stemSwedish } from './swedish-stemmer.js'

/** Longer "words" are run-together text or codes, not words. */
const MAX_WORD = 40
const WORD = /\p{L}+/gu

/**
 * The stems of a Swedish text in order: words are runs of letters (so `ANDTS-plan` gives `andts`
 * and `plan`, digits are dropped), lower-cased, stop words and one-letter words left out.
 */
export function stems(text: string): string[] {
  const out: string[] = []
  for (const m of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
    const w = m[0]
    if (w.length < 2 || w.length > MAX_WORD || SWEDISH_STOPWORDS.has(w)) continue
    out.push(stemSwedish(w))
  }
  return out
}

// KS-2025-00466, KS 2022/1197, BUN 2024.123, Dnr SBN-2025-7: prefix, year, serial number.
const CASE_REFERENCE = /(?<![\p{L}\d])(\p{Lu}{1,6})[ -]?((?:19|20)\d\d)[-/.:]? ?(\d{1,6})(?![\d])/gu

/**
 * Case numbers a text refers to, in one form whatever the template (`KS-2025-466`): an incoming
 * letter that quotes its Dnr names the case it belongs to.
 */
export function caseReferences(text: string): string[] {
  const found = new Set<string>()
  for (const m of text.normalize('NFC').matchAll(CASE_REFERENCE)) {
    found.add(normaliseCaseNumber(m[1] as string, m[2] as string, m[3] as string))
  }
  return [...found]
}

/** The common form of a case number's parts. */
export function normaliseCaseNumber(prefix: string, year: string | number, seq: string | number) {
  return `${prefix.toUpperCase()}-${year}-${Number(seq)}`
}

// Fastighetsbeteckning: a property is named by its district and block (`Näsbyn 2:14`). Public in
// the property register, and the thread that ties a building permit's letters to their case.
const PROPERTY =
  /(?<![\p{L}\d])(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}?\p{Ll}+)?) (\d{1,4}):(\d{1,4})(?![\d:])/gu

/** Property designations a text names, lower-cased (`näsbyn 2:14`). */
export function propertyDesignations(text: string): string[] {
  const found = new Set<string>()
  for (const m of text.normalize('NFC').matchAll(PROPERTY)) {
    found.add(`${(m[1] as string).toLowerCase()} ${Number(m[2])}:${Number(m[3])}`)
  }
  return [...found]
}
