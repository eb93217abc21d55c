import { describe, expect, it } from 'vitest'
import {
  attendeeLine,
  delegatedDecisionDate,
  delegationPointLabel,
  genitive,
  longDate,
  meetingDay,
  meetingTime,
  sectionRange,
  weekdayName,
} from './swedish-format.js'

describe('Swedish dates as printed on notices and minutes', () => {
  it('names the weekday and month as the seeds do', () => {
    expect(meetingDay('2025-12-15')).toBe('Måndagen den 15 december 2025')
    expect(meetingDay('2024-03-26')).toBe('Tisdagen den 26 mars 2024')
    expect(meetingDay('2025-06-01')).toBe('Söndagen den 1 juni 2025')
    expect(longDate('2025-11-18')).toBe('18 november 2025')
    expect(weekdayName('2026-01-26')).toBe('måndag')
    expect(weekdayName('2026-01-31')).toBe('lördag')
    expect(weekdayName('2026-02-01')).toBe('söndag')
  })

  it('prints the meeting time span with an en dash', () => {
    expect(meetingTime({ meetingDate: '2024-03-26', startTime: '08:30', endTime: '10:15' })).toBe(
      'Tisdagen den 26 mars 2024 kl. 08:30–10:15',
    )
    expect(meetingTime({ meetingDate: '2024-03-26', startTime: '08:30' })).toBe(
      'Tisdagen den 26 mars 2024 kl. 08:30',
    )
  })

  it('refuses what is not a date', () => {
    expect(() => meetingDay('15/12/2025')).toThrow(RangeError)
  })
})

describe('§ ranges', () => {
  it('collapses consecutive numbers', () => {
    expect(sectionRange([27, 28, 29, 30, 31, 32, 33, 34, 35, 36])).toBe('§§ 27–36')
    expect(sectionRange([29])).toBe('§ 29')
    expect(sectionRange([31, 29])).toBe('§§ 29, 31')
    expect(sectionRange([1, 2, 3, 7, 9, 10])).toBe('§§ 1–3, 7, 9–10')
    expect(sectionRange([])).toBe('')
  })
})

describe('names and roles', () => {
  it('prints party and role after the name', () => {
    expect(attendeeLine({ name: 'Erik Ciardi', party: 'C', role: 'chair' })).toBe(
      'Erik Ciardi (C), ordförande',
    )
    expect(attendeeLine({ name: 'Hanne Lindqvist', party: 'M', role: 'viceChair' })).toBe(
      'Hanne Lindqvist (M), vice ordförande',
    )
    expect(attendeeLine({ name: 'Johan Persson', party: 'S', role: 'member' })).toBe(
      'Johan Persson (S)',
    )
    expect(
      attendeeLine({
        name: 'Lena Holm',
        party: 'S',
        role: 'servingSubstitute',
        servingFor: 'Per Ek (S)',
        note: '§ 12',
      }),
    ).toBe('Lena Holm (S), tjänstgörande ersättare för Per Ek (S), § 12')
  })

  it('forms the genitive of a committee name', () => {
    expect(genitive({ municipality: 'x', committee: 'Kommunstyrelsen' })).toBe('Kommunstyrelsens')
    expect(genitive({ municipality: 'x', committee: 'Kommunstyrelsens arbetsutskott' })).toBe(
      'Kommunstyrelsens arbetsutskotts',
    )
    expect(
      genitive({ municipality: 'x', committee: 'Valnämnden', committeeGenitive: 'Valnämndens' }),
    ).toBe('Valnämndens')
  })
})

describe('delegation report cells', () => {
  it('prints a single date or a period, and the point with its text', () => {
    const base = { decisionMaker: 'IT-chef Fredrik Lind', action: 'Tecknat avtal' }
    expect(delegatedDecisionDate({ ...base, date: '2025-11-20' })).toBe('20 november 2025')
    expect(
      delegatedDecisionDate({ ...base, period: { from: '2025-11-05', to: '2025-12-09' } }),
    ).toBe('För perioden 5 november 2025 – 9 december 2025')
    expect(
      delegationPointLabel({ ...base, point: '13.1', pointText: 'Beslut i brådskande ärende.' }),
    ).toBe('Punkt 13.1 Beslut i brådskande ärende.')
  })
})
