import type { FieldError } from '../../api/types'
import type { SummaryError } from '../../components/error-summary'

/** The fields of a new case, shared by the registration form and the "Skapa ärende" page. */
export interface NewCaseValues {
  seriesPrefix: string
  title: string
  caseOfficerId: string
  committeeId: string
  classificationCode: string
}

export type FormErrors = Record<string, string>

/**
 * A new-case field's error key → the id of its element (the error summary links there), in the
 * order of the fields on the page.
 */
export const NEW_CASE_TARGET = {
  seriesPrefix: 'diarieserie',
  committeeId: 'organ',
  title: 'arendemening',
  caseOfficerId: 'handlaggare',
  classificationCode: 'klassificering',
} as const satisfies Record<keyof NewCaseValues, string>

export function emptyNewCase(): NewCaseValues {
  return { seriesPrefix: '', title: '', caseOfficerId: '', committeeId: '', classificationCode: '' }
}

/** The checks that need no server. */
export function validateNewCase(v: NewCaseValues): FormErrors {
  const e: FormErrors = {}
  if (!v.seriesPrefix) e.seriesPrefix = 'Välj en diarieserie.'
  if (!v.title.trim()) e.title = 'Ange ärendemening (ärendets rubrik).'
  return e
}

/** NewCaseBody of the API (server/src/http/schemas.ts), without `titleProtected`. */
export function toNewCaseBody(v: NewCaseValues) {
  return {
    seriesPrefix: v.seriesPrefix,
    title: v.title.trim(),
    caseOfficerId: v.caseOfficerId || null,
    committeeId: v.committeeId || null,
    classificationCode: v.classificationCode.trim() || null,
  }
}

/* The "Skapa ärende" page: the new-case fields and the protection of the title. */

export interface CreateCaseForm extends NewCaseValues {
  titleProtected: boolean
}

const CREATE_TARGET = new Map<string, string>([
  ['seriesPrefix', NEW_CASE_TARGET.seriesPrefix],
  ['committeeId', NEW_CASE_TARGET.committeeId],
  ['title', NEW_CASE_TARGET.title],
  ['titleProtected', 'skydda-arendemening'],
  ['caseOfficerId', NEW_CASE_TARGET.caseOfficerId],
  ['classificationCode', NEW_CASE_TARGET.classificationCode],
])

export function emptyCreateCase(): CreateCaseForm {
  return { ...emptyNewCase(), titleProtected: false }
}

/** The JSON body of POST /api/cases. */
export function toCreateCaseBody(f: CreateCaseForm) {
  return { ...toNewCaseBody(f), titleProtected: f.titleProtected }
}

/** The API's field errors of POST /api/cases → form keys; unknown fields go to `other`. */
export function createCaseErrorsFromApi(fields: FieldError[]): FormErrors {
  const out: FormErrors = {}
  for (const f of fields) {
    const key = CREATE_TARGET.has(f.field) ? f.field : 'other'
    out[key] = out[key] ? `${out[key]} ${f.message}` : f.message
  }
  return out
}

/** The errors for the summary, in the order of the fields on the page. */
export function createCaseSummary(errors: FormErrors): SummaryError[] {
  const order = [...CREATE_TARGET.keys()]
  const rank = (k: string) => (CREATE_TARGET.has(k) ? order.indexOf(k) : order.length)
  return Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, message]) => ({ target: CREATE_TARGET.get(key) ?? null, message }))
}
