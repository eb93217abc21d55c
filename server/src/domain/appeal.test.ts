import { describe, expect, it } from 'vitest'
import {
  appealPeriod,
  assertTakeDownAllowed,
  attestationDeadline,
  attestationStatus,
  attestationWarningDate,
  postingDeadline,
} from './appeal.js'
import { ConflictError, ValidationError } from './errors.js'

describe('attestation deadline (KL 5 kap. 69 §)', () => {
  it('is the meeting day + 14, with a warning from + 10', () => {
    expect(attestationDeadline('2025-03-03')).toBe('2025-03-17')
    expect(attestationWarningDate('2025-03-03')).toBe('2025-03-13')
    expect(attestationDeadline('2025-12-22')).toBe('2026-01-05')
  })
  it('refuses a malformed meeting date', () => {
    expect(() => attestationDeadline('2025-03-32')).toThrow(ValidationError)
  })
})

describe('attestationStatus', () => {
  const meeting = '2025-03-03'
  it('is ok before the warning date', () => {
    expect(attestationStatus(meeting, '2025-03-03')).toBe('ok')
    expect(attestationStatus(meeting, '2025-03-12')).toBe('ok')
  })
  it('warns from D + 10 up to and including the deadline', () => {
    expect(attestationStatus(meeting, '2025-03-13')).toBe('warning')
    expect(attestationStatus(meeting, '2025-03-17')).toBe('warning')
  })
  it('is overdue after D + 14', () => {
    expect(attestationStatus(meeting, '2025-03-18')).toBe('overdue')
    expect(attestationStatus(meeting, '2025-03-18', null)).toBe('overdue')
  })
  it('is attested once attested, even late', () => {
    expect(attestationStatus(meeting, '2025-03-05', '2025-03-04')).toBe('attested')
    expect(attestationStatus(meeting, '2025-04-01', '2025-03-20')).toBe('attested')
  })
  it('refuses an attestation before the meeting', () => {
    expect(() => attestationStatus(meeting, '2025-03-05', '2025-03-02')).toThrow(ValidationError)
  })
})

describe('posting deadline (KL 8 kap. 12 §)', () => {
  it('is the second day after attestation', () => {
    expect(postingDeadline('2025-03-03')).toBe('2025-03-05')
    expect(postingDeadline('2025-12-30')).toBe('2026-01-01')
  })
})

describe('appealPeriod (KL 13 kap. 5 §, 1930:173)', () => {
  it('matches the Kramfors KSAU posting of 2018-04-03', () => {
    expect(appealPeriod('2018-04-03')).toEqual({
      postedOn: '2018-04-03',
      lastAppealDay: '2018-04-24',
      takeDownOn: '2018-04-25',
    })
  })
  it('ends on the same weekday three weeks later', () => {
    expect(appealPeriod('2025-03-05').lastAppealDay).toBe('2025-03-26')
  })
  it('moves a last day on julafton to the next vardag', () => {
    // 2025-12-03 + 21 = Wednesday 2025-12-24; 25, 26 holidays, 27–28 weekend.
    expect(appealPeriod('2025-12-03')).toMatchObject({
      lastAppealDay: '2025-12-29',
      takeDownOn: '2025-12-30',
    })
  })
  it('moves a last day on midsommarafton past midsommar weekend', () => {
    expect(appealPeriod('2025-05-30').lastAppealDay).toBe('2025-06-23')
  })
  it('moves a last day on nyårsafton past nyårsdagen', () => {
    expect(appealPeriod('2025-12-10').lastAppealDay).toBe('2026-01-02')
  })
  it('moves a last day on a weekend to Monday', () => {
    expect(appealPeriod('2025-03-01').lastAppealDay).toBe('2025-03-24')
  })
  it('moves a last day on långfredagen past Easter', () => {
    expect(appealPeriod('2025-03-28').lastAppealDay).toBe('2025-04-22')
  })
})

describe('assertTakeDownAllowed', () => {
  it('refuses taking the posting down during the appeal period', () => {
    expect(() => assertTakeDownAllowed('2018-04-03', '2018-04-24')).toThrow(ConflictError)
    expect(() => assertTakeDownAllowed('2018-04-03', '2018-04-10')).toThrow(
      /Sista dag för överklagande är 2018-04-24/,
    )
  })
  it('allows it from the day after the last appeal day', () => {
    expect(() => assertTakeDownAllowed('2018-04-03', '2018-04-25')).not.toThrow()
  })
})
