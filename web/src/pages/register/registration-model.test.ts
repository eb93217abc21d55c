import { describe, expect, test } from 'vitest'
import { normalizeDate } from '../../labels'
import {
  emptyForm,
  errorsFromApi,
  summaryOf,
  toRegistrationData,
  validate,
} from './registration-model'

const TODAY = '2025-12-15'

describe('registration form', () => {
  test('lists every missing field at once, in page order', () => {
    const errors = validate(emptyForm(TODAY), TODAY)
    expect(Object.keys(errors)).toEqual(['caseId', 'counterpartName', 'description'])
    expect(summaryOf(errors).map((e) => e.target)).toEqual(['arende-sok', 'motpart', 'beskrivning'])
  })

  test('a new case needs a series and a title; a future date is refused', () => {
    const f = { ...emptyForm(TODAY), caseMode: 'new' as const, documentDate: '2025-12-16' }
    const errors = validate(f, TODAY)
    expect(errors.seriesPrefix).toBe('Välj en diarieserie.')
    expect(errors.title).toMatch(/ärendemening/)
    expect(errors.documentDate).toBe('Datumet kan inte ligga i framtiden.')
  })

  test('maps the API field names to the form fields', () => {
    const file = new File(['x'], 'brev.pdf')
    const errors = errorsFromApi(
      [
        { field: 'newCase.title', message: 'Ange ärendemening.' },
        { field: 'title', message: 'Ange ärendemening.' },
        { field: 'confidentiality.ground', message: 'Ange sekretessgrund.' },
        { field: 'files[0]', message: 'Otillåtet filnamn.' },
        { field: 'something', message: 'Okänt.' },
      ],
      [file],
    )
    expect(errors.title).toContain('Ange ärendemening.')
    expect(errors.ground).toBe('Ange sekretessgrund.')
    expect(errors.files).toBe('brev.pdf: Otillåtet filnamn.')
    expect(errors.other).toBe('Okänt.')
    expect(summaryOf(errors).at(-1)).toEqual({ target: null, message: 'Okänt.' })
  })

  test('builds RegistrationData: counterpart fields only with a name, secrecy only when marked', () => {
    const data = toRegistrationData({
      ...emptyForm(TODAY),
      picked: { id: 'c1', caseNumber: 'KS-2025-00001', title: 'T', status: 'open' },
      description: ' Brev ',
      counterpartIdNumber: '556000-0000',
    })
    expect(data).toMatchObject({
      caseId: 'c1',
      counterpartName: null,
      counterpartKind: null,
      counterpartIdNumber: null,
      description: 'Brev',
      confidentiality: null,
    })
    const secret = toRegistrationData({
      ...emptyForm(TODAY),
      caseMode: 'new',
      seriesPrefix: 'KS',
      title: 'Ärende',
      counterpartName: 'Kristina Testsson',
      counterpartKind: 'person',
      confidential: true,
      ground: 'OSL 23:2',
      protectCounterpart: true,
    })
    expect(secret).toMatchObject({
      newCase: { seriesPrefix: 'KS', title: 'Ärende', caseOfficerId: null },
      counterpartKind: 'person',
      confidentiality: { ground: 'OSL 23:2', protectCounterpart: true, protectDescription: false },
    })
    expect(secret).not.toHaveProperty('caseId')
  })

  test('dates may be typed without dashes', () => {
    expect(normalizeDate('20251215')).toBe('2025-12-15')
    expect(normalizeDate(' 2025-12-15 ')).toBe('2025-12-15')
    expect(normalizeDate('15/12')).toBe('15/12')
  })
})
