import { describe, expect, it } from 'vitest'
import { ValidationError } from './errors.js'
import {
  addDays,
  easterSunday,
  holidayOn,
  isWorkingDay,
  nextWorkingDay,
  swedishHolidays,
  weekday,
} from './swedish-calendar.js'

const dateOf = (year: number, name: string) =>
  swedishHolidays(year).find((h) => h.name === name)?.date

describe('easterSunday', () => {
  it('computes Easter by the Gregorian computus', () => {
    expect(easterSunday(2024)).toBe('2024-03-31')
    expect(easterSunday(2025)).toBe('2025-04-20')
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2019)).toBe('2019-04-21')
    expect(easterSunday(2000)).toBe('2000-04-23')
  })
  it('reaches the earliest and latest possible dates', () => {
    expect(easterSunday(1818)).toBe('1818-03-22')
    expect(easterSunday(2285)).toBe('2285-03-22')
    expect(easterSunday(1943)).toBe('1943-04-25')
    expect(easterSunday(2038)).toBe('2038-04-25')
  })
})

describe('swedishHolidays', () => {
  it('lists the holidays of 2025', () => {
    expect(swedishHolidays(2025).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2025-01-01 Nyårsdagen',
      '2025-01-06 Trettondedag jul',
      '2025-04-18 Långfredagen',
      '2025-04-20 Påskdagen',
      '2025-04-21 Annandag påsk',
      '2025-05-01 Första maj',
      '2025-05-29 Kristi himmelsfärdsdag',
      '2025-06-06 Sveriges nationaldag',
      '2025-06-08 Pingstdagen',
      '2025-06-20 Midsommarafton',
      '2025-06-21 Midsommardagen',
      '2025-11-01 Alla helgons dag',
      '2025-12-24 Julafton',
      '2025-12-25 Juldagen',
      '2025-12-26 Annandag jul',
      '2025-12-31 Nyårsafton',
    ])
  })
  it('puts midsommardagen on the Saturday 20–26 June', () => {
    expect(dateOf(2024, 'Midsommardagen')).toBe('2024-06-22')
    expect(dateOf(2026, 'Midsommardagen')).toBe('2026-06-20')
    expect(dateOf(2027, 'Midsommardagen')).toBe('2027-06-26')
    expect(dateOf(2026, 'Midsommarafton')).toBe('2026-06-19')
    expect(dateOf(2027, 'Midsommarafton')).toBe('2027-06-25')
    for (let y = 2000; y < 2100; y++) {
      const d = dateOf(y, 'Midsommardagen') ?? ''
      expect(weekday(d)).toBe(6)
      expect(d >= `${y}-06-20` && d <= `${y}-06-26`).toBe(true)
    }
  })
  it('puts alla helgons dag on the Saturday 31 October–6 November', () => {
    expect(dateOf(2025, 'Alla helgons dag')).toBe('2025-11-01')
    expect(dateOf(2024, 'Alla helgons dag')).toBe('2024-11-02')
    expect(dateOf(2026, 'Alla helgons dag')).toBe('2026-10-31')
    expect(dateOf(2020, 'Alla helgons dag')).toBe('2020-10-31')
    expect(dateOf(2021, 'Alla helgons dag')).toBe('2021-11-06')
  })
  it('marks the eves as deadline holidays only', () => {
    expect(holidayOn('2025-12-24')).toMatchObject({ name: 'Julafton', kind: 'deadlineHoliday' })
    expect(holidayOn('2025-12-25')).toMatchObject({ name: 'Juldagen', kind: 'publicHoliday' })
    expect(holidayOn('2025-12-23')).toBeNull()
  })
  it('refuses a year that is not a year', () => {
    expect(() => swedishHolidays(20.5)).toThrow(ValidationError)
  })
})

describe('isWorkingDay', () => {
  it('is false on weekends, holidays and the 1930:173 eves', () => {
    expect(isWorkingDay('2025-03-15')).toBe(false) // Saturday
    expect(isWorkingDay('2025-03-16')).toBe(false) // Sunday
    expect(isWorkingDay('2025-05-01')).toBe(false) // Thursday, första maj
    expect(isWorkingDay('2025-06-06')).toBe(false) // Friday, nationaldagen
    expect(isWorkingDay('2025-06-20')).toBe(false) // Friday, midsommarafton
    expect(isWorkingDay('2025-12-24')).toBe(false) // Wednesday, julafton
    expect(isWorkingDay('2025-12-31')).toBe(false) // Wednesday, nyårsafton
    expect(isWorkingDay('2026-01-06')).toBe(false) // Tuesday, trettondedag jul
    expect(isWorkingDay('2025-05-29')).toBe(false) // Thursday, Kristi himmelsfärdsdag
  })
  it('is true on ordinary weekdays, including days next to holidays', () => {
    expect(isWorkingDay('2025-03-17')).toBe(true)
    expect(isWorkingDay('2025-05-02')).toBe(true) // klämdag, still a vardag
    expect(isWorkingDay('2025-12-23')).toBe(true)
    expect(isWorkingDay('2025-06-19')).toBe(true)
    expect(isWorkingDay('2026-01-05')).toBe(true) // trettondagsafton is not in 1930:173
  })
  it('refuses a malformed date', () => {
    expect(() => isWorkingDay('2025-02-29')).toThrow(ValidationError)
    expect(() => isWorkingDay('2025-1-01')).toThrow(ValidationError)
  })
})

describe('nextWorkingDay', () => {
  it('returns the date itself when it is a vardag', () => {
    expect(nextWorkingDay('2018-04-24')).toBe('2018-04-24')
  })
  it('moves past weekends and holiday runs', () => {
    expect(nextWorkingDay('2025-03-15')).toBe('2025-03-17')
    expect(nextWorkingDay('2025-12-24')).toBe('2025-12-29')
    expect(nextWorkingDay('2025-12-31')).toBe('2026-01-02')
    expect(nextWorkingDay('2025-04-18')).toBe('2025-04-22')
    expect(nextWorkingDay('2025-06-20')).toBe('2025-06-23')
  })
})

describe('addDays', () => {
  it('adds calendar days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31') // across daylight saving
    expect(addDays('2025-03-10', -7)).toBe('2025-03-03')
    expect(addDays('2025-03-10', 0)).toBe('2025-03-10')
  })
  it('refuses fractions and bad dates', () => {
    expect(() => addDays('2025-03-10', 1.5)).toThrow(ValidationError)
    expect(() => addDays('10/3/2025', 1)).toThrow(ValidationError)
  })
})
