import type { MeetingStatus, MembershipRole, NoticeRule, StaffFunction } from './api/board-types'

/** Swedish board-administration vocabulary, in one place (the registry's is in labels.ts). */
export const MEETING_STATUS_LABEL: Record<MeetingStatus, string> = {
  planned: 'Planerat',
  noticeSent: 'Kallat',
  open: 'Pågår',
  closed: 'Avslutat',
  attested: 'Justerat',
  cancelled: 'Inställt',
}

export const ROLE_LABEL: Record<MembershipRole, string> = {
  chair: 'Ordförande',
  viceChair: 'Vice ordförande',
  member: 'Ledamot',
  substitute: 'Ersättare',
}

export const STAFF_FUNCTION_LABEL: Record<StaffFunction, string> = {
  secretary: 'Sekreterare',
  official: 'Tjänsteperson',
}

const LONG_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** "måndag 15 december 2025" for 2025-12-15. */
export function longDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(d.getTime()) ? iso : LONG_DATE.format(d)
}

/** "15 december 2025, kl. 09:00". */
export function meetingWhen(meetsOn: string, startsAt: string, endsAt?: string | null): string {
  return `${longDate(meetsOn)}, kl. ${startsAt}${endsAt ? `–${endsAt}` : ''}`
}

/** Accepts 0900, 9:00 and 09.00; answers HH:MM or the input as typed. */
export function normalizeTime(value: string): string {
  const v = value.trim()
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(v)
  if (!m) return v
  return `${m[1]!.padStart(2, '0')}:${m[2]}`
}

/** Whether a string is an HH:MM time of day. */
export function isTime(value: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(value)
  return !!m && Number(m[1]) < 24 && Number(m[2]) < 60
}

/** Whether a string is a YYYY-MM-DD calendar date. */
export function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/** "7 dagar före sammanträdet (enligt kommunallagen)" */
export function noticeRuleText(rule: NoticeRule | null): string {
  if (!rule) return 'Inte angiven'
  const days = `${rule.daysBefore} ${rule.daysBefore === 1 ? 'dag' : 'dagar'} före sammanträdet`
  return rule.source === 'law' ? `${days} (enligt kommunallagen)` : `${days} (enligt reglementet)`
}

/** "A", "A och B", "A, B och C". */
export function joinSwedish(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`
}
