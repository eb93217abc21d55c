import { describe, expect, it } from 'vitest'
import { daysBetween, isIsoDate, swedishDate } from './dates.js'

describe('dates', () => {
  it('validates calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-1-01')).toBe(false)
  })
  it('takes the date in Sweden, not UTC', () => {
    expect(swedishDate(new Date('2025-12-14T23:30:00Z'))).toBe('2025-12-15')
    expect(swedishDate(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01')
  })
  it('changes the date at midnight in Sweden, also when asked within the same minute before', () => {
    expect(swedishDate(new Date('2025-06-30T21:59:00Z'))).toBe('2025-06-30')
    expect(swedishDate(new Date('2025-06-30T21:59:59.999Z'))).toBe('2025-06-30')
    expect(swedishDate(new Date('2025-06-30T22:00:00Z'))).toBe('2025-07-01')
    expect(swedishDate(new Date('2025-12-14T22:59:59.999Z'))).toBe('2025-12-14')
    expect(swedishDate(new Date('2025-12-14T23:00:00Z'))).toBe('2025-12-15')
  })
  it('counts days across a daylight-saving change', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2)
    expect(daysBetween('2025-12-01', '2025-12-01')).toBe(0)
  })
})
