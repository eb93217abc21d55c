import { isSwedishLetter } from './scan.js'

/**
 * Where the keywords stand that some detectors need before they look further: account words
 * (konto, clearing, clnr), giro words (…giro, bg, pg) and secrecy words (sekretess, hemlig,
 * konfidentiell, "omfattas av sekretess"), found in one case-insensitive scan of the text for
 * all of them (three scans before). The scan tries every position, so a keyword inside another
 * ("sekretess" in "omfattas av sekretess") is found as well: each detector then sees every
 * place its own words start, as its own scan would have.
 */
const KEYWORD =
  /omfattas av sekretess|sekretess|hemlig|konfidentiell|konto|clearing|clnr|giro|bg|pg/gi

export interface KeywordHints {
  /** each account word's position and the start of the word it stands in, in pairs */
  accounts: number[]
  /** the start of each word a giro word stands in */
  giros: number[]
  /** where "sekretess", "hemlig" and "omfattas av sekretess" begin */
  secrecy: number[]
  /** where "sekretess", "hemlig" and "konfidentiell" begin (stamps in capitals) */
  stampWords: number[]
}

export function keywordHints(text: string): KeywordHints {
  const hints: KeywordHints = { accounts: [], giros: [], secrecy: [], stampWords: [] }
  KEYWORD.lastIndex = 0
  for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) {
    const at = m.index
    KEYWORD.lastIndex = at + 1
    const c = m[0].charCodeAt(0) | 32
    if (c === 111 /* o */) hints.secrecy.push(at)
    else if (c === 115 /* s */ || c === 104 /* h */) {
      hints.secrecy.push(at)
      hints.stampWords.push(at)
    } else if (c === 107 /* k */ && (m[0].charCodeAt(3) | 32) === 102 /* konf… */)
      hints.stampWords.push(at)
    else if (c === 107 || c === 99 /* c */) hints.accounts.push(at, wordStart(text, at))
    else {
      const ws = wordStart(text, at)
      if (hints.giros[hints.giros.length - 1] !== ws) hints.giros.push(ws)
    }
  }
  return hints
}

function wordStart(text: string, at: number): number {
  let ws = at
  while (ws > 0 && isSwedishLetter(text.charCodeAt(ws - 1))) ws--
  return ws
}
