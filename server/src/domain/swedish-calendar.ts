import { daysBetween, isIsoDate } from './dates.js'
import { ValidationError } from './errors.js'

/**
 * The Swedish calendar that statutory deadlines run on. Public holidays follow Lag (1989:253)
 * om allmänna helgdagar; Lag (1930:173) om beräkning av lagstadgad tid 2 § also moves a
 * deadline off midsommarafton, julafton and nyårsafton, so those count as non-working too.
 */
export interface SwedishHoliday {
  date: string
  name: string
  /** 'publicHoliday': allmän helgdag (1989:253); 'deadlineHoliday': only 1930:173 2 §. */
  kind: 'publicHoliday' | 'deadlineHoliday'
}

/** Throws a ValidationError unless `value` is a 'YYYY-MM-DD' calendar date. */
export function assertIsoDate(value: string, field = 'date'): void {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new ValidationError('Datumet är ogiltigt.', [
      { field, message: 'Ange ett datum på formen ÅÅÅÅ-MM-DD.' },
    ])
  }
}

const toUtc = (date: string) => new Date(`${date}T00:00:00Z`)
const fromUtc = (d: Date) => d.toISOString().slice(0, 10)
const ymd = (year: number, month: number, day: number) =>
  fromUtc(new Date(Date.UTC(year, month - 1, day)))

/** The date `n` calendar days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  assertIsoDate(date)
  if (!Number.isInteger(n)) {
    throw new ValidationError('Antalet dagar måste vara ett heltal.', [
      { field: 'days', message: 'Ange ett helt antal dagar.' },
    ])
  }
  const d = toUtc(date)
  d.setUTCDate(d.getUTCDate() + n)
  return fromUtc(d)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  assertIsoDate(date)
  return toUtc(date).getUTCDay()
}

/** Easter Sunday (påskdagen) in the Gregorian calendar, by the anonymous computus. */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return ymd(year, month, day)
}

/** The Saturday in the seven days starting `month`-`day` (midsommardagen, alla helgons dag). */
function saturdayFrom(year: number, month: number, day: number): string {
  const first = ymd(year, month, day)
  return addDays(first, (6 - weekday(first) + 7) % 7)
}

const cache = new Map<number, readonly SwedishHoliday[]>()

/** All allmänna helgdagar (1989:253 1 §) and the 1930:173 2 § eves of `year`, by date. */
export function swedishHolidays(year: number): readonly SwedishHoliday[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new ValidationError('Året är ogiltigt.', [{ field: 'year', message: 'Ange ett årtal.' }])
  }
  const cached = cache.get(year)
  if (cached) return cached
  const easter = easterSunday(year)
  const midsummerDay = saturdayFrom(year, 6, 20)
  const pub = (date: string, name: string) =>
    Object.freeze<SwedishHoliday>({ date, name, kind: 'publicHoliday' })
  const eve = (date: string, name: string) =>
    Object.freeze<SwedishHoliday>({ date, name, kind: 'deadlineHoliday' })
  const list = [
    pub(ymd(year, 1, 1), 'Nyårsdagen'),
    pub(ymd(year, 1, 6), 'Trettondedag jul'),
    pub(addDays(easter, -2), 'Långfredagen'),
    pub(easter, 'Påskdagen'),
    pub(addDays(easter, 1), 'Annandag påsk'),
    pub(ymd(year, 5, 1), 'Första maj'),
    pub(addDays(easter, 39), 'Kristi himmelsfärdsdag'),
    pub(addDays(easter, 49), 'Pingstdagen'),
    pub(ymd(year, 6, 6), 'Sveriges nationaldag'),
    eve(addDays(midsummerDay, -1), 'Midsommarafton'),
    pub(midsummerDay, 'Midsommardagen'),
    pub(saturdayFrom(year, 10, 31), 'Alla helgons dag'),
    eve(ymd(year, 12, 24), 'Julafton'),
    pub(ymd(year, 12, 25), 'Juldagen'),
    pub(ymd(year, 12, 26), 'Annandag jul'),
    eve(ymd(year, 12, 31), 'Nyårsafton'),
  ].sort((x, y) => daysBetween(y.date, x.date))
  cache.set(year, Object.freeze(list))
  return list
}

/** The holiday or 1930:173 eve on `date`, or null. */
export function holidayOn(date: string): SwedishHoliday | null {
  assertIsoDate(date)
  return swedishHolidays(Number(date.slice(0, 4))).find((h) => h.date === date) ?? null
}

/**
 * Whether `date` is a vardag in the sense of 1930:173 2 §: not a Saturday, Sunday, allmän
 * helgdag, midsommarafton, julafton or nyårsafton.
 */
export function isWorkingDay(date: string): boolean {
  const day = weekday(date)
  return day !== 0 && day !== 6 && holidayOn(date) === null
}

/** `date` itself when it is a vardag, otherwise the next vardag (1930:173 2 §). */
export function nextWorkingDay(date: string): string {
  let d = date
  while (!isWorkingDay(d)) d = addDays(d, 1)
  return d
}
