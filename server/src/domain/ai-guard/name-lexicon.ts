import { AMBIGUOUS_NAMES, GIVEN_NAMES, OTHER_NAMES, SURNAMES } from './name-lexicon.data.js'

/** The name lists as sets, lowercased (see name-lexicon.data.ts for where they come from). */
const set = (s: string) => new Set(s.toLowerCase().split(' ').filter(Boolean))

export const GIVEN = set(GIVEN_NAMES)
export const SURNAME = set(SURNAMES)
export const OTHER = set(OTHER_NAMES)
export const AMBIGUOUS = set(AMBIGUOUS_NAMES)

/** Surnames built the Swedish way: patronymics and nature compounds (Qvarnström, Hörling). */
export const SURNAME_SHAPE =
  /(?:sson|dotter|berg|gren|lund|ström|qvist|kvist|quist|holm|dahl|blad|stedt|feldt|lind|fors|bäck|sjö|näs|ling|ander|ius|éen|én|ell|inen|ić|ovic|ović|ssen|sen)$/

export type NameKind = 'given' | 'surname' | 'other' | null

/** What the lists say about one lowercased word (hyphenated names: every part must be a name). */
export function lookup(lower: string): NameKind {
  if (GIVEN.has(lower)) return 'given'
  if (SURNAME.has(lower)) return 'surname'
  if (OTHER.has(lower)) return 'other'
  const dash = lower.indexOf('-')
  if (dash > 0) {
    const parts = lower.split('-')
    const kinds = parts.map((p) => lookup(p))
    if (kinds.every((k) => k !== null)) return kinds[0] === 'given' ? 'given' : 'surname'
  }
  return null
}
