import { describe, expect, it } from 'vitest'
import {
  assertDecidedWithin,
  assertDelegateAllowed,
  assertWithinAmountLimit,
  compareDelegationPoints,
  inForceOn,
  orderDelegationReport,
  planAdoption,
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
    expect(validateDelegatedDecisionRecording({ reportLater: true })).toBe('report')
  })
  it('refuses neither and both', () => {
    expect(() => validateDelegatedDecisionRecording({})).toThrow(ValidationError)
    expect(() => validateDelegatedDecisionRecording({ reportTo: '  ' })).toThrow(ValidationError)
    expect(() =>
      validateDelegatedDecisionRecording({ reportTo: 'meeting-1', separateMinutes: true }),
    ).toThrow(/inte båda/)
    expect(() =>
      validateDelegatedDecisionRecording({ reportLater: true, separateMinutes: true }),
    ).toThrow(/inte båda/)
    expect(() => validateDelegatedDecisionRecording({ reportLater: false })).toThrow(
      ValidationError,
    )
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

describe('versions of a scheme', () => {
  const v1 = { versionNumber: 1, validFrom: '2023-01-01', validTo: '2025-12-31' }
  const v2 = { versionNumber: 2, validFrom: '2026-01-01', validTo: null }

  it('is in force from its first to its last day, open-ended when current', () => {
    expect(inForceOn(v1, '2023-01-01')).toBe(true)
    expect(inForceOn(v1, '2025-12-31')).toBe(true)
    expect(inForceOn(v1, '2026-01-01')).toBe(false)
    expect(inForceOn(v1, '2022-12-31')).toBe(false)
    expect(inForceOn(v2, '2099-06-30')).toBe(true)
  })

  it('refuses a decision dated outside the version (KL 6 kap. 37 §)', () => {
    expect(() => assertDecidedWithin(v1, '2025-11-18')).not.toThrow()
    try {
      assertDecidedWithin(v1, '2026-01-02')
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError)
      const err = e as ValidationError
      expect(err.code).toBe('outside_delegation_validity')
      expect(err.message).toContain('version 1 gällde inte 2026-01-02')
      expect(err.fields[0]?.field).toBe('decidedOn')
    }
    expect(() => assertDecidedWithin(v2, '2025-12-31', 'period.from')).toThrow(
      /från och med 2026-01-01/,
    )
  })

  it('plans the Kalix revision: adopted 2025-12-15, in force 2026-01-01, the old one ends 2025-12-31', () => {
    expect(
      planAdoption({
        adoptedOn: '2025-12-15',
        validFrom: '2026-01-01',
        previous: { versionNumber: 1, validFrom: '2023-01-01', validTo: null },
        today: '2025-12-15',
      }),
    ).toEqual({ previousValidTo: '2025-12-31' })
    expect(
      planAdoption({ adoptedOn: '2023-01-01', validFrom: '2023-01-01', today: '2023-02-01' }),
    ).toEqual({ previousValidTo: null })
  })

  it('refuses a version that would apply before its decision, before the current one, or a decision in the future', () => {
    const previous = { versionNumber: 1, validFrom: '2025-06-01', validTo: null }
    const base = { adoptedOn: '2025-12-15', validFrom: '2026-01-01', today: '2025-12-15' }
    expect(() => planAdoption({ ...base, validFrom: '2025-12-14' })).toThrow(/före beslutet/)
    expect(() => planAdoption({ ...base, adoptedOn: '2025-12-16' })).toThrow(/i framtiden/)
    expect(() =>
      planAdoption({ ...base, adoptedOn: '2025-05-01', validFrom: '2025-06-01', previous }),
    ).toThrow(/efter den nuvarande/)
    expect(() => planAdoption({ ...base, validFrom: '2026-02-30' })).toThrow(ValidationError)
  })

  it("refuses an amount above the point's limit", () => {
    expect(() => assertWithinAmountLimit(50_000_000, 50_000_000)).not.toThrow()
    expect(() => assertWithinAmountLimit(null, 1000)).not.toThrow()
    expect(() => assertWithinAmountLimit(5000, null)).not.toThrow()
    expect(() => assertWithinAmountLimit(50_000_001, 50_000_000)).toThrow(/måste fattas av nämnden/)
  })
})

describe('orderDelegationReport', () => {
  // The Kalix KS table of 2025-12-15: neither by point nor by date, summaries last.
  const rows = [
    { kind: 'periodSummary', seq: 1, point: null, date: '2025-11-05' },
    { kind: 'decision', seq: 2, point: '10.1', date: '2025-11-18' },
    { kind: 'decision', seq: 3, point: '7.2', date: '2025-11-21' },
    { kind: 'decision', seq: 4, point: '13.1', date: '2025-11-26' },
    { kind: 'decision', seq: 5, point: '10.1', date: '2025-12-09' },
    { kind: 'decision', seq: 6, point: '10.1', date: '2025-11-20' },
    { kind: 'periodSummary', seq: 7, point: '4.1', date: '2025-11-05' },
  ] as const
  it('keeps registration order with the period summaries last', () => {
    expect(orderDelegationReport(rows).map((r) => r.seq)).toEqual([2, 3, 4, 5, 6, 1, 7])
  })
  it('orders by point, then date, on request', () => {
    expect(orderDelegationReport(rows, 'point').map((r) => r.seq)).toEqual([3, 2, 6, 5, 4, 7, 1])
  })
})
