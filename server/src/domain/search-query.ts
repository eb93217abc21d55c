/**
 * Turns what a person types into a PostgreSQL to_tsquery text for the Swedish configuration.
 * Supported: words (all must match), "a phrase", OR between words, -word to exclude.
 * Every plain word also matches as a prefix (förskola → förskol:* finds förskolans), because
 * the Swedish stemmer keeps the definite suffix (see STACK-NOTES).
 */
export interface ParsedQuery {
  /** to_tsquery text, or null when nothing searchable was typed. */
  tsquery: string | null
  /** The plain words, for typo correction. */
  words: string[]
}

const WORD = /[\p{L}\p{N}]+/gu

function clean(word: string): string[] {
  return (word.toLowerCase().match(WORD) ?? []).filter((w) => w.length <= 60)
}

export function parseSearchQuery(input: string): ParsedQuery {
  const text = input.slice(0, 500)
  const tokens = text.match(/-?"[^"]*"?|\S+/g) ?? []
  const groups: string[][] = [[]]
  const words: string[] = []
  let pendingOr = false
  for (const raw of tokens) {
    if (raw === 'OR' || raw === 'ELLER' || raw === '|') {
      pendingOr = true
      continue
    }
    const negated = raw.startsWith('-') && raw.length > 1
    const body = negated ? raw.slice(1) : raw
    let term: string | null = null
    if (body.startsWith('"')) {
      const parts = clean(body)
      if (parts.length > 0) term = parts.map((p) => `'${p}'`).join(' <-> ')
      if (parts.length > 1) term = `(${term})`
    } else {
      const parts = clean(body)
      if (parts.length === 1) {
        term = `'${parts[0]}':*`
        if (!negated) words.push(parts[0] as string)
      } else if (parts.length > 1) {
        term = `(${parts.map((p) => `'${p}'`).join(' <-> ')})`
      }
    }
    if (!term) continue
    if (negated) term = `!${term}`
    if (pendingOr && groups[groups.length - 1]!.length > 0) {
      const group = groups[groups.length - 1]!
      const last = group.pop()!
      group.push(`(${last} | ${term})`)
    } else {
      groups[groups.length - 1]!.push(term)
    }
    pendingOr = false
  }
  const all = groups.flat()
  if (all.length === 0 || all.every((t) => t.startsWith('!'))) return { tsquery: null, words }
  return { tsquery: all.join(' & '), words }
}
