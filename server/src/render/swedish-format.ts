import type {
  AttendeeView,
  ClockTime,
  DelegatedDecisionView,
  IsoDate,
  Issuer,
  MinutesView,
} from './view-models.js'

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const

// Definite forms, as in "Måndagen den 15 december 2025"; index = Date#getUTCDay().
const WEEKDAYS = [
  'söndagen',
  'måndagen',
  'tisdagen',
  'onsdagen',
  'torsdagen',
  'fredagen',
  'lördagen',
] as const

function parts(date: IsoDate): { y: number; m: number; d: number; weekday: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) throw new RangeError(`Not a date: ${date}`)
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return { y, m, d, weekday }
}

/** '2025-11-18' → '18 november 2025'. */
export function longDate(date: IsoDate): string {
  const { y, m, d } = parts(date)
  return `${d} ${MONTHS[m - 1]} ${y}`
}

/** '2025-12-15' → 'Måndagen den 15 december 2025' (capitalised, as on a notice). */
export function meetingDay(date: IsoDate): string {
  const { weekday } = parts(date)
  const name = WEEKDAYS[weekday] ?? ''
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} den ${longDate(date)}`
}

/** '2026-01-26' → 'måndag' (the bare weekday, as in a meeting plan's table). */
export function weekdayName(date: IsoDate): string {
  const { weekday } = parts(date)
  return (WEEKDAYS[weekday] ?? '').replace(/en$/, '')
}

/** '09:00' → 'Klockan 09:00'. */
export function clock(time: ClockTime): string {
  return `Klockan ${time}`
}

/** The minutes' time line: 'Tisdagen den 26 mars 2024 kl. 08:30–10:15'. */
export function meetingTime(m: Pick<MinutesView, 'meetingDate' | 'startTime' | 'endTime'>): string {
  const span = m.endTime ? `${m.startTime}–${m.endTime}` : m.startTime
  return `${meetingDay(m.meetingDate)} kl. ${span}`
}

/** § numbers as printed: '§ 29', '§§ 27–36', '§§ 29, 31'. Consecutive runs collapse. */
export function sectionRange(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  if (sorted.length === 0) return ''
  if (sorted.length === 1) return `§ ${sorted[0]}`
  const runs: string[] = []
  let start = sorted[0] as number
  let prev = start
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n
      continue
    }
    runs.push(start === prev ? `${start}` : `${start}–${prev}`)
    start = n
    prev = n
  }
  return `§§ ${runs.join(', ')}`
}

/** 'Kommunstyrelsen' → 'Kommunstyrelsens', unless the view gives the genitive. */
export function genitive(issuer: Issuer): string {
  if (issuer.committeeGenitive) return issuer.committeeGenitive
  return /[sxz]$/i.test(issuer.committee) ? issuer.committee : `${issuer.committee}s`
}

const ROLE_LABEL = {
  chair: 'ordförande',
  viceChair: 'vice ordförande',
  member: '',
  substitute: 'ersättare',
  servingSubstitute: 'tjänstgörande ersättare',
} as const

/** 'Erik Ciardi (C), ordförande'; 'Anna Berg (S), tjänstgörande ersättare för Per Ek (S)'. */
export function attendeeLine(a: AttendeeView): string {
  let line = a.party ? `${a.name} (${a.party})` : a.name
  const role = a.role ? ROLE_LABEL[a.role] : ''
  if (role) line += `, ${role}`
  if (a.role === 'servingSubstitute' && a.servingFor) line += ` för ${a.servingFor}`
  if (a.note) line += `, ${a.note}`
  return line
}

/** The date cell of the delegation report: '18 november 2025' or 'För perioden …'. */
export function delegatedDecisionDate(d: DelegatedDecisionView): string {
  if (d.period) return `För perioden ${longDate(d.period.from)} – ${longDate(d.period.to)}`
  return d.date ? longDate(d.date) : ''
}

/** The delegation point cell: 'Punkt 10.1 Upphandling och …'. */
export function delegationPointLabel(d: DelegatedDecisionView): string {
  return [d.point ? `Punkt ${d.point}` : '', d.pointText ?? ''].filter(Boolean).join(' ')
}

/** The standard audience line of a notice (LEGAL-RULES rule 17: members, substitutes informed). */
export const DEFAULT_AUDIENCE = 'Kallelse för ledamöterna och för kännedom till ersättarna'

/** The posting sentence on the minutes (KL 8 kap. 12 §). */
export const POSTING_SENTENCE =
  'Protokollet är justerat. Justeringen har tillkännagivits genom anslag'

/** Ballot labels as printed in a vote table. */
export const BALLOT_LABEL = { yes: 'Ja', no: 'Nej', abstain: 'Avstår' } as const
