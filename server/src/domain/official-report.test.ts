import { describe, expect, it } from 'vitest'
import { ValidationError } from './errors.js'
import { assertReportComplete, emailProblem, phoneProblem } from './official-report.js'

const complete = {
  title: 'Uppföljning av ANDTS-plan',
  proposedDecision: ['Kommunstyrelsen godkänner uppföljningen av ANDTS-plan för Kalix kommun.'],
  description: [],
  summary: ['Kalix kommun strävar efter en trygg och hälsofrämjande skol- och samhällsmiljö.'],
  signedByName: 'Malin Åberg',
  signedByTitle: 'Trygghets- och preventionssamordnare',
}

describe('assertReportComplete', () => {
  it('accepts a proposal, a description or a summary, and a signature', () => {
    expect(() => assertReportComplete(complete)).not.toThrow()
    expect(() =>
      assertReportComplete({ ...complete, summary: [], description: [{ list: ['En punkt'] }] }),
    ).not.toThrow()
  })
  it('lists everything that is missing', () => {
    try {
      assertReportComplete({
        title: ' ',
        proposedDecision: ['  ', { list: [' '] }],
        description: [],
        summary: [],
        signedByName: '',
        signedByTitle: '',
      })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError)
      const err = e as ValidationError
      expect(err.code).toBe('report_incomplete')
      expect(err.fields.map((f) => f.field)).toEqual([
        'title',
        'proposedDecision',
        'description',
        'signature.name',
        'signature.title',
      ])
    }
  })
})

describe('signature contact', () => {
  it("accepts the seed's contact details", () => {
    expect(emailProblem('malin.aberg@kalix.se')).toBeNull()
    expect(phoneProblem('0730437612')).toBeNull()
    expect(phoneProblem('0923-650 00')).toBeNull()
    expect(phoneProblem('+46 923 650 00')).toBeNull()
  })
  it('refuses what is not an address or a number', () => {
    expect(emailProblem('malin.aberg')).toMatch(/e-postadress/)
    expect(emailProblem('a b@kalix.se')).not.toBeNull()
    expect(phoneProblem('ring mig')).toMatch(/telefonnummer/)
    expect(phoneProblem('12')).not.toBeNull()
  })
})
