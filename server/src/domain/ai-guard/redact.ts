import { PLACEHOLDER_STEM, type Finding } from './types.js'

/** The key that makes two mentions the same value, so they share one placeholder. */
function valueKey(f: Finding): string {
  const v = f.value
  switch (f.type) {
    case 'personnummer':
    case 'samordningsnummer':
      return digitsOf(v).slice(-10)
    case 'phone': {
      const d = digitsOf(v)
      if (d.startsWith('0046')) return `0${d.slice(4).replace(/^0/, '')}`
      if (v.trim().startsWith('+46')) return `0${d.slice(2).replace(/^0/, '')}`
      return d
    }
    case 'bankAccount':
    case 'bankgiro':
    case 'plusgiro':
    case 'postcode':
      return digitsOf(v)
    case 'iban':
    case 'vehicle':
      return v.replace(/[\s\u00a0]/g, '').toUpperCase()
    default:
      // Most names are written with single spaces: no regular expression needed for them.
      return (MULTI_SPACE.test(v) ? v.replace(/[\s\u00a0]+/g, ' ').trim() : v).toLowerCase()
  }
}

const MULTI_SPACE = /[\s\u00a0]{2}|[^\S ]|^\s|\s$/

/** The digits of a string, without a regular expression. */
function digitsOf(v: string): string {
  let d = ''
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i)
    if (c >= 48 && c <= 57) d += v[i]
  }
  return d
}

export interface Redaction {
  redacted: string
  mapping: Map<string, string>
  /** where the placeholders stand in `redacted`: start and end of each, in order */
  spans: number[]
}

/**
 * Replaces each finding (sorted, non-overlapping) with its placeholder. The same value gets the
 * same placeholder throughout the text; a lone "Svensson" or "Anna" after "Anna Svensson" gets
 * that person's placeholder when exactly one full name in the text ends or starts with it.
 */
export function redact(text: string, findings: Finding[]): Redaction {
  // Placeholder by value key, per placeholder stem; a stem's next number is its map's size + 1.
  const byStem = new Map<string, Map<string, string>>()
  // A Map, not an object: object keys are interned strings, and interning each placeholder cost
  // more than the rest of the masking.
  const mapping = new Map<string, string>()
  const keys = findings.map(valueKey)
  const fullNames = keys.filter((k, i) => findings[i]!.type === 'name' && k.includes(' '))
  const partOf = new Map<string, string | null>()
  for (const key of fullNames) {
    const words = key.split(' ')
    for (const w of [words[0]!, words[words.length - 1]!]) {
      const seen = partOf.get(w)
      partOf.set(w, seen === undefined || seen === key ? key : null)
    }
  }
  const parts: string[] = []
  const spans: number[] = []
  let at = 0
  let length = 0
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!
    const stem = PLACEHOLDER_STEM[f.type]
    let key = keys[i]!
    if (f.type === 'name' && !key.includes(' ')) key = partOf.get(key) ?? key
    let byKey = byStem.get(stem)
    if (!byKey) byStem.set(stem, (byKey = new Map()))
    let placeholder = byKey.get(key)
    if (!placeholder) {
      placeholder = `[${stem}_${byKey.size + 1}]`
      byKey.set(key, placeholder)
      mapping.set(placeholder, f.value)
    }
    length += f.start - at
    spans.push(length, length + placeholder.length)
    length += placeholder.length
    parts.push(text.slice(at, f.start), placeholder)
    at = f.end
  }
  parts.push(text.slice(at))
  return { redacted: parts.join(''), mapping, spans }
}

const PLACEHOLDER = /\[[A-ZÅÄÖ-]+_\d+\]/g

/** Puts the real values back into an AI draft, for the person who reviews it inside Kansli. */
export function restore(draft: string, mapping: ReadonlyMap<string, string>): string {
  return draft.replace(PLACEHOLDER, (p) => mapping.get(p) ?? p)
}
