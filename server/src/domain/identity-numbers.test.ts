import { describe, expect, it } from 'vitest'
import { validateOrganisationNumber, validatePersonalIdentityNumber } from './identity-numbers.js'

describe('identity numbers', () => {
  it('accepts a valid personnummer in any common form and normalizes it', () => {
    expect(validatePersonalIdentityNumber('900101-0017')).toEqual({
      ok: true,
      normalized: '19900101-0017',
    })
    expect(validatePersonalIdentityNumber('199001010017')).toMatchObject({ ok: true })
  })

  it('accepts a samordningsnummer (day + 60)', () => {
    expect(validatePersonalIdentityNumber('701063-2391')).toMatchObject({ ok: true })
  })

  it('rejects a wrong check digit and an impossible date with a Swedish message', () => {
    expect(validatePersonalIdentityNumber('19900101-0018')).toMatchObject({ ok: false })
    const r = validatePersonalIdentityNumber('19901301-0017')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/Personnumret/)
  })

  it('validates organisationsnummer', () => {
    expect(validateOrganisationNumber('212000-2585')).toEqual({
      ok: true,
      normalized: '212000-2585',
    })
    expect(validateOrganisationNumber('212000-2586')).toMatchObject({ ok: false })
    expect(validateOrganisationNumber('abc')).toMatchObject({ ok: false })
  })
})
