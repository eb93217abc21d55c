import type { FieldError } from '../domain/errors.js'

/** The shape both Fastify's ajv and TypeBox's Value.Errors report. */
export interface SchemaIssue {
  keyword: string
  instancePath: string
  params: Record<string, unknown>
}

/** Turns schema validation issues into field errors with Swedish messages. */
export function schemaIssuesToFields(issues: SchemaIssue[], prefix = ''): FieldError[] {
  const out: FieldError[] = []
  for (const e of issues) {
    if (e.keyword === 'boolean') continue
    let field = e.instancePath.replace(/^\//, '').replace(/\//g, '.')
    if (e.keyword === 'required')
      field = [field, String(e.params.missingProperty ?? '')].filter(Boolean).join('.')
    if (e.keyword === 'additionalProperties')
      field = [
        field,
        String(
          e.params.additionalProperty ??
            (e.params.additionalProperties as string[] | undefined)?.[0] ??
            '',
        ),
      ]
        .filter(Boolean)
        .join('.')
    field = prefix ? `${prefix}${field ? '.' + field : ''}` : field || '(body)'
    out.push({ field, message: messageFor(e) })
  }
  const seen = new Set<string>()
  return out.filter((f) =>
    seen.has(f.field + f.message) ? false : (seen.add(f.field + f.message), true),
  )
}

function messageFor(e: SchemaIssue): string {
  const p = e.params
  switch (e.keyword) {
    case 'required':
      return 'Uppgiften saknas.'
    case 'type':
      return `Fel typ av värde (ska vara ${typeName(String(p.type))}).`
    case 'maxLength':
      return `Får vara högst ${p.limit} tecken.`
    case 'minLength':
      return p.limit === 1 ? 'Får inte vara tomt.' : `Måste vara minst ${p.limit} tecken.`
    case 'maximum':
      return `Får vara högst ${p.limit}.`
    case 'minimum':
      return `Måste vara minst ${p.limit}.`
    case 'enum':
    case 'const':
    case 'anyOf':
      return 'Värdet är inte ett av de tillåtna.'
    case 'pattern':
    case 'format':
      return 'Värdet har fel format.'
    case 'additionalProperties':
      return 'Okänd uppgift.'
    case 'maxItems':
      return `Högst ${p.limit} st.`
    default:
      return 'Ogiltigt värde.'
  }
}

function typeName(t: string): string {
  return (
    {
      string: 'text',
      integer: 'heltal',
      number: 'tal',
      boolean: 'sant/falskt',
      object: 'objekt',
      array: 'lista',
    }[t] ?? t
  )
}
