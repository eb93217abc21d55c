import type { CaseStatus, Direction } from './api/types'

/** Swedish registry vocabulary, in one place. */
export const STATUS_LABEL: Record<CaseStatus, string> = {
  open: 'Öppet',
  decided: 'Beslutat',
  closed: 'Avslutat',
}

export const DIRECTION_LABEL: Record<Direction, string> = {
  incoming: 'Inkommande',
  outgoing: 'Utgående',
  drawnUp: 'Upprättad',
}

/** Whom the counterpart is, for a direction. */
export const COUNTERPART_LABEL: Record<Direction, string> = {
  incoming: 'Avsändare',
  outgoing: 'Mottagare',
  drawnUp: 'Avsändare/mottagare',
}

export const DATE_LABEL: Record<Direction, string> = {
  incoming: 'Inkom datum',
  outgoing: 'Upprättad/expedierad datum',
  drawnUp: 'Upprättad datum',
}

export const COMMITTEE_KIND_LABEL: Record<string, string> = {
  council: 'Fullmäktige',
  executive: 'Styrelse',
  board: 'Nämnd',
  subcommittee: 'Utskott',
}

const ACTION_LABEL: Record<string, string> = {
  'case.create': 'Ärendet skapades',
  'case.changeStatus': 'Status ändrades',
  'case.grantAccess': 'Läsbehörighet till sekretessmarkerade handlingar gavs',
  'document.register': 'Handling registrerades',
  'document.readConfidential': 'Sekretessmarkerad handling lästes',
  'document.readFile': 'Fil hämtades',
}

export function actionLabel(action: string): string {
  return ACTION_LABEL[action] ?? action
}

/** Today's date in Sweden as YYYY-MM-DD. */
export function swedishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())
}

/** Accepts 20251215 and 2025-12-15 (and 2025/12/15), answers YYYY-MM-DD or the input as typed. */
export function normalizeDate(value: string): string {
  const v = value.trim()
  const m = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})$/.exec(v)
  return m ? `${m[1]}-${m[2]}-${m[3]}` : v
}

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso))
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat('sv-SE').format(n)
}
