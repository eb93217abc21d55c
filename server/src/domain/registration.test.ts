import { describe, expect, it } from 'vitest'
import { ValidationError } from './errors.js'
import { normalizeSecrecyGround, validateRegistration } from './registration.js'

const today = '2025-12-15'
const base = {
  direction: 'incoming' as const,
  documentDate: '2025-12-01',
  counterpartName: 'Länsstyrelsen Norrbotten',
  description: 'Beslut om revidering av kommuntal',
}

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn()
  } catch (err) {
    if (err instanceof ValidationError) return err.fields.map((f) => f.field)
    throw err
  }
  return []
}

describe('OSL 5 kap. 2 § register fields', () => {
  it('accepts a complete incoming registration', () => {
    expect(validateRegistration(base, today)).toMatchObject({ counterpartKind: 'organisation' })
  })

  it('requires date and description always, and a counterpart for incoming and outgoing', () => {
    expect(
      fieldsOf(() => validateRegistration({ ...base, documentDate: '', description: ' ' }, today)),
    ).toEqual(['documentDate', 'description'])
    expect(fieldsOf(() => validateRegistration({ ...base, counterpartName: '' }, today))).toEqual([
      'counterpartName',
    ])
    expect(
      fieldsOf(() =>
        validateRegistration({ ...base, direction: 'drawnUp', counterpartName: null }, today),
      ),
    ).toEqual([])
  })

  it('refuses an impossible or future date', () => {
    expect(
      fieldsOf(() => validateRegistration({ ...base, documentDate: '2025-02-30' }, today)),
    ).toEqual(['documentDate'])
    expect(
      fieldsOf(() => validateRegistration({ ...base, documentDate: '2025-12-16' }, today)),
    ).toEqual(['documentDate'])
  })

  it('validates a given personnummer', () => {
    const person = {
      ...base,
      counterpartKind: 'person' as const,
      counterpartName: 'Anna Andersson',
    }
    expect(
      fieldsOf(() =>
        validateRegistration({ ...person, counterpartIdNumber: '19900101-0018' }, today),
      ),
    ).toEqual(['counterpartIdNumber'])
    expect(
      validateRegistration({ ...person, counterpartIdNumber: '900101-0017' }, today)
        .counterpartIdNumber,
    ).toBe('19900101-0017')
  })

  it('requires a valid OSL ground for confidentiality', () => {
    expect(normalizeSecrecyGround('OSL 26 kap. 1 §')).toBe('OSL 26:1')
    expect(normalizeSecrecyGround('osl 23:2')).toBe('OSL 23:2')
    expect(normalizeSecrecyGround('hemligt')).toBeNull()
    expect(
      fieldsOf(() => validateRegistration({ ...base, confidentiality: { ground: 'x' } }, today)),
    ).toEqual(['confidentiality.ground'])
  })
})
