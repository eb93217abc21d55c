/**
 * The Snowball stemming algorithm for Swedish (snowballstem.org/algorithms/swedish), as PGlite's
 * PostgreSQL 18 ships it as `swedish_stem`, so that a word stems here as it does in the search
 * index (server/test/ai-sorting-stemmer.test.ts checks 40,000 words against both engines).
 * PostgreSQL 15's older copy lacks one rule, `-öst` → `-ös` after i, k, l, n, p, r, t, u or v
 * (it has only `löst` → `lös`), so `röst` stems to `rös` here and to `röst` there. Snowball 3.0
 * later added an `-et` rule (`huset` → `hus`) that no PostgreSQL ships yet; not here either.
 * Input: one lower-case word in NFC.
 */

const VOWELS = new Set('aeiouyäåö')
/** Letters before which a final `s` is removed (`s_ending`). */
const S_ENDING = new Set('bcdfghjklmnoprtvy')

// Longest first: Snowball's `among` takes the longest suffix that matches.
const MAIN_SUFFIXES = [
  'a',
  'arna',
  'erna',
  'heterna',
  'orna',
  'ad',
  'e',
  'ade',
  'ande',
  'arne',
  'are',
  'aste',
  'en',
  'anden',
  'aren',
  'heten',
  'ern',
  'ar',
  'er',
  'heter',
  'or',
  'as',
  'arnas',
  'ernas',
  'ornas',
  'es',
  'ades',
  'andes',
  'ens',
  'arens',
  'hetens',
  'erns',
  'at',
  'andet',
  'het',
  'ast',
  's',
].sort((a, b) => b.length - a.length)

const CONSONANT_PAIRS = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt']

/** Letters before which `öst` becomes `ös` (`ost_ending`). */
const OST_ENDING = new Set('iklnprtuv')

const OTHER_SUFFIXES = ['fullt', 'lig', 'els', 'öst', 'ig']

/**
 * R1 as Snowball's Swedish stemmer defines it: the region after the first non-vowel that follows
 * a vowel, but never starting before the fourth letter.
 */
function regionStart(word: string): number {
  let i = 0
  while (i < word.length && !VOWELS.has(word[i] as string)) i++
  while (i < word.length && VOWELS.has(word[i] as string)) i++
  const p1 = i < word.length ? i + 1 : word.length
  return Math.max(p1, 3)
}

/** The longest suffix from `list` that ends `word` and starts at or after `from`. */
function longestIn(word: string, list: readonly string[], from: number): string | null {
  for (const s of list) if (word.length - s.length >= from && word.endsWith(s)) return s
  return null
}

/** Stems one Swedish word (lower case); words under three letters come back as they are. */
export function stemSwedish(word: string): string {
  if (word.length < 3) return word
  const p1 = regionStart(word)
  let w = word

  const main = longestIn(w, MAIN_SUFFIXES, p1)
  if (main === 's') {
    // The letter before the s may lie before R1: only the suffix itself must be inside it.
    if (S_ENDING.has(w[w.length - 2] ?? '')) w = w.slice(0, -1)
  } else if (main) {
    w = w.slice(0, -main.length)
  }

  if (longestIn(w, CONSONANT_PAIRS, p1)) w = w.slice(0, -1)

  const other = longestIn(w, OTHER_SUFFIXES, p1)
  if (other === 'fullt') w = w.slice(0, -1)
  else if (other === 'öst') {
    // As with the s: the letter before may lie before R1.
    if (OST_ENDING.has(w[w.length - 4] ?? '')) w = w.slice(0, -1)
  } else if (other) w = w.slice(0, -other.length)
  return w
}
