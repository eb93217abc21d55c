import { sql, type Kysely, type Selectable } from 'kysely'
import type { AiSortModelTable, AiSortSuggestionTable, DB } from '../db/schema.js'
import type { SortCaseInfo, SortRegistration } from '../domain/ai-sorting/targets.js'

/** The sorter's tables (migration 0011) and what it reads of the registry. */

export type AiSortModelRow = Omit<Selectable<AiSortModelTable>, 'model'>
export type AiSortSuggestionRow = Selectable<AiSortSuggestionTable>

/** Characters of each file's text the sorter reads (features.ts uses the start of it). */
const FILE_HEAD = 3000
const CHUNK = 5000

/**
 * The newest `limit` registrations, oldest first, as the trainer reads them. A confidential
 * document's file text is not even read: the sorter never uses it (features.ts).
 */
export async function trainingRegistrations(
  db: Kysely<DB>,
  municipalityId: string,
  limit: number,
): Promise<SortRegistration[]> {
  const rows = await db
    .selectFrom('documents as d')
    .select((eb) => [
      'd.id',
      'd.case_id',
      'd.registered_at',
      'd.direction',
      'd.description',
      'd.counterpart_name',
      'd.counterpart_kind',
      'd.confidential',
      'd.protect_description',
      'd.protect_counterpart',
      eb
        .selectFrom('document_files as f')
        .select(
          sql<
            string | null
          >`string_agg(left(f.extracted_text, ${FILE_HEAD}), E'\n' order by f.added_at, f.id)`.as(
            'text',
          ),
        )
        .whereRef('f.document_id', '=', 'd.id')
        .where('d.confidential', '=', false)
        .as('file_text'),
    ])
    .where('d.municipality_id', '=', municipalityId)
    // Registrations made in the same instant (an import) keep one order on every engine and run.
    .orderBy('d.registered_at', 'desc')
    .orderBy('d.registration_number', 'desc')
    .limit(limit)
    .execute()
  return rows.reverse().map((r) => ({
    documentId: r.id,
    caseId: r.case_id,
    registeredAt: new Date(r.registered_at),
    direction: r.direction,
    description: r.description,
    counterpartName: r.counterpart_name,
    counterpartKind: r.counterpart_kind,
    fileText: r.file_text,
    confidential: r.confidential,
    protectDescription: r.protect_description,
    protectCounterpart: r.protect_counterpart,
  }))
}

/** The cases of the given ids, with what the targets are read from. */
export async function sortCases(
  db: Kysely<DB>,
  municipalityId: string,
  ids: readonly string[],
): Promise<SortCaseInfo[]> {
  const out: SortCaseInfo[] = []
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('cases')
      .select([
        'id',
        'case_number',
        'title',
        'title_protected',
        'series_id',
        'committee_id',
        'case_officer_id',
        'status',
      ])
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute()
    for (const r of rows)
      out.push({
        id: r.id,
        caseNumber: r.case_number,
        title: r.title,
        titleProtected: r.title_protected,
        seriesId: r.series_id,
        committeeId: r.committee_id,
        caseOfficerId: r.case_officer_id,
        closed: r.status === 'closed',
      })
  }
  return out
}

/** One registration, for a suggestion: the same fields the trainer reads. */
export async function sortableDocument(
  db: Kysely<DB>,
  municipalityId: string,
  documentId: string,
): Promise<SortRegistration | null> {
  const r = await db
    .selectFrom('documents as d')
    .select([
      'd.id',
      'd.case_id',
      'd.registered_at',
      'd.direction',
      'd.description',
      'd.counterpart_name',
      'd.counterpart_kind',
      'd.confidential',
      'd.protect_description',
      'd.protect_counterpart',
    ])
    .where('d.municipality_id', '=', municipalityId)
    .where('d.id', '=', documentId)
    .executeTakeFirst()
  if (!r) return null
  const files = r.confidential
    ? []
    : await db
        .selectFrom('document_files')
        .select(sql<string | null>`left(extracted_text, ${FILE_HEAD})`.as('text'))
        .where('document_id', '=', documentId)
        .orderBy('added_at')
        .orderBy('id')
        .execute()
  const text = files.flatMap((f) => (f.text ? [f.text] : [])).join('\n')
  return {
    documentId: r.id,
    caseId: r.case_id,
    registeredAt: new Date(r.registered_at),
    direction: r.direction,
    description: r.description,
    counterpartName: r.counterpart_name,
    counterpartKind: r.counterpart_kind,
    fileText: text || null,
    confidential: r.confidential,
    protectDescription: r.protect_description,
    protectCounterpart: r.protect_counterpart,
  }
}

/**
 * When each case that is not closed last had a registration (ms), for the recency prior; the
 * document the suggestion is for does not count (it would point at the case it is already in).
 */
export async function lastActivityOfOpenCases(
  db: Kysely<DB>,
  municipalityId: string,
  exceptDocumentId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('documents as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .select(['d.case_id', (eb) => eb.fn.max('d.registered_at').as('last')])
    .where('c.municipality_id', '=', municipalityId)
    .where('c.status', '<>', 'closed')
    .where('d.id', '<>', exceptDocumentId)
    .groupBy('d.case_id')
    .execute()
  return new Map(rows.map((r) => [r.case_id, new Date(r.last as Date | string).getTime()]))
}

const MODEL_COLUMNS = [
  'id',
  'municipality_id',
  'version',
  'status',
  'algorithm',
  'feature_version',
  'trained_at',
  'trained_by',
  'training_size',
  'held_out_size',
  'evaluation',
  'train_ms',
] as const

/** The model in use, without its counts. */
export function activeModel(db: Kysely<DB>, municipalityId: string) {
  return db
    .selectFrom('ai_sort_models')
    .select(MODEL_COLUMNS)
    .where('municipality_id', '=', municipalityId)
    .where('status', '=', 'active')
    .executeTakeFirst()
}

/** Every training, newest first, without the counts. */
export function modelHistory(db: Kysely<DB>, municipalityId: string, limit: number) {
  return db
    .selectFrom('ai_sort_models')
    .select(MODEL_COLUMNS)
    .where('municipality_id', '=', municipalityId)
    .orderBy('version', 'desc')
    .limit(limit)
    .execute()
}

export async function modelCounts(db: Kysely<DB>, id: string): Promise<unknown> {
  const r = await db
    .selectFrom('ai_sort_models')
    .select('model')
    .where('id', '=', id)
    .executeTakeFirst()
  return r?.model ?? null
}

/**
 * Stores a new model as the active one and retires the previous (its counts are dropped). The
 * municipality row is locked (FOR NO KEY UPDATE, which does not block inserts that reference it),
 * so two trainings at once get consecutive versions instead of a conflict.
 */
export async function storeActiveModel(
  trx: Kysely<DB>,
  row: Omit<AiSortModelRow, 'id' | 'version' | 'status' | 'evaluation'> & {
    evaluation: unknown
    model: unknown
  },
): Promise<AiSortModelRow> {
  await trx
    .selectFrom('municipalities')
    .select('id')
    .where('id', '=', row.municipality_id)
    .forNoKeyUpdate()
    .executeTakeFirstOrThrow()
  await trx
    .updateTable('ai_sort_models')
    .set({ status: 'retired', model: null })
    .where('municipality_id', '=', row.municipality_id)
    .where('status', '=', 'active')
    .execute()
  const last = await trx
    .selectFrom('ai_sort_models')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('municipality_id', '=', row.municipality_id)
    .executeTakeFirst()
  return trx
    .insertInto('ai_sort_models')
    .values({
      ...row,
      version: Number(last?.v ?? 0) + 1,
      status: 'active',
      evaluation: JSON.stringify(row.evaluation),
      model: JSON.stringify(row.model),
    })
    .returning(MODEL_COLUMNS)
    .executeTakeFirstOrThrow()
}

export async function insertSuggestion(
  trx: Kysely<DB>,
  row: Omit<AiSortSuggestionRow, 'outcome' | 'outcome_by' | 'outcome_at'>,
) {
  await trx
    .insertInto('ai_sort_suggestions')
    .values({
      ...row,
      suggested: JSON.stringify(row.suggested),
      current_values: JSON.stringify(row.current_values),
    })
    .execute()
}

/** A suggestion, locked until the transaction ends when `lock` (its outcome is recorded once). */
export function findSuggestion(
  db: Kysely<DB>,
  municipalityId: string,
  id: string,
  lock = false,
): Promise<AiSortSuggestionRow | undefined> {
  const q = db
    .selectFrom('ai_sort_suggestions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
  return (lock ? q.forUpdate() : q).executeTakeFirst()
}

export function suggestionsOfDocument(db: Kysely<DB>, municipalityId: string, documentId: string) {
  return db
    .selectFrom('ai_sort_suggestions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('document_id', '=', documentId)
    .orderBy('created_at', 'desc')
    .limit(20)
    .execute()
}

export async function setOutcome(
  trx: Kysely<DB>,
  id: string,
  outcome: unknown,
  by: string | null,
  at: Date,
) {
  await trx
    .updateTable('ai_sort_suggestions')
    .set({ outcome: JSON.stringify(outcome), outcome_by: by, outcome_at: at })
    .where('id', '=', id)
    .execute()
}

/** The series, committees and active users of a municipality: what may be suggested. */
export async function sortChoices(db: Kysely<DB>, municipalityId: string) {
  const [series, committees, users] = await Promise.all([
    db
      .selectFrom('registry_series')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .execute(),
    db
      .selectFrom('committees')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .execute(),
    db
      .selectFrom('users')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .where('active', '=', true)
      .execute(),
  ])
  const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id))
  return { series: ids(series), committees: ids(committees), users: ids(users) }
}

/** Names of what a suggestion points at, looked up by id (for the person, never for the log). */
export async function sortLabels(
  db: Kysely<DB>,
  municipalityId: string,
  ids: { series: string[]; cases: string[]; committees: string[]; users: string[] },
) {
  const none = ['00000000-0000-0000-0000-000000000000']
  const or = (xs: string[]) => (xs.length ? xs : none)
  const [series, cases, committees, users] = await Promise.all([
    db
      .selectFrom('registry_series')
      .select(['id', 'prefix', 'name'])
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', or(ids.series))
      .execute(),
    db
      .selectFrom('cases')
      .select(['id', 'case_number', 'title', 'status', 'series_id'])
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', or(ids.cases))
      .execute(),
    db
      .selectFrom('committees')
      .select(['id', 'name', 'short_name'])
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', or(ids.committees))
      .execute(),
    db
      .selectFrom('users')
      .select(['id', 'display_name', 'title', 'active'])
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', or(ids.users))
      .execute(),
  ])
  return { series, cases, committees, users }
}

/** The figures of the given models (for suggestions made with them). */
export async function modelsByIds(db: Kysely<DB>, municipalityId: string, ids: readonly string[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('ai_sort_models')
    .select(MODEL_COLUMNS)
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', [...ids])
    .execute()
}
