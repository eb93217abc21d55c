/**
 * iCalendar (RFC 5545) for the members' meeting feed: a calendar program subscribes to it and
 * keeps the committee's meetings up to date. Times are local Swedish time (TZID
 * Europe/Stockholm, with its VTIMEZONE), lines end in CRLF and are folded at 75 octets.
 */
export interface CalendarEvent {
  /** Stable across updates, so that a changed meeting replaces the old entry. */
  uid: string
  date: string
  start: string
  /** 'HH:MM'; the event lasts `defaultHours` when no end is known. */
  end?: string | null
  summary: string
  location?: string | null
  description?: string | null
  cancelled?: boolean
  /** Bumped whenever the meeting changes (RFC 5545 SEQUENCE). */
  sequence?: number
  url?: string | null
}

export interface Calendar {
  name: string
  events: readonly CalendarEvent[]
  /** The time the feed is produced (DTSTAMP). */
  now: Date
  defaultHours?: number
}

const TZ = 'Europe/Stockholm'

// Central European Time with its EU summer time rule: last Sunday of March 02:00 → 03:00,
// last Sunday of October 03:00 → 02:00.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZ}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

/** TEXT values: backslash, semicolon, comma and newlines are escaped (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = Buffer.byteLength(ch)
    const limit = parts.length === 0 ? 75 : 74 // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const local = (date: string, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`

function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

function addHours(date: string, time: string, hours: number): { date: string; time: string } {
  const [h, m] = time.split(':').map(Number) as [number, number]
  const total = h * 60 + m + hours * 60
  const days = Math.floor(total / 1440)
  const minutes = total % 1440
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return { date: d.toISOString().slice(0, 10), time: `${hh}:${mm}` }
}

/** The whole feed as text. */
export function renderCalendar(cal: Calendar): string {
  const stamp = utcStamp(cal.now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kansli//Sammanträden//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    `X-WR-TIMEZONE:${TZ}`,
    ...VTIMEZONE,
  ]
  for (const e of cal.events) {
    const end =
      e.end && e.end > e.start
        ? { date: e.date, time: e.end }
        : addHours(e.date, e.start, cal.defaultHours ?? 3)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${TZ}:${local(e.date, e.start)}`,
      `DTEND;TZID=${TZ}:${local(end.date, end.time)}`,
      `SEQUENCE:${e.sequence ?? 0}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
