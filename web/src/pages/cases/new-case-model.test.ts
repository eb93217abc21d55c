import { describe, expect, test } from 'vitest'
import {
  createCaseErrorsFromApi,
  createCaseSummary,
  emptyCreateCase,
  toCreateCaseBody,
  validateNewCase,
} from './new-case-model'

describe('new case form', () => {
  test('needs a series and a title', () => {
    expect(validateNewCase(emptyCreateCase())).toEqual({
      seriesPrefix: 'Välj en diarieserie.',
      title: 'Ange ärendemening (ärendets rubrik).',
    })
    expect(validateNewCase({ ...emptyCreateCase(), seriesPrefix: 'KS', title: ' T ' })).toEqual({})
  })

  test('builds the body of POST /api/cases: empty choices as null, trimmed text', () => {
    expect(
      toCreateCaseBody({
        ...emptyCreateCase(),
        seriesPrefix: 'KS',
        title: ' Medborgarförslag om utegym ',
        classificationCode: ' 2.4.1 ',
        titleProtected: true,
      }),
    ).toEqual({
      seriesPrefix: 'KS',
      title: 'Medborgarförslag om utegym',
      titleProtected: true,
      caseOfficerId: null,
      committeeId: null,
      classificationCode: '2.4.1',
    })
  })

  test('maps the API field errors to the fields, in page order, unknown ones last', () => {
    const errors = createCaseErrorsFromApi([
      { field: 'classificationCode', message: 'Fel kod.' },
      { field: 'constructor', message: 'Okänt.' },
      { field: 'seriesPrefix', message: 'Det finns ingen diarieserie XX.' },
    ])
    expect(errors).toEqual({
      classificationCode: 'Fel kod.',
      other: 'Okänt.',
      seriesPrefix: 'Det finns ingen diarieserie XX.',
    })
    expect(createCaseSummary(errors)).toEqual([
      { target: 'diarieserie', message: 'Det finns ingen diarieserie XX.' },
      { target: 'klassificering', message: 'Fel kod.' },
      { target: null, message: 'Okänt.' },
    ])
  })
})
