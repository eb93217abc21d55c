import type { Finding } from './types.js'

/**
 * Confidentiality: what the registry says about the text (a registration marked with an OSL
 * ground), and secrecy stamps inside the text itself ("SEKRETESS", "Sekretess enligt 26 kap.
 * 1 § OSL", "Sekretessbelagd: OSL 21:3"). A sentence that only talks about secrecy in general
 * ("behandla inte sekretessbelagd information") is not a stamp: a stamp is in capitals at the
 * start of a line, or names a chapter and section.
 */
const STAMP_CAPS = /(?:^|\n)[ \t]*(?:SEKRETESS(?:BELAGD)?|HEMLIG|KONFIDENTIELL)(?![A-ZÅÄÖa-zåäö])/g
const STAMP_REF =
  /(?<![a-zåäö])(?:sekretess(?:belagd|markerad|markering)?|omfattas av sekretess|hemlig)(?: enligt| jfr| jämlikt|:)[ \u00a0]+(?:(?:OSL|offentlighets- och sekretesslagen)[ \u00a0]+)?(?:\d{1,2}[ \u00a0]*kap\.?[ \u00a0]*\d{1,2}[ \u00a0]*(?:[a-z][ \u00a0]*)?§|(?:OSL[ \u00a0]+)?\d{1,2}:\d{1,2})/gi

export function findConfidentialStamps(text: string): Finding[] {
  const out: Finding[] = []
  for (const re of [STAMP_CAPS, STAMP_REF]) collect(text, re, out)
  return out.sort((a, b) => a.start - b.start)
}

function collect(text: string, re: RegExp, out: Finding[]) {
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index
    while (start < m.index + m[0].length && /\s/.test(text[start]!)) start++
    const end = m.index + m[0].length
    const value = text.slice(start, end)
    out.push({
      type: 'confidential',
      start,
      end,
      value,
      reason: `Texten är sekretessmarkerad ("${value}").`,
    })
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
