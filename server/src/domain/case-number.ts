import { ValidationError } from './errors.js'

/**
 * Case-number (diarienummer) templates, per municipality. Tokens: `{series}`, `{year}`,
 * `{seq}` and `{seq:N}` (zero-padded to N digits). Examples:
 *   '{series}-{year}-{seq:5}' → KS-2025-00466 (Kalix)
 *   '{series} {year}/{seq}'   → KS 2022/1197, BUN 2018/41
 */
export interface CaseNumberParts {
  series: string
  year: number
  seq: number
}

const TOKEN = /\{(series|year|seq)(?::(\d))?\}/g

export function validateTemplate(template: string): void {
  const tokens = [...template.matchAll(TOKEN)].map((m) => m[1])
  const missing = ['series', 'year', 'seq'].filter((t) => !tokens.includes(t))
  if (missing.length > 0 || template.length > 60) {
    throw new ValidationError('Mallen för diarienummer är ogiltig.', [
      {
        field: 'caseNumberTemplate',
        message: `Mallen måste innehålla {series}, {year} och {seq} (saknas: ${missing.join(', ')}).`,
      },
    ])
  }
}

export function formatCaseNumber(template: string, parts: CaseNumberParts): string {
  return template.replace(TOKEN, (_all, token: string, width?: string) => {
    if (token === 'series') return parts.series
    if (token === 'year') return String(parts.year)
    return width ? String(parts.seq).padStart(Number(width), '0') : String(parts.seq)
  })
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** Reads a case number back into its parts, or null when it does not fit the template. */
export function parseCaseNumber(template: string, value: string): CaseNumberParts | null {
  let pattern = ''
  let last = 0
  for (const m of template.matchAll(TOKEN)) {
    pattern += escapeRegex(template.slice(last, m.index))
    pattern += m[1] === 'series' ? '([A-ZÅÄÖ]{1,10})' : m[1] === 'year' ? '(\\d{4})' : '(\\d{1,9})'
    last = m.index + m[0].length
  }
  pattern += escapeRegex(template.slice(last))
  const match = new RegExp(`^${pattern}$`, 'u').exec(value.trim().toUpperCase())
  if (!match) return null
  const order = [...template.matchAll(TOKEN)].map((m) => m[1])
  const parts: Partial<CaseNumberParts> = {}
  order.forEach((token, i) => {
    const v = match[i + 1] ?? ''
    if (token === 'series') parts.series = v
    else if (token === 'year') parts.year = Number(v)
    else parts.seq = Number(v)
  })
  return parts as CaseNumberParts
}

/** A document's number within its case: KS-2025-00466-1, -2, … */
export function formatRegistrationNumber(caseNumber: string, documentNumber: number): string {
  return `${caseNumber}-${documentNumber}`
}

export const SERIES_PREFIX = /^[A-ZÅÄÖ]{1,10}$/u
