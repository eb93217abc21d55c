/** Character tests shared by the detectors (plain code points: faster than Unicode regexps). */

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** Letters of Swedish text and of the names found in it (Latin-1 and Latin Extended-A/B). */
export function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  )
}

/** A–Z, a–z, Å, Ä, Ö, å, ä, ö: what the keywords' words are made of (keyword-hints.ts). */
export function isSwedishLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === 0xe5 ||
    c === 0xe4 ||
    c === 0xf6 ||
    c === 0xc5 ||
    c === 0xc4 ||
    c === 0xd6
  )
}

export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
}

export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c)
}

/** Space, no-break space, thin and narrow no-break space: what Word puts between digit groups. */
export function isSpaceSep(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f
}

/** Hyphen, non-breaking hyphen, en dash, minus: what people and word processors type as "-". */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2212
}
