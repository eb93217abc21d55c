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
  findSeriesForNewCase,
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

/** A new case checked and looked up, ready to get its number. */
export interface PreparedCase {
  municipalityId: string
  input: NewCaseInput
  prefix: string
  title: string
  code: string | null
  seriesId: string
  committeeId: string | null
  template: string
  year: number
  openedOn: string
}

/**
 * Checks a new case and reads what its number needs, inside the transaction but before any lock
 * is taken (`fieldPrefix` is 'newCase.' when a registration opens the case, so that errors name
 * the field the client sent).
 */
export async function prepareCase(
  trx: Kysely<DB>,
  municipalityId: string,
  input: NewCaseInput,
  at: Date,
  fieldPrefix = '',
): Promise<PreparedCase> {
  assertNoFieldErrors(
    newCaseFieldErrors(input, fieldPrefix),
    'Ärendet kunde inte skapas. Rätta de markerade uppgifterna.',
  )
  const prefix = input.seriesPrefix.trim().toUpperCase()
  const series = await findSeriesForNewCase(trx, municipalityId, prefix)
  if (!series) {
    throw new ValidationError('Diarieserien finns inte.', [
      { field: `${fieldPrefix}seriesPrefix`, message: `Det finns ingen diarieserie ${prefix}.` },
    ])
  }
  await checkReferences(trx, municipalityId, input, fieldPrefix)
  const openedOn = swedishDate(at)
  return {
    municipalityId,
    input,
    prefix,
    title: input.title.trim(),
    code: input.classificationCode?.trim() || null,
    seriesId: series.id,
    committeeId: input.committeeId || series.committee_id,
    template: series.case_number_template,
    year: input.importedNumber?.year ?? Number(openedOn.slice(0, 4)),
    openedOn,
  }
}

/**
 * Draws the number of a prepared case and inserts it. The draw locks the series counter until
 * commit, so everything that can be done before it is done before it (see prepareCase).
 */
export async function insertPreparedCase(
  trx: Kysely<DB>,
  p: PreparedCase,
  at: Date,
  opts: { firstDocumentNumbered?: boolean } = {},
): Promise<{ row: CaseRow; audit: AuditEntry }> {
  let seq: number
  if (p.input.importedNumber) {
    seq = p.input.importedNumber.seq
    await reserveNumber(trx, p.seriesId, p.year, seq)
  } else {
    seq = await drawNextNumber(trx, p.seriesId, p.year)
  }
  const caseNumber = formatCaseNumber(p.template, { series: p.prefix, year: p.year, seq })
  const row = await insertCase(trx, {
    municipality_id: p.municipalityId,
    series_id: p.seriesId,
    year: p.year,
    sequence_number: seq,
    case_number: caseNumber,
    title: p.title,
    title_protected: !!p.input.titleProtected,
    status: 'open',
    case_officer_id: p.input.caseOfficerId || null,
    committee_id: p.committeeId,
    classification_code: p.code,
    opened_on: p.openedOn,
    decided_on: null,
    closed_on: null,
    // A case opened by its first document gives that document number 1 here.
    last_document_number: opts.firstDocumentNumbered ? 1 : 0,
    created_at: at,
    updated_at: at,
  })
  return {
    row,
    audit: {
      action: 'case.create',
      entityType: 'case',
      entityId: row.id,
      data: {
        caseNumber,
        seriesPrefix: p.prefix,
        caseOfficerId: row.case_officer_id,
        committeeId: row.committee_id,
      },
    },
  }
}

/** Opens a case inside an existing transaction: checks, number, row and search entry. */
export async function openCase(
  trx: Kysely<DB>,
  municipalityId: string,
  input: NewCaseInput,
  at: Date,
  fieldPrefix = '',
): Promise<{ row: CaseRow; audit: AuditEntry }> {
  const prepared = await prepareCase(trx, municipalityId, input, at, fieldPrefix)
  const opened = await insertPreparedCase(trx, prepared, at)
  await indexCase(trx, opened.row)
  return opened
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
