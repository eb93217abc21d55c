import { describe, expect, it } from 'vitest'
import { formatCaseNumber, parseCaseNumber, validateTemplate } from './case-number.js'

describe('case-number templates', () => {
  it('formats the three styles seen in real registries', () => {
    expect(
      formatCaseNumber('{series}-{year}-{seq:5}', { series: 'KS', year: 2025, seq: 466 }),
    ).toBe('KS-2025-00466')
    expect(formatCaseNumber('{series} {year}/{seq}', { series: 'KS', year: 2022, seq: 1197 })).toBe(
      'KS 2022/1197',
    )
    expect(formatCaseNumber('{series} {year}/{seq}', { series: 'BUN', year: 2018, seq: 41 })).toBe(
      'BUN 2018/41',
    )
  })

  it('parses a number back, and refuses one of another shape', () => {
    expect(parseCaseNumber('{series}-{year}-{seq:5}', 'ks-2025-00466')).toEqual({
      series: 'KS',
      year: 2025,
      seq: 466,
    })
    expect(parseCaseNumber('{series} {year}/{seq}', 'BUN 2018/41')).toEqual({
      series: 'BUN',
      year: 2018,
      seq: 41,
    })
    expect(parseCaseNumber('{series} {year}/{seq}', 'KS-2025-00466')).toBeNull()
  })

  it('rejects a template without a sequence', () => {
    expect(() => validateTemplate('{series}-{year}')).toThrow(/ogiltig/)
    expect(() => validateTemplate('{series}-{year}-{seq:5}')).not.toThrow()
  })
})
