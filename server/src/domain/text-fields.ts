import type { FieldError } from './errors.js'

/** How a free-text input field is checked: whether it is required, its length, its Swedish label. */
export interface TextRule {
  readonly label: string
  readonly max: number
  readonly required?: boolean
}

/**
 * A trimmed text input, or null when blank; a problem is added to `fields` (in Swedish) when a
 * required value is missing or a value is too long. Collects instead of throwing, so a form
 * gets every problem at once.
 */
export function textField(
  fields: FieldError[],
  field: string,
  value: string | null | undefined,
  rule: TextRule,
): string | null {
  const v = typeof value === 'string' ? value.trim() : ''
  if (v === '') {
    if (rule.required) fields.push({ field, message: `Ange ${rule.label}.` })
    return null
  }
  if (v.length > rule.max) {
    fields.push({ field, message: `${capitalise(rule.label)} får vara högst ${rule.max} tecken.` })
  }
  return v
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
