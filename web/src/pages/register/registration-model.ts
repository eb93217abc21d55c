import type { CounterpartKind, Direction, FieldError } from '../../api/types'
import type { SummaryError } from '../../components/error-summary'
import {
  emptyNewCase,
  NEW_CASE_TARGET,
  toNewCaseBody,
  validateNewCase,
  type FormErrors,
  type NewCaseValues,
} from '../cases/new-case-model'

export type { FormErrors }

export type CaseMode = 'existing' | 'new'

export interface PickedCase {
  id: string
  caseNumber: string
  title: string
  status: 'open' | 'decided' | 'closed'
}

export interface RegistrationForm extends NewCaseValues {
  caseMode: CaseMode
  picked: PickedCase | null
  direction: Direction
  documentDate: string
  counterpartName: string
  counterpartKind: CounterpartKind
  counterpartIdNumber: string
  description: string
  confidential: boolean
  ground: string
  protectCounterpart: boolean
  protectDescription: boolean
  files: File[]
}

/** A form field's error key → the id of the element the error summary links to. */
export const TARGET: Record<string, string> = {
  caseId: 'arende-sok',
  ...NEW_CASE_TARGET,
  direction: 'riktning-incoming',
  documentDate: 'datum',
  counterpartName: 'motpart',
  counterpartKind: 'motpartstyp-person',
  counterpartIdNumber: 'motpart-id',
  description: 'beskrivning',
  ground: 'sekretessgrund',
  files: 'filer',
}

/** The order errors are listed in: the order of the fields on the page. */
const ORDER = Object.keys(TARGET)

/** The API's field names (`newCase.title`, `confidentiality.ground`, `files[0]`) → form keys. */
export function errorsFromApi(fields: FieldError[], files: File[]): FormErrors {
  const out: FormErrors = {}
  for (const f of fields) {
    const fileMatch = /^files\[(\d+)\]/.exec(f.field)
    let key: string
    let message = f.message
    if (fileMatch) {
      key = 'files'
      const file = files[Number(fileMatch[1])]
      if (file) message = `${file.name}: ${message}`
    } else if (f.field.startsWith('confidentiality')) {
      key = 'ground'
    } else {
      key = f.field.replace(/^newCase\./, '').replace(/^data$/, 'other')
      if (!(key in TARGET)) key = 'other'
    }
    out[key] = out[key] ? `${out[key]} ${message}` : message
  }
  return out
}

export function summaryOf(errors: FormErrors): SummaryError[] {
  return Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, message]) => ({ target: TARGET[key] ?? null, message }))
}

function rank(key: string): number {
  const i = ORDER.indexOf(key)
  return i === -1 ? ORDER.length : i
}

/** The checks that need no server, so that every missing field is listed at once. */
export function validate(f: RegistrationForm, today: string): FormErrors {
  const e: FormErrors = {}
  if (f.caseMode === 'existing') {
    if (!f.picked) e.caseId = 'Välj ett ärende eller skapa ett nytt.'
    else if (f.picked.status === 'closed')
      e.caseId = 'Ärendet är avslutat. Återöppna det innan du registrerar fler handlingar.'
  } else {
    Object.assign(e, validateNewCase(f))
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.documentDate)) {
    e.documentDate =
      f.direction === 'incoming'
        ? 'Ange datum då handlingen kom in (ÅÅÅÅ-MM-DD).'
        : 'Ange datum då handlingen upprättades (ÅÅÅÅ-MM-DD).'
  } else if (f.documentDate > today) {
    e.documentDate = 'Datumet kan inte ligga i framtiden.'
  }
  if (!f.counterpartName.trim() && f.direction !== 'drawnUp') {
    e.counterpartName =
      f.direction === 'incoming'
        ? 'Ange avsändare för en inkommande handling.'
        : 'Ange mottagare för en utgående handling.'
  }
  if (!f.description.trim()) e.description = 'Ange kort vad handlingen gäller.'
  if (f.confidential && !f.ground.trim()) {
    e.ground = 'Ange sekretessgrund som lagrum i offentlighets- och sekretesslagen, t.ex. OSL 26:1.'
  }
  return e
}

/** The `data` part of the multipart upload (RegistrationData in server/src/http/schemas.ts). */
export function toRegistrationData(f: RegistrationForm) {
  const name = f.counterpartName.trim()
  return {
    ...(f.caseMode === 'existing'
      ? { caseId: f.picked?.id ?? null }
      : { newCase: toNewCaseBody(f) }),
    direction: f.direction,
    documentDate: f.documentDate,
    counterpartName: name || null,
    counterpartKind: name ? f.counterpartKind : null,
    counterpartIdNumber: name ? f.counterpartIdNumber.trim() || null : null,
    description: f.description.trim(),
    confidentiality: f.confidential
      ? {
          ground: f.ground.trim(),
          protectCounterpart: f.protectCounterpart,
          protectDescription: f.protectDescription,
        }
      : null,
  }
}

export function emptyForm(today: string, picked: PickedCase | null = null): RegistrationForm {
  return {
    caseMode: 'existing',
    picked,
    ...emptyNewCase(),
    direction: 'incoming',
    documentDate: today,
    counterpartName: '',
    counterpartKind: 'organisation',
    counterpartIdNumber: '',
    description: '',
    confidential: false,
    ground: '',
    protectCounterpart: false,
    protectDescription: false,
    files: [],
  }
}
