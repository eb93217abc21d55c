import { describe, expect, it } from 'vitest'
import { ValidationError } from './errors.js'
import { noticeDeadline, noticeRuleFor, noticeStatus } from './notice.js'

describe('noticeRuleFor', () => {
  it('gives fullmäktige one week by law', () => {
    expect(noticeRuleFor('council')).toEqual({ daysBefore: 7, source: 'law' })
    expect(noticeRuleFor('council', 7)).toEqual({ daysBefore: 7, source: 'law' })
  })
  it('lets fullmäktige’s arbetsordning ask for more, never less', () => {
    expect(noticeRuleFor('council', 10)).toEqual({ daysBefore: 10, source: 'reglemente' })
    expect(() => noticeRuleFor('council', 5)).toThrow(/minst en vecka/)
  })
  it('takes a nämnd’s period from its reglemente', () => {
    expect(noticeRuleFor('board', 5)).toEqual({ daysBefore: 5, source: 'reglemente' })
    expect(noticeRuleFor('executive', 6)).toEqual({ daysBefore: 6, source: 'reglemente' })
    expect(noticeRuleFor('subcommittee', 0)).toEqual({ daysBefore: 0, source: 'reglemente' })
  })
  it('refuses a nämnd without a period, or a bad period', () => {
    expect(() => noticeRuleFor('board')).toThrow(ValidationError)
    expect(() => noticeRuleFor('board', -1)).toThrow(ValidationError)
    expect(() => noticeRuleFor('board', 2.5)).toThrow(ValidationError)
  })
})

describe('noticeStatus', () => {
  const council = noticeRuleFor('council')
  const board = noticeRuleFor('board', 5)
  it('is on time when posted no later than the meeting day − 7 (rule 16)', () => {
    expect(noticeDeadline('2025-12-15', council)).toBe('2025-12-08')
    expect(noticeStatus('2025-12-15', '2025-12-08', council)).toEqual({
      deadline: '2025-12-08',
      late: false,
      daysLate: 0,
    })
    expect(noticeStatus('2025-12-15', '2025-12-01', council).late).toBe(false)
  })
  it('counts the days late', () => {
    expect(noticeStatus('2025-12-15', '2025-12-10', council)).toEqual({
      deadline: '2025-12-08',
      late: true,
      daysLate: 2,
    })
  })
  it('applies a reglemente period (rule 17)', () => {
    expect(noticeStatus('2025-12-15', '2025-12-10', board)).toMatchObject({ late: false })
    expect(noticeStatus('2025-12-15', '2025-12-11', board)).toMatchObject({
      late: true,
      daysLate: 1,
    })
  })
  it('refuses malformed dates', () => {
    expect(() => noticeStatus('2025-12-15', '15/12', board)).toThrow(ValidationError)
    expect(() => noticeDeadline('2025-13-01', board)).toThrow(ValidationError)
  })
})
