import { describe, expect, it } from 'vitest'
import type { FieldError } from './errors.js'
import { textField } from './text-fields.js'

describe('textField', () => {
  it('trims, gives null for blank, and reports a missing required value', () => {
    const fields: FieldError[] = []
    expect(textField(fields, 'a', '  Ekonomichef ', { label: 'delegat', max: 20 })).toBe(
      'Ekonomichef',
    )
    expect(textField(fields, 'b', '   ', { label: 'kommentar', max: 20 })).toBeNull()
    expect(textField(fields, 'c', undefined, { label: 'delegat', max: 20, required: true })).toBe(
      null,
    )
    expect(fields).toEqual([{ field: 'c', message: 'Ange delegat.' }])
  })
  it('reports a value that is too long', () => {
    const fields: FieldError[] = []
    textField(fields, 'text', 'x'.repeat(11), { label: 'texten', max: 10 })
    expect(fields).toEqual([{ field: 'text', message: 'Texten får vara högst 10 tecken.' }])
  })
})
