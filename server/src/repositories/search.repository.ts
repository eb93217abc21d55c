import { sql, type Kysely } from 'kysely'
import type { CaseStatus, DB, Direction, SearchEntryTable } from '../db/schema.js'
import type { Insertable } from 'kysely'

export async function upsertSearchEntry(trx: Kysely<DB>, row: Insertable<SearchEntryTable>) {
  if (row.kind === 'case') {
    await trx.deleteFrom('search_entries').where('case_id', '=', row.case_id).where('kind', '=', 'case').execute()
    await trx.insertInto('search_entries').values(row).execute()
    return
  }
  await trx
    .insertInto('search_entries')
    .values(row)
    .onConflict((oc) =>
      oc.column('document_id').doUpdateSet({
        internal_head: row.internal_head,
        internal_body: row.internal_body,
        public_head: row.public_head,
        public_body: row.public_body,
        confidential: row.confidential,
        status: row.status,
      }),
    )
    .execute()
}

/** A case's status is a filter on all its entries. */
export async function updateSearchStatus(trx: Kysely<DB>, caseId: string, status: CaseStatus) {
  await trx.updateTable('search_entries').set({ status }).where('case_id', '=', caseId).execute()
}

export interface SearchFilters {
  seriesId?: string
  year?: number
  status?: CaseStatus
  direction?: Direction
  committeeId?: string
  dateFrom?: string
  dateTo?: string
}

export interface SearchQuery {
  municipalityId: string
  /** to_tsquery text built by domain/search-query.ts, or null to list by date. */
  tsquery: string | null
  filters: SearchFilters
  scope:
    | { kind: 'public' }
    | { kind: 'internal'; readsAllConfidential: boolean; entitledCaseIds: (db: Kysely<DB>) => unknown }
  limit: number
  offset: number
  /** Counting stops here: a total above it is shown as "över N". */
  countCap: number
}

/** Runs a ranked full-text search. Only this function knows the SQL of search. */
export async function searchEntries(db: Kysely<DB>, q: SearchQuery) {
  const query = q.tsquery === null ? null : sql`to_tsquery('swedish', ${q.tsquery})`
  const vector =
    q.scope.kind === 'public'
      ? sql.ref('public_tsv')
      : q.scope.readsAllConfidential
        ? sql.ref('internal_tsv')
        : sql`case when not confidential or case_id in (${q.scope.entitledCaseIds(db) as never}) then internal_tsv else public_tsv end`
  let base = db
    .selectFrom('search_entries')
    .where('municipality_id', '=', q.municipalityId)
  const f = q.filters
  if (f.seriesId) base = base.where('series_id', '=', f.seriesId)
  if (f.year) base = base.where('year', '=', f.year)
  if (f.status) base = base.where('status', '=', f.status)
  if (f.direction) base = base.where('direction', '=', f.direction)
  if (f.committeeId) base = base.where('committee_id', '=', f.committeeId)
  if (f.dateFrom) base = base.where('entry_date', '>=', f.dateFrom)
  if (f.dateTo) base = base.where('entry_date', '<=', f.dateTo)
  if (query) base = base.where(sql<boolean>`${vector} @@ ${query}`)

  const rank = query ? sql<number>`ts_rank_cd(${vector}, ${query})` : sql<number>`0`
  const top = base
    .select(['id', 'kind', 'case_id', 'document_id', 'entry_date', rank.as('rank')])
    .orderBy(query ? sql`rank` : sql`entry_date`, 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit)
    .offset(q.offset)
  const rows = await db
    .selectFrom(top.as('top'))
    .innerJoin('cases', 'cases.id', 'top.case_id')
    .leftJoin('documents', 'documents.id', 'top.document_id')
    .select([
      'top.kind',
      'top.case_id',
      'top.document_id',
      'top.rank',
      'cases.case_number',
      'cases.title',
      'cases.title_protected',
      'cases.status',
      'cases.opened_on',
      'documents.registration_number',
      'documents.direction',
      'documents.document_date',
      'documents.counterpart_name',
      'documents.description',
      'documents.confidential',
      'documents.confidentiality_ground',
      'documents.protect_counterpart',
      'documents.protect_description',
    ])
    .orderBy('top.rank', 'desc')
    .orderBy('top.entry_date', 'desc')
    .orderBy('top.id', 'desc')
    .execute()
  const counted = await db
    .selectFrom(base.select(sql`1`.as('one')).limit(q.countCap + 1).as('capped'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const n = Number(counted.n)
  return { rows, total: Math.min(n, q.countCap), totalIsLowerBound: n > q.countCap }
}
