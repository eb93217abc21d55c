import { keywordHints, type KeywordHints } from './keyword-hints.js'
import type { Finding } from './types.js'

/**
 * Confidentiality: what the registry says about the text (a registration marked with an OSL
 * ground), and secrecy stamps inside the text itself ("SEKRETESS", "Sekretess enligt 26 kap.
 * 1 § OSL", "Sekretessbelagd: OSL 21:3"). A sentence that only talks about secrecy in general
 * ("behandla inte sekretessbelagd information") is not a stamp: a stamp is in capitals at the
 * start of a line, or names a chapter and section.
 */
// Both tried only where a secrecy word stands (keyword-hints.ts); the capitals only at the start
// of a line (after spaces or tabs).
const STAMP_CAPS = /(?:SEKRETESS(?:BELAGD)?|HEMLIG|KONFIDENTIELL)(?![A-ZÅÄÖa-zåäö])/y
const STAMP_REF =
  /(?<![a-zåäö])(?:sekretess(?:belagd|markerad|markering)?|omfattas av sekretess|hemlig)(?: enligt| jfr| jämlikt|:)[ \u00a0]+(?:(?:OSL|offentlighets- och sekretesslagen)[ \u00a0]+)?(?:\d{1,2}[ \u00a0]*kap\.?[ \u00a0]*\d{1,2}[ \u00a0]*(?:[a-z][ \u00a0]*)?§|(?:OSL[ \u00a0]+)?\d{1,2}:\d{1,2})/iy

export function findConfidentialStamps(
  text: string,
  hints: KeywordHints = keywordHints(text),
): Finding[] {
  const out: Finding[] = []
  for (const at of hints.stampWords) {
    if (!atLineStart(text, at)) continue
    STAMP_CAPS.lastIndex = at
    const m = STAMP_CAPS.exec(text)
    if (m) out.push(stamp(text, at, at + m[0].length))
  }
  let resume = 0
  for (const at of hints.secrecy) {
    if (at < resume) continue
    STAMP_REF.lastIndex = at
    const m = STAMP_REF.exec(text)
    if (!m) continue
    resume = at + m[0].length
    out.push(stamp(text, at, resume))
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Nothing but spaces and tabs between the start of the line and `at`. */
function atLineStart(text: string, at: number): boolean {
  let i = at
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  return i === 0 || text.charCodeAt(i - 1) === 10
}

function stamp(text: string, start: number, end: number): Finding {
  const value = text.slice(start, end)
  return {
    type: 'confidential',
    start,
    end,
    value,
    reason: `Texten är sekretessmarkerad ("${value}").`,
  }
}

/** The registry's own marking: the whole text is confidential under its ground. */
export function registryConfidential(text: string, ground: string): Finding {
  return {
    type: 'confidential',
    start: 0,
    end: text.length,
    value: ground,
    reason: `Handlingen är sekretessmarkerad i diariet (${ground}).`,
  }
}
