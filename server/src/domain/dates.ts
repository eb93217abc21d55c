/** Dates in Kansli are 'YYYY-MM-DD' in Europe/Stockholm. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

const stockholmDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

// Intl formatting costs tens of microseconds, and a registration asks several times. Sweden's
// offset from UTC is whole hours, so the date is the same throughout a UTC minute.
let cachedMinute = NaN
let cachedDate = ''

/** The calendar date in Sweden at the given instant. */
export function swedishDate(instant: Date): string {
  const minute = Math.floor(instant.getTime() / 60_000)
  if (minute !== cachedMinute) {
    cachedDate = stockholmDate.format(instant)
    cachedMinute = minute
  }
  return cachedDate
}

/** Whole calendar days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}
