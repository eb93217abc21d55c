import { describe, expect, it } from 'vitest'
import { ValidationError } from './errors.js'
import { formatSectionRange, sectionRange } from './section-numbering.js'

describe('sectionRange', () => {
  it('starts at § 1 when the committee has no § yet', () => {
    expect(sectionRange(null, '2025-01-20', 10)).toEqual({ first: 1, last: 10 })
  })
  it('runs on through the year (Kalmar KSAU 2024-03-26: §§ 27–36)', () => {
    expect(
      sectionRange({ meetingDate: '2024-03-12', sectionNumber: 26 }, '2024-03-26', 10),
    ).toEqual({ first: 27, last: 36 })
    expect(sectionRange({ meetingDate: '2024-03-26', sectionNumber: 36 }, '2024-03-26', 1)).toEqual(
      { first: 37, last: 37 },
    )
  })
  it('starts again at § 1 in a new year', () => {
    expect(
      sectionRange({ meetingDate: '2025-12-15', sectionNumber: 212 }, '2026-01-12', 3),
    ).toEqual({ first: 1, last: 3 })
  })
  it('refuses following on from a later meeting', () => {
    expect(() =>
      sectionRange({ meetingDate: '2025-03-10', sectionNumber: 40 }, '2025-03-03', 2),
    ).toThrow(ValidationError)
  })
  it('refuses a bad count or last number', () => {
    expect(() => sectionRange(null, '2025-03-03', 0)).toThrow(ValidationError)
    expect(() => sectionRange(null, '2025-03-03', 1.5)).toThrow(ValidationError)
    expect(() =>
      sectionRange({ meetingDate: '2025-03-01', sectionNumber: 0 }, '2025-03-03', 2),
    ).toThrow(ValidationError)
  })
})

describe('formatSectionRange', () => {
  it('writes one § or a range with an en dash', () => {
    expect(formatSectionRange({ first: 27, last: 27 })).toBe('§ 27')
    expect(formatSectionRange({ first: 27, last: 36 })).toBe('§§ 27–36')
  })
  it('refuses an impossible range', () => {
    expect(() => formatSectionRange({ first: 36, last: 27 })).toThrow(ValidationError)
    expect(() => formatSectionRange({ first: 0, last: 2 })).toThrow(ValidationError)
  })
})
