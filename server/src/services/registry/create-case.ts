import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { formatCaseNumber, SERIES_PREFIX } from '../../domain/case-number.js'
import { swedishDate } from '../../domain/dates.js'
import {
  NotFoundError,
  ValidationError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import {
  drawNextNumber,
  findSeriesByPrefix,
  reserveNumber,
} from '../../repositories/series.repository.js'
import { insertCase, type CaseRow } from '../../repositories/case.repository.js'
import type { AuditEntry } from '../../repositories/audit.repository.js'
import { indexCase } from './search-index.js'
import { requireRole } from '../access/policies.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'

export interface NewCaseInput {
  seriesPrefix: string
  title: string
  titleProtected?: boolean
  caseOfficerId?: string | null
  committeeId?: string | null
  classificationCode?: string | null
  /** Only for imports of existing registries: the case keeps its historical number. */
  importedNumber?: { year: number; seq: number }
}

/**
 * Opens a case inside an existing transaction and draws its number. Used by `case.create`
 * and by `document.register` when a document starts a new case.
 */
/** The checks of a new case that need no database; `prefix` names the fields (e.g. 'newCase.'). */
export function newCaseFieldErrors(input: NewCaseInput, prefix = ''): FieldError[] {
  const fields: FieldError[] = []
  if (!SERIES_PREFIX.test(input.seriesPrefix?.trim().toUpperCase() ?? '')) {
    fields.push({ field: `${prefix}seriesPrefix`, message: 'Välj en diarieserie.' })
  }
  const title = input.title?.trim() ?? ''
  if (!title)
    fields.push({ field: `${prefix}title`, message: 'Ange ärendemening (ärendets rubrik).' })
  else if (title.length > 500) {
    fields.push({ field: `${prefix}title`, message: 'Ärendemeningen får vara högst 500 tecken.' })
  }
  const code = input.classificationCode?.trim()
  if (code && !/^[\p{L}\p{N}.-]{1,30}$/u.test(code)) {
    fields.push({
      field: `${prefix}classificationCode`,
      message: 'Klassificeringskoden får bara innehålla bokstäver, siffror och punkter.',
    })
  }
  return fields
}

/**
 * Opens a case inside an existing transaction and draws its number. Used by `case.create`
 * and by `document.register` when a document starts a new case (then `fieldPrefix` is
 * 'newCase.', so errors name the field the client sent).
 */
export async function openCase(
  trx: Kysely<DB>,
  municipalityId: string,
  input: NewCaseInput,
  at: Date,
  fieldPrefix = '',
): Promise<{ row: CaseRow; audit: AuditEntry }> {
  assertNoFieldErrors(
    newCaseFieldErrors(input, fieldPrefix),
    'Ärendet kunde inte skapas. Rätta de markerade uppgifterna.',
  )
  const prefix = input.seriesPrefix.trim().toUpperCase()
  const title = input.title.trim()
  const code = input.classificationCode?.trim() || null

  const series = await findSeriesByPrefix(trx, municipalityId, prefix)
  if (!series) {
    throw new ValidationError('Diarieserien finns inte.', [
      { field: `${fieldPrefix}seriesPrefix`, message: `Det finns ingen diarieserie ${prefix}.` },
    ])
  }
  const municipality = await trx
    .selectFrom('municipalities')
    .select('case_number_template')
    .where('id', '=', municipalityId)
    .executeTakeFirstOrThrow()
  await checkReferences(trx, municipalityId, input, fieldPrefix)

  const today = swedishDate(at)
  const year = input.importedNumber?.year ?? Number(today.slice(0, 4))
  let seq: number
  if (input.importedNumber) {
    seq = input.importedNumber.seq
    await reserveNumber(trx, series.id, year, seq)
  } else {
    seq = await drawNextNumber(trx, series.id, year)
  }
  const caseNumber = formatCaseNumber(municipality.case_number_template, {
    series: prefix,
    year,
    seq,
  })
  const row = await insertCase(trx, {
    municipality_id: municipalityId,
    series_id: series.id,
    year,
    sequence_number: seq,
    case_number: caseNumber,
    title,
    title_protected: !!input.titleProtected,
    status: 'open',
    case_officer_id: input.caseOfficerId || null,
    committee_id: input.committeeId || series.committee_id,
    classification_code: code,
    opened_on: today,
    decided_on: null,
    closed_on: null,
    last_document_number: 0,
    created_at: at,
    updated_at: at,
  })
  await indexCase(trx, row)
  return {
    row,
    audit: {
      action: 'case.create',
      entityType: 'case',
      entityId: row.id,
      data: {
        caseNumber,
        seriesPrefix: prefix,
        caseOfficerId: row.case_officer_id,
        committeeId: row.committee_id,
      },
    },
  }
}

async function checkReferences(
  trx: Kysely<DB>,
  municipalityId: string,
  input: NewCaseInput,
  prefix: string,
) {
  const fields: FieldError[] = []
  if (input.caseOfficerId) {
    const user = isUuid(input.caseOfficerId)
      ? await trx
          .selectFrom('users')
          .select('id')
          .where('municipality_id', '=', municipalityId)
          .where('id', '=', input.caseOfficerId)
          .where('active', '=', true)
          .executeTakeFirst()
      : undefined
    if (!user) fields.push({ field: `${prefix}caseOfficerId`, message: 'Handläggaren finns inte.' })
  }
  if (input.committeeId) {
    const committee = isUuid(input.committeeId)
      ? await trx
          .selectFrom('committees')
          .select('id')
          .where('municipality_id', '=', municipalityId)
          .where('id', '=', input.committeeId)
          .executeTakeFirst()
      : undefined
    if (!committee) fields.push({ field: `${prefix}committeeId`, message: 'Organet finns inte.' })
  }
  assertNoFieldErrors(fields, 'Ärendet kunde inte skapas. Rätta de markerade uppgifterna.')
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const isUuid = (v: string) => UUID.test(v)

export function notFoundCase(): NotFoundError {
  return new NotFoundError('case_not_found', 'Ärendet finns inte.')
}

/** `case.create`: opens a case with a new case number. */
export async function createCase(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: NewCaseInput,
): Promise<CaseRow> {
  requireRole(actor, ['registrar', 'caseOfficer', 'secretary'], 'skapa ärenden')
  return runCommand(deps, ctx, actor, 'case.create', async (trx, at) => {
    const { row, audit } = await openCase(trx, actor.municipalityId, input, at)
    return { result: row, audit }
  })
}
