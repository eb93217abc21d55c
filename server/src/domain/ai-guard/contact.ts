import { digitRuns, matchAtRuns, type DigitRuns } from './digit-runs.js'
import { isAlnum, isDash, isDigit, isSpaceSep } from './scan.js'
import type { Finding } from './types.js'

const LOCAL_EXTRA = new Set([..."._%+-'"].map((c) => c.charCodeAt(0)))

function isLocalChar(c: number) {
  return isAlnum(c) || LOCAL_EXTRA.has(c)
}
function isWordSpace(c: number) {
  return c === 32 || c === 0xa0
}
function isDomainChar(c: number) {
  return isAlnum(c) || c === 45 || c === 46
}

// "anna.svensson (at) kalix.se", "anna[at]kalix.se": the usual way of hiding an address from
// harvesters is still the address. One scan for "@" and both spellings; a space on either side
// of "(at)" belongs to it.
const AT = /@|\(at\)|\[at\]/gi

/** E-mail addresses, found from each "@" (or "(at)") outwards: linear in the text's length. */
export function findEmails(text: string): Finding[] {
  const out: Finding[] = []
  let lastEnd = -1
  AT.lastIndex = 0
  for (let m = AT.exec(text); m; m = AT.exec(text)) {
    let at = m.index
    let after = at + m[0].length
    if (after - at > 1) {
      if (at > 0 && isWordSpace(text.charCodeAt(at - 1))) at--
      if (isWordSpace(text.charCodeAt(after))) after++
    }
    let s = at
    while (s > 0 && isLocalChar(text.charCodeAt(s - 1))) s--
    while (s < at && !isAlnum(text.charCodeAt(s))) s++
    let e = after
    while (e < text.length && isDomainChar(text.charCodeAt(e))) e++
    while (e > after && !isAlnum(text.charCodeAt(e - 1))) e--
    const domain = text.slice(after, e)
    const dot = domain.lastIndexOf('.')
    if (s >= at || dot <= 0 || domain.length - dot - 1 < 2) continue
    if (!/^[a-z]+$/i.test(domain.slice(dot + 1))) continue
    if (s < lastEnd) continue
    lastEnd = e
    out.push({ type: 'email', start: s, end: e, value: text.slice(s, e), reason: 'E-postadress.' })
  }
  return out
}

// Where a phone number may start: +46 / 0046 / another country code, or a 0 followed by 1–9,
// possibly in parentheses. Not inside a word or a number such as "KS-2025-00466" or "2024/0197".
// Tried at each run of digits and at the "+" or "(" right before it.
const PHONE_START = /(?:\+|\b00)[1-9]|\(?0[1-9]/y

function isPhoneSep(c: number) {
  return isSpaceSep(c) || isDash(c) || c === 47 /* / */
}

/**
 * Swedish phone numbers: mobile 07x (ten digits), landline with an area code (08, 031, 0923 …;
 * eight to ten digits with the 0), in any grouping with spaces, hyphens or slashes, and +46 /
 * 0046 with or without "(0)"; foreign numbers as + country code and 7–14 more digits (E.164).
 */
export function findPhones(text: string, runs: DigitRuns = digitRuns(text)): Finding[] {
  const out: Finding[] = []
  // "+", "(" or "0".
  const first = (c: number) => c === 43 || c === 40 || c === 48
  matchAtRuns(text, runs, PHONE_START, [-1, 0], first, (m) => {
    const start = m.index
    const end = phoneAt(text, start)
    if (end < 0) return start + m[0].length
    out.push({
      type: 'phone',
      start,
      end,
      value: text.slice(start, end),
      reason: 'Telefonnummer.',
    })
    return end
  })
  return out
}

/** The end of the phone number whose start candidate is at `start`, or -1. */
function phoneAt(text: string, start: number): number {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32
  if (isAlnum(before) || before === 95 || before === 43) return -1
  if (start > 1 && (isDash(before) || before === 47 || before === 46 || before === 58)) {
    if (isDigit(text.charCodeAt(start - 2))) return -1
  }
  const end = phoneEnd(text, start)
  if (end < 0) return -1
  if (REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return -1
  return end
}

// "Ordernummer 0313044711", "OCR-nummer 0431222471": the number after a reference keyword is
// that reference, whatever it looks like.
const REFERENCE_BEFORE =
  /(?<![a-zåäö])(?:order|faktura|ocr|kund|referens|avtals|ärende|diarie|objekt|artikel|beställnings|verifikations|löp)(?:-?nummer|-?nr\.?)[ \u00a0]*:?[ \u00a0]*$|(?<![a-zåäö])(?:ocr|ref\.?|dnr)[ \u00a0]*:?[ \u00a0]*$/i

/** The end of the longest valid phone number starting at `start`, or -1. */
function phoneEnd(text: string, start: number): number {
  let i = start
  let international = false
  let digits = ''
  if (text.charCodeAt(i) === 43) {
    international = true
    i++
  } else if (text.startsWith('00', i) && text.charCodeAt(i + 2) !== 48) {
    international = true
    i += 2
  }
  let best = -1
  let groups = 0
  let parenOpen = false
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 40 /* ( */ && !parenOpen) {
      // "(0)" after a country code, or "(08)" / "(0923)" around an area code.
      parenOpen = true
      i++
      continue
    }
    if (!isDigit(c)) break
    let j = i
    while (j < text.length && isDigit(text.charCodeAt(j))) j++
    const group = text.slice(i, j)
    // "+46701234567": a compact international number is one group of up to 15 digits (E.164).
    if (group.length > (international ? 15 : 10)) return -1
    digits += group
    groups++
    i = j
    if (parenOpen && text.charCodeAt(i) === 41 /* ) */) {
      parenOpen = false
      i++
    }
    if (valid(digits, international) && !isAlnum(text.charCodeAt(i) || 32)) best = i
    if (digits.length > 16 || groups > 6) break
    // One separator (or ") "), then the next group must start with a digit.
    const c2 = text.charCodeAt(i)
    const closed = text.charCodeAt(i - 1) === 41
    if (c2 === 40 || (closed && isDigit(c2))) continue
    if (isPhoneSep(c2)) {
      let k = i + 1
      if (isSpaceSep(c2) && isDash(text.charCodeAt(k))) k++
      if (isSpaceSep(text.charCodeAt(k)) && !isSpaceSep(c2)) k++
      if (isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 40) {
        i = k
        continue
      }
    }
    break
  }
  return best
}

function valid(digits: string, international: boolean): boolean {
  if (international) {
    if (digits.startsWith('46')) {
      let national = digits.slice(2)
      if (national.startsWith('0')) national = national.slice(1) // +46 (0)8 …
      return nationalValid(`0${national}`)
    }
    return digits.length >= 8 && digits.length <= 15
  }
  return nationalValid(digits)
}

function nationalValid(d: string): boolean {
  if (d.charCodeAt(0) !== 48 || d.charCodeAt(1) === 48) return false
  if (d.startsWith('07')) return d.length === 10
  return d.length >= 8 && d.length <= 10
}
