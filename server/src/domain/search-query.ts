/**
 * Turns what a person types into a PostgreSQL to_tsquery text for the Swedish configuration.
 * Supported: words (all must match), "a phrase", OR (also ELLER, |) between terms, -word to
 * exclude, word* (a plain word is a prefix anyway). Every plain word also matches as a prefix
 * (förskola → förskol:* finds förskolans), because the Swedish stemmer keeps the definite suffix
 * (see STACK-NOTES). Plain words may be widened with typo corrections (expandWords).
 */
export interface ParsedQuery {
  /** to_tsquery text, or null when nothing searchable was typed. */
  tsquery: string | null
  /** The plain (not negated, not quoted) words, candidates for typo correction. */
  words: string[]
  /** The structure, to rebuild the tsquery with corrections. */
  groups: Term[][]
}

/** A term of the query: groups are joined by AND, the terms of a group by OR. */
export interface Term {
  kind: 'word' | 'phrase'
  parts: string[]
  negated: boolean
}

const WORD = /[\p{L}\p{N}]+/gu

function clean(word: string): string[] {
  return (word.normalize('NFC').toLowerCase().match(WORD) ?? []).filter((w) => w.length <= 60)
}

export function parseSearchQuery(input: string): ParsedQuery {
  const text = input.slice(0, 500)
  const tokens = text.match(/-?"[^"]*"?|\S+/g) ?? []
  const groups: Term[][] = []
  let pendingOr = false
  for (const raw of tokens) {
    if (raw === 'OR' || raw === 'ELLER' || raw === '|') {
      pendingOr = true
      continue
    }
    const negated = raw.startsWith('-') && raw.length > 1
    const body = negated ? raw.slice(1) : raw
    const parts = clean(body)
    if (parts.length === 0) continue
    const term: Term =
      body.startsWith('"') || parts.length > 1
        ? { kind: 'phrase', parts, negated }
        : { kind: 'word', parts, negated }
    const last = groups[groups.length - 1]
    if (pendingOr && last && !negated && !last.some((t) => t.negated)) last.push(term)
    else groups.push([term])
    pendingOr = false
  }
  const words = groups.flatMap((g) =>
    g.filter((t) => t.kind === 'word' && !t.negated).map((t) => t.parts[0] as string),
  )
  return { tsquery: buildTsquery(groups, new Map()), words: [...new Set(words)], groups }
}

/** The tsquery text of a parsed query, each plain word widened by its corrections (OR). */
export function buildTsquery(
  groups: Term[][],
  expansions: ReadonlyMap<string, string[]>,
): string | null {
  const parts: string[] = []
  for (const group of groups) {
    const terms = group.map((t) => termText(t, expansions))
    const text = terms.length > 1 ? `(${terms.join(' | ')})` : (terms[0] as string)
    parts.push(group[0]?.negated ? `!${text}` : text)
  }
  if (parts.length === 0 || parts.every((p) => p.startsWith('!'))) return null
  return parts.join(' & ')
}

function termText(t: Term, expansions: ReadonlyMap<string, string[]>): string {
  if (t.kind === 'phrase') {
    const phrase = t.parts.map((p) => `'${p}'`).join(' <-> ')
    return t.parts.length > 1 ? `(${phrase})` : phrase
  }
  const word = t.parts[0] as string
  const extra = t.negated ? [] : (expansions.get(word) ?? [])
  if (extra.length === 0) return `'${word}':*`
  return `(${[word, ...extra].map((w) => `'${w}':*`).join(' | ')})`
}

/** The words kept in the search vocabulary (for typo correction): letters only, 4–32 long. */
export function vocabularyWords(text: string): Set<string> {
  const out = new Set<string>()
  for (const raw of text
    .normalize('NFC')
    .toLowerCase()
    .match(/\p{L}+/gu) ?? []) {
    if (raw.length >= 4 && raw.length <= 32) out.add(raw)
  }
  return out
}

/** Whether a typed word is worth correcting: long enough for trigrams to say something. */
export function correctable(word: string): boolean {
  return /^\p{L}{4,32}$/u.test(word)
}

/**
 * How far a typed word is from a vocabulary word, as a typo: the optimal string alignment
 * (Damerau–Levenshtein) distance to the vocabulary word or to one of its prefixes of about the
 * typed length, because search words are prefixes ("förskloa" is one swap from "förskola…").
 */
export function typoDistance(typed: string, candidate: string): number {
  let best = Infinity
  for (
    let k = Math.max(1, typed.length - 1);
    k <= Math.min(candidate.length, typed.length + 1);
    k++
  ) {
    best = Math.min(best, osa(typed, candidate.slice(0, k)))
  }
  return best
}

/** The most edits a word of this length may carry and still count as a typo. */
export function maxTypoEdits(word: string): number {
  return word.length < 8 ? 1 : 2
}

function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ])
  for (let j = 1; j <= b.length; j++) d[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1)
      d[i]![j] = v
    }
  }
  return d[a.length]![b.length]!
}
