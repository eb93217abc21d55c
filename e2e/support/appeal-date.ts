/**
 * The last day to appeal a decision whose posting went up on `postedOn`, worked out here on its
 * own (not with the server's domain/swedish-calendar.ts), so the browser test checks the server:
 * three weeks later (KL 13 kap. 5 §, lag 1930:173 1 §), moved to the next working day when it
 * falls on a Saturday, a Sunday, a public holiday, midsommarafton, julafton or nyårsafton (2 §).
 */
export function expectedLastAppealDay(postedOn: string): string {
  let day = addDays(postedOn, 21)
  while (!isWorkingDay(day)) day = addDays(day, 1)
  return day
}

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** Easter Sunday by Meeus/Jones/Butcher. */
function easter(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const h =
    (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The Saturday in a range of seven days starting at `from` (midsommar, alla helgons dag). */
function saturdayFrom(from: string): string {
  let d = from
  while (new Date(`${d}T12:00:00Z`).getUTCDay() !== 6) d = addDays(d, 1)
  return d
}

function closedDays(year: number): Set<string> {
  const e = easter(year)
  const midsummer = saturdayFrom(`${year}-06-20`)
  return new Set([
    `${year}-01-01`,
    `${year}-01-06`,
    addDays(e, -2),
    e,
    addDays(e, 1),
    `${year}-05-01`,
    addDays(e, 39),
    addDays(e, 49),
    `${year}-06-06`,
    addDays(midsummer, -1),
    midsummer,
    saturdayFrom(`${year}-10-31`),
    `${year}-12-24`,
    `${year}-12-25`,
    `${year}-12-26`,
    `${year}-12-31`,
  ])
}

function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
  if (weekday === 0 || weekday === 6) return false
  return !closedDays(Number(date.slice(0, 4))).has(date)
}
