import { describe, expect, it } from 'vitest'
import {
  assertDelegateAllowed,
  compareDelegationPoints,
  parseDelegationPoint,
  sortDelegationPoints,
  validateDelegatedDecisionRecording,
  type DelegateType,
} from './delegation.js'
import { ValidationError } from './errors.js'

describe('assertDelegateAllowed (rule 31)', () => {
  it('allows a subcommittee, a member, a substitute and an employee', () => {
    for (const t of ['subcommittee', 'member', 'substitute', 'employee'] as const) {
      expect(() => assertDelegateAllowed(t)).not.toThrow()
    }
  })
  it('refuses a group of employees and a mixed group', () => {
    expect(() => assertDelegateAllowed('employeeGroup')).toThrow(/grupp av anställda/)
    expect(() => assertDelegateAllowed('mixedGroup')).toThrow(/blandad delegering/)
    expect(() => assertDelegateAllowed('mixedGroup')).toThrow(ValidationError)
  })
  it('refuses an unknown type', () => {
    expect(() => assertDelegateAllowed('committee' as DelegateType)).toThrow(ValidationError)
  })
})

describe('validateDelegatedDecisionRecording (rule 30)', () => {
  it('accepts a report to a meeting or a separate protocol', () => {
    expect(validateDelegatedDecisionRecording({ reportTo: 'meeting-1' })).toBe('report')
    expect(validateDelegatedDecisionRecording({ separateMinutes: true })).toBe('separateMinutes')
    expect(validateDelegatedDecisionRecording({ reportTo: null, separateMinutes: true })).toBe(
      'separateMinutes',
    )
  })
  it('refuses neither and both', () => {
    expect(() => validateDelegatedDecisionRecording({})).toThrow(ValidationError)
    expect(() => validateDelegatedDecisionRecording({ reportTo: '  ' })).toThrow(ValidationError)
    expect(() =>
      validateDelegatedDecisionRecording({ reportTo: 'meeting-1', separateMinutes: true }),
    ).toThrow(/inte båda/)
  })
})

describe('delegation points', () => {
  it('parses dotted numbers', () => {
    expect(parseDelegationPoint('10.1')).toEqual([10, 1])
    expect(parseDelegationPoint(' 7.2 ')).toEqual([7, 2])
    expect(parseDelegationPoint('13')).toEqual([13])
    expect(parseDelegationPoint('3.1.4')).toEqual([3, 1, 4])
  })
  it('refuses anything else', () => {
    for (const bad of ['', '10.', '.1', '10..1', 'A.1', '01.1', '10,1', '1.2.3.4.5.6']) {
      expect(() => parseDelegationPoint(bad)).toThrow(ValidationError)
    }
  })
  it('sorts numerically, not as text', () => {
    expect(sortDelegationPoints(['13.1', '10.10', '7.2', '10.1', '10.2', '10', '2.1'])).toEqual([
      '2.1',
      '7.2',
      '10',
      '10.1',
      '10.2',
      '10.10',
      '13.1',
    ])
    expect(compareDelegationPoints('10.1', '10.1')).toBe(0)
    expect(compareDelegationPoints('9.9', '10.1')).toBeLessThan(0)
  })
})
