import { PLACEHOLDER_STEM, type Finding } from './types.js'

/** The key that makes two mentions the same value, so they share one placeholder. */
function valueKey(f: Finding): string {
  const v = f.value
  switch (f.type) {
    case 'personnummer':
    case 'samordningsnummer':
      return v.replace(/\D/g, '').slice(-10)
    case 'phone': {
      const d = v.replace(/\D/g, '')
      if (d.startsWith('0046')) return `0${d.slice(4).replace(/^0/, '')}`
      if (v.trim().startsWith('+46')) return `0${d.slice(2).replace(/^0/, '')}`
      return d
    }
    case 'bankAccount':
    case 'bankgiro':
    case 'plusgiro':
    case 'postcode':
      return v.replace(/\D/g, '')
    case 'iban':
    case 'vehicle':
      return v.replace(/[\s\u00a0]/g, '').toUpperCase()
    default:
      return v
        .replace(/[\s\u00a0]+/g, ' ')
        .trim()
        .toLowerCase()
  }
}

export interface Redaction {
  redacted: string
  mapping: Record<string, string>
}

/**
 * Replaces each finding (sorted, non-overlapping) with its placeholder. The same value gets the
 * same placeholder throughout the text; a lone "Svensson" or "Anna" after "Anna Svensson" gets
 * that person's placeholder when exactly one full name in the text ends or starts with it.
 */
export function redact(text: string, findings: Finding[]): Redaction {
  const numbers = new Map<string, number>()
  const byKey = new Map<string, string>()
  const mapping: Record<string, string> = {}
  const fullNames = findings.filter((f) => f.type === 'name' && /[\s\u00a0]/.test(f.value.trim()))
  const partOf = new Map<string, string | null>()
  for (const f of fullNames) {
    const key = valueKey(f)
    const words = key.split(' ')
    for (const w of [words[0]!, words[words.length - 1]!]) {
      const seen = partOf.get(w)
      partOf.set(w, seen === undefined || seen === key ? key : null)
    }
  }
  let out = ''
  let at = 0
  for (const f of findings) {
    const stem = PLACEHOLDER_STEM[f.type]
    let key = valueKey(f)
    if (f.type === 'name' && !key.includes(' ')) key = partOf.get(key) ?? key
    const id = `${stem}:${key}`
    let placeholder = byKey.get(id)
    if (!placeholder) {
      const n = (numbers.get(stem) ?? 0) + 1
      numbers.set(stem, n)
      placeholder = `[${stem}_${n}]`
      byKey.set(id, placeholder)
      mapping[placeholder] = f.value
    }
    out += text.slice(at, f.start) + placeholder
    at = f.end
  }
  return { redacted: out + text.slice(at), mapping }
}

const PLACEHOLDER = /\[[A-ZÅÄÖ-]+_\d+\]/g

/** Puts the real values back into an AI draft, for the person who reviews it inside Kansli. */
export function restore(draft: string, mapping: Record<string, string>): string {
  return draft.replace(PLACEHOLDER, (p) => (Object.hasOwn(mapping, p) ? mapping[p]! : p))
}

/**
 * The redacted text with its placeholders blanked out by "#" (not spaces: a title before a
 * placeholder must not become the context of the word after it), for the re-check.
 */
export function stripPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (p) => '#'.repeat(p.length))
}
