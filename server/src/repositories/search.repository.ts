/**
 * Search SQL. Design (measured in docs/benchmarks.md):
 *
 * Ranking every match of a common word costs a TOAST read of every matching tsvector (~1.2 s at
 * 1M documents), an exact total touches every match, and even building the GIN bitmap of a word
 * in half the documents costs 100+ ms. So a search is a few small queries, none of which touches
 * all matches of a common word:
 *
 * 1. Total: counted with `LIMIT cap + 1` on the GIN bitmap (exact bitmap, no TOAST reads; a larger
 *    `work_mem` keeps it from going lossy). When the planner's statistics put the matches far
 *    above the cap (EXPLAIN, nothing executed), the count is skipped: "över 10 000". Where every
 *    candidate must be re-read, counting stops sooner and the total is a lower bound: phrases at
 *    PHRASE_COUNT_CAP, a very common word inside filters at FILTERED_COUNT_CAP (then the filter
 *    index is walked row by row instead of building the word's bitmap).
 * 2. At most RANK_ALL matches: all are ranked with ts_rank_cd (head words weigh A, file text D).
 *    That is every rare word and most multi-word queries.
 * 3. More: two tiers. First entries whose head (case title, description, counterpart) matches,
 *    then entries that match only in file text. A tier of at most RANK_ALL entries is ranked; a
 *    larger one is listed newest first, which a recency index delivers by walking from the newest
 *    entry and testing the small head tsvector that lives in the heap row (no TOAST read). Among
 *    thousands of equally good hits recency is what a registry reader wants.
 * 4. Typo tolerance: a vocabulary of indexed words (search_terms, pg_trgm GIN), each marked by the
 *    scope of the text it came from. A word with few hits is widened with its nearest vocabulary
 *    words (trigram candidates, kept only within an edit distance of a typo) of the searcher's
 *    scope, and only words that have a hit in that scope are used or suggested.
 *
 * Only this file knows the SQL of search.
 */
import {
  CompiledQuery,
  sql,
  type Insertable,
  type Kysely,
  type RawBuilder,
  type SelectQueryBuilder,
} from 'kysely'
import type { CaseStatus, DB, Direction, SearchEntryTable } from '../db/schema.js'

export async function upsertSearchEntry(trx: Kysely<DB>, row: Insertable<SearchEntryTable>) {
  if (row.kind === 'case') {
    await trx
      .deleteFrom('search_entries')
      .where('case_id', '=', row.case_id)
      .where('kind', '=', 'case')
      .execute()
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

/** A vocabulary word and the scope of the text it came from (see the migration 0002). */
export interface SearchTerm {
  scope: 'p' | 'i' | 'c'
  word: string
}

/** Adds new words to the vocabulary. Existing words are skipped without a row lock. */
export async function addSearchTerms(trx: Kysely<DB>, municipalityId: string, terms: SearchTerm[]) {
  if (terms.length === 0) return
  await searchTermsInsert(municipalityId, terms).execute(trx)
}

/** The insert of addSearchTerms as a statement of its own, to be part of a larger one. */
export function searchTermsInsert(municipalityId: string, terms: SearchTerm[]) {
  return sql`
    insert into search_terms (municipality_id, scope, word)
    select ${municipalityId}::uuid, s, w from unnest(${terms.map((t) => t.scope)}::"char"[], ${terms.map((t) => t.word)}::text[]) as t(s, w)
    on conflict do nothing`
}

/** New entries (a case and its first document) in one statement. */
export async function insertSearchEntries(trx: Kysely<DB>, rows: Insertable<SearchEntryTable>[]) {
  if (rows.length > 0) await trx.insertInto('search_entries').values(rows).execute()
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

export type SearchScope =
  | { kind: 'public' }
  | {
      kind: 'internal'
      readsAllConfidential: boolean
      entitledCaseIds: (db: Kysely<DB>) => unknown
    }

/**
 * Whether the entry's case is one the searcher is entitled to, tested per row, and only on the
 * confidential rows a query reaches. `offset 0` keeps the planner from hashing the whole
 * entitlement set (a case officer's thousands of cases) in every query instead.
 */
function entitledCase(db: Kysely<DB>, entitledCaseIds: (db: Kysely<DB>) => unknown) {
  const ids = entitledCaseIds(db) as RawBuilder<unknown>
  return sql<boolean>`exists (select 1 from (${ids}) as entitled where entitled.id = search_entries.case_id offset 0)`
}

export interface SearchQuery {
  municipalityId: string
  /** to_tsquery text built by domain/search-query.ts, or null to list by date. */
  tsquery: string | null
  filters: SearchFilters
  scope: SearchScope
  limit: number
  offset: number
  /** Counting stops here: a total above it is shown as "över N". */
  countCap: number
  /** Overrides RANK_ALL (tests use a small value to exercise the tiers). */
  rankAll?: number
  /** Overrides RECENT_WINDOW (tests use a small value to exercise the fallback). */
  recentWindow?: number
}

/** Up to this many matches (of a query, or of a tier) are ranked by ts_rank_cd. */
export const RANK_ALL = 1000

type Part = 'full' | 'head'
type Base = SelectQueryBuilder<DB, 'search_entries', object>

const COLUMNS: Record<'public' | 'internal', Record<Part, string>> = {
  public: { full: 'public_tsv', head: 'public_head_tsv' },
  internal: { full: 'internal_tsv', head: 'internal_head_tsv' },
}

/**
 * Which text of an entry the searcher sees, as disjoint partitions of the entries: the public text
 * for the public; for a case officer the internal text of entries that are not confidential, the
 * internal text of the confidential entries of entitled cases, and the public text of the other
 * confidential entries. Each partition's match is answered by one GIN index (the confidential
 * ones by small partial indexes), and its condition needs no tsvector, so a count can add up
 * the partitions without re-reading any row's text (an OR of them would be re-tested row by row).
 */
interface Partition {
  where: RawBuilder<boolean> | null
  columns: Record<Part, string>
}

function partitions(db: Kysely<DB>, scope: SearchScope): Partition[] {
  if (scope.kind === 'public') return [{ where: null, columns: COLUMNS.public }]
  if (scope.readsAllConfidential) return [{ where: null, columns: COLUMNS.internal }]
  const entitled = entitledCase(db, scope.entitledCaseIds)
  return [
    { where: sql<boolean>`not confidential`, columns: COLUMNS.internal },
    { where: sql<boolean>`confidential and ${entitled}`, columns: COLUMNS.internal },
    { where: sql<boolean>`confidential and not ${entitled}`, columns: COLUMNS.public },
  ]
}

/** What a query tests in an entry's visible text. */
type Test = 'full' | 'head' | 'bodyOnly' | 'headAndFull' | 'headFirst'

function testOf(columns: Record<Part, string>, test: Test, q: RawBuilder<unknown>) {
  const full = sql<boolean>`${sql.ref(columns.full)} @@ ${q}`
  const head = sql<boolean>`${sql.ref(columns.head)} @@ ${q}`
  if (test === 'full') return full
  if (test === 'head') return head
  if (test === 'bodyOnly') return sql<boolean>`${full} and not ${head}`
  if (test === 'headAndFull') return sql<boolean>`${head} and ${full}`
  // Without NOT a head match is a full match: the small in-row head is tested first and the
  // TOASTed full text is read only for rows whose head does not match (row-by-row walks only).
  return sql<boolean>`(${head} or ${full})`
}

/** Each partition's condition for a test. */
function arms(db: Kysely<DB>, scope: SearchScope, test: Test, q: RawBuilder<unknown>) {
  return partitions(db, scope).map((p) => {
    const t = testOf(p.columns, test, q)
    return p.where ? sql<boolean>`(${p.where} and ${t})` : sql<boolean>`(${t})`
  })
}

/** Whether an entry's visible text matches (an OR of the arms: for listing, not for counting). */
function matches(
  db: Kysely<DB>,
  scope: SearchScope,
  test: Test,
  q: RawBuilder<unknown>,
): RawBuilder<boolean> {
  const list = arms(db, scope, test, q)
  return list.length === 1 ? list[0]! : sql<boolean>`(${sql.join(list, sql` or `)})`
}

function rank(db: Kysely<DB>, scope: SearchScope, q: RawBuilder<unknown>): RawBuilder<number> {
  if (scope.kind === 'public') return sql<number>`ts_rank_cd(public_tsv, ${q})`
  if (scope.readsAllConfidential) return sql<number>`ts_rank_cd(internal_tsv, ${q})`
  const entitled = entitledCase(db, scope.entitledCaseIds)
  return sql<number>`case when not confidential or ${entitled}
    then ts_rank_cd(internal_tsv, ${q}) else ts_rank_cd(public_tsv, ${q}) end`
}

function filtered(db: Kysely<DB>, municipalityId: string, f: SearchFilters): Base {
  let base = db.selectFrom('search_entries').where('municipality_id', '=', municipalityId)
  if (f.seriesId) base = base.where('series_id', '=', f.seriesId)
  if (f.year) base = base.where('year', '=', f.year)
  if (f.status) base = base.where('status', '=', f.status)
  if (f.direction) base = base.where('direction', '=', f.direction)
  if (f.committeeId) base = base.where('committee_id', '=', f.committeeId)
  if (f.dateFrom) base = base.where('entry_date', '>=', f.dateFrom)
  if (f.dateTo) base = base.where('entry_date', '<=', f.dateTo)
  return base
}

/** The filters of `filtered` that its indexes do not answer, as one condition (true if none). */
function rowFilters(f: SearchFilters): RawBuilder<boolean> {
  const conds: RawBuilder<boolean>[] = []
  if (f.status) conds.push(sql<boolean>`status = ${f.status}`)
  if (f.direction) conds.push(sql<boolean>`direction = ${f.direction}`)
  if (f.committeeId) conds.push(sql<boolean>`committee_id = ${f.committeeId}::uuid`)
  if (f.dateFrom) conds.push(sql<boolean>`entry_date >= ${f.dateFrom}::date`)
  if (f.dateTo) conds.push(sql<boolean>`entry_date <= ${f.dateTo}::date`)
  return conds.length === 0 ? sql<boolean>`true` : sql<boolean>`(${sql.join(conds, sql` and `)})`
}

async function cappedCount(db: Kysely<DB>, base: Base, cap: number): Promise<number> {
  const row = await db
    .selectFrom(
      base
        .select(sql`1`.as('one'))
        .limit(cap)
        .as('capped'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Counts up to `cap` rows of `base` that meet one of the disjoint arms: one statement, the arms
 * one after another (UNION ALL under the cap, so a later arm runs only if the earlier ones fall
 * short), each on its own index.
 */
async function countArms(
  db: Kysely<DB>,
  base: Base,
  conds: RawBuilder<boolean>[],
  cap: number,
): Promise<number> {
  if (conds.length === 1) return cappedCount(db, base.where(conds[0]!), cap)
  const one = (c: RawBuilder<boolean>) => base.where(c).select(sql<number>`1`.as('one'))
  let union = one(conds[0]!)
  for (const c of conds.slice(1)) union = union.unionAll(one(c))
  const row = await db
    .selectFrom(union.limit(cap).as('capped'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

interface Hit {
  id: number
  kind: 'case' | 'document'
  case_id: string
  document_id: string | null
  entry_date: string
  rank: number
}

const HIT_COLUMNS = ['id', 'kind', 'case_id', 'document_id', 'entry_date'] as const

function byRank(
  db: Kysely<DB>,
  base: Base,
  scope: SearchScope,
  q: RawBuilder<unknown>,
  limit: number,
  offset: number,
) {
  return base
    .select([...HIT_COLUMNS, rank(db, scope, q).as('rank')])
    .orderBy('rank', 'desc')
    .orderBy('entry_date', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute() as Promise<Hit[]>
}

function byDate(base: Base, limit: number, offset: number, score: number) {
  return base
    .select([...HIT_COLUMNS, sql<number>`${score}::float4`.as('rank')])
    .orderBy('entry_date', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute() as Promise<Hit[]>
}

/** How many of the newest entries a tier of many head matches is first looked for among. */
export const RECENT_WINDOW = 5000

/**
 * The newest head matches of a large tier, looked for among the RECENT_WINDOW newest entries of
 * `base` (the recency index hands them out in order; the head tsvector is in the row, so each
 * test is cheap). If the window holds the whole page, the page is exact: every entry newer than
 * its last hit is in the window. Otherwise null, and the caller lists the tier in full. This
 * keeps a tier the planner underestimates (a phrase) from being fetched whole and sorted.
 */
async function byDateInWindow(
  db: Kysely<DB>,
  base: Base,
  cond: RawBuilder<boolean>,
  limit: number,
  offset: number,
  score: number,
  want: number,
  size: number,
): Promise<Hit[] | null> {
  if (offset + want > size) return null
  const window = base.selectAll().orderBy('entry_date', 'desc').orderBy('id', 'desc').limit(size)
  // The window takes the table's name, so the conditions (which name search_entries) apply to it.
  const rows = await sql<Hit>`
    with search_entries as (${window})
    select id, kind, case_id, document_id, entry_date, ${score}::float4 as rank from search_entries
    where ${cond}
    order by entry_date desc, id desc limit ${limit} offset ${offset}`.execute(db)
  return rows.rows.length >= want ? rows.rows : null
}

/** Up to this many matches of a very common word within filters are counted (row by row). */
export const FILTERED_COUNT_CAP = 1000

function hasFilters(f: SearchFilters): boolean {
  return Object.values(f).some((v) => v !== undefined && v !== null && v !== '')
}

/** Up to this many matches of a phrase are counted (each must be re-read to check word order). */
export const PHRASE_COUNT_CAP = 2000

/**
 * The planner's estimate of how many rows a query returns (EXPLAIN, nothing is executed). Used
 * only to skip work that would surely exceed a cap: a word the statistics call very common is
 * "över 10 000" without counting 700 000 index entries.
 */
async function estimateRows(db: Kysely<DB>, base: Base): Promise<number> {
  const compiled = base.select(sql`1`.as('one')).compile()
  const result = await db.executeQuery<Record<string, unknown>>(
    CompiledQuery.raw(`explain (format json) ${compiled.sql}`, [...compiled.parameters]),
  )
  const raw = Object.values(result.rows[0] ?? {})[0]
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{
    Plan: { 'Plan Rows': number }
  }>
  return plan[0]?.Plan['Plan Rows'] ?? 0
}

/**
 * Counts up to `cap` matching rows, or says "more than cap" from the estimate when the estimate
 * is far above it. Counting runs on the GIN bitmaps (an exact bitmap needs no re-read of the
 * tsvector), never a sequential scan that would read every row's TOASTed tsvector.
 */
async function countUpTo(
  db: Kysely<DB>,
  base: Base,
  scope: SearchScope,
  test: Test,
  q: RawBuilder<unknown>,
  cap: number,
  surelyAbove: number,
): Promise<number> {
  if ((await estimateRows(db, base.where(matches(db, scope, test, q)))) >= surelyAbove) return cap
  await sql`set local enable_seqscan = off`.execute(db)
  const n = await countArms(db, base, arms(db, scope, test, q), cap)
  await sql`set local enable_seqscan = on`.execute(db)
  return n
}

/** Runs a ranked full-text search (see the design at the top of this file). */
export async function searchEntries(db: Kysely<DB>, q: SearchQuery) {
  return db.transaction().execute(async (trx) => {
    // An exact (not lossy) GIN bitmap for a common word at 1M rows needs more than the default
    // 4 MB; JIT compiling costs more than these short queries take.
    await sql`set local work_mem = '64MB'`.execute(trx)
    await sql`set local jit = off`.execute(trx)
    const base = filtered(trx, q.municipalityId, q.filters)
    if (q.tsquery === null) {
      const n = await cappedCount(trx, base, q.countCap + 1)
      const hits = await byDate(base, q.limit, q.offset, 0)
      return {
        rows: await joinHits(trx, hits),
        total: Math.min(n, q.countCap),
        totalIsLowerBound: n > q.countCap,
      }
    }
    const query = sql`to_tsquery('swedish', ${q.tsquery})`
    const scope = q.scope
    const full = base.where(matches(trx, scope, 'full', query))
    // A phrase needs the positions of every candidate: count fewer of them.
    const phrase = /<(-|\d+)>/.test(q.tsquery)
    let cap = phrase ? Math.min(q.countCap, PHRASE_COUNT_CAP) : q.countCap
    let n: number
    let headCount: number | null = null
    if (
      hasFilters(q.filters) &&
      (await estimateRows(
        trx,
        filtered(trx, q.municipalityId, {}).where(matches(trx, scope, 'full', query)),
      )) >=
        2 * (q.countCap + 1)
    ) {
      // A very common word within filters: the word's GIN bitmap would cost more than the
      // filters' rows. Walk the filter index instead, testing each row, and stop early.
      cap = Math.min(cap, FILTERED_COUNT_CAP)
      // The filters that the index does not answer are tested before the text: the planner
      // would test the text first and read it from TOAST for rows the filters reject.
      const test: Test = q.tsquery.includes('!') ? 'full' : 'headFirst'
      const guard = rowFilters(q.filters)
      n = await cappedCount(
        trx,
        base.where(
          sql<boolean>`case when ${guard} then (${matches(trx, scope, test, query)}) is true else false end`,
        ),
        cap + 1,
      )
    } else {
      // A phrase without NOT: a head match is a match, and checking a head's word order needs no
      // TOAST read, so the head matches are counted first; only if they fall short of the cap
      // are the full texts' candidates re-read.
      headCount =
        phrase && !q.tsquery.includes('!')
          ? await countUpTo(trx, base, scope, 'head', query, cap + 1, 2 * (cap + 1))
          : null
      n =
        headCount !== null && headCount > cap
          ? headCount
          : await countUpTo(trx, base, scope, 'full', query, cap + 1, 2 * (q.countCap + 1))
    }
    const end = q.offset + q.limit
    const rankAll = q.rankAll ?? RANK_ALL
    let hits: Hit[] = []
    if (n <= rankAll) {
      hits = await byRank(trx, full, scope, query, q.limit, q.offset)
    } else if (q.offset < n) {
      // Tier 1: the head matches. Without NOT, a head match is a match of the whole entry.
      const headTest: Test = q.tsquery.includes('!') ? 'headAndFull' : 'head'
      const head = base.where(matches(trx, scope, headTest, query))
      const headCap = Math.max(rankAll, end) + 1
      let h =
        headCount !== null
          ? Math.min(headCount, headCap)
          : await countUpTo(trx, base, scope, headTest, query, headCap, 2 * headCap)
      if (q.offset < h) {
        hits =
          h <= rankAll
            ? await byRank(trx, head, scope, query, q.limit, q.offset)
            : ((await byDateInWindow(
                trx,
                base,
                matches(trx, scope, headTest, query),
                q.limit,
                q.offset,
                1,
                // h is exact below the cap; at the cap only a full page is known to be right.
                h === headCap ? q.limit : Math.min(q.limit, h - q.offset),
                q.recentWindow ?? RECENT_WINDOW,
              )) ?? (await byDate(head, q.limit, q.offset, 1)))
        // An estimate said "many"; if the tier ended early, count it exactly.
        if (h === headCap && hits.length < q.limit) {
          h = await countArms(trx, base, arms(trx, scope, headTest, query), headCap)
        }
      }
      if (end > h) {
        // Tier 2: matches whose head does not match, newest first unless few enough to rank.
        const bodyOnly = base.where(matches(trx, scope, 'bodyOnly', query))
        const want = end - Math.max(h, q.offset)
        const skip = Math.max(0, q.offset - h)
        hits = hits.concat(
          n <= cap && n - h <= rankAll
            ? await byRank(trx, bodyOnly, scope, query, want, skip)
            : await byDate(bodyOnly, want, skip, 0),
        )
      }
    }
    return { rows: await joinHits(trx, hits), total: Math.min(n, cap), totalIsLowerBound: n > cap }
  })
}

/** The page's hits with the case and document columns the presenters need, in hit order. */
async function joinHits(db: Kysely<DB>, hits: Hit[]) {
  if (hits.length === 0) return []
  const caseIds = [...new Set(hits.map((h) => h.case_id))]
  const docIds = hits.flatMap((h) => (h.document_id ? [h.document_id] : []))
  const cases = await db
    .selectFrom('cases')
    .select(['id', 'case_number', 'title', 'title_protected', 'status', 'opened_on'])
    .where('id', 'in', caseIds)
    .execute()
  const docs =
    docIds.length === 0
      ? []
      : await db
          .selectFrom('documents')
          .select([
            'id',
            'registration_number',
            'direction',
            'document_date',
            'counterpart_name',
            'description',
            'confidential',
            'confidentiality_ground',
            'protect_counterpart',
            'protect_description',
          ])
          .where('id', 'in', docIds)
          .execute()
  const caseById = new Map(cases.map((c) => [c.id, c]))
  const docById = new Map(docs.map((d) => [d.id, d]))
  return hits.map((h) => {
    const c = caseById.get(h.case_id)!
    const d = h.document_id ? docById.get(h.document_id) : undefined
    return {
      kind: h.kind,
      case_id: h.case_id,
      document_id: h.document_id,
      rank: Number(h.rank),
      case_number: c.case_number,
      title: c.title,
      title_protected: c.title_protected,
      status: c.status,
      opened_on: c.opened_on,
      registration_number: d?.registration_number ?? null,
      direction: d?.direction ?? null,
      document_date: d?.document_date ?? null,
      counterpart_name: d?.counterpart_name ?? null,
      description: d?.description ?? null,
      confidential: d?.confidential ?? null,
      confidentiality_ground: d?.confidentiality_ground ?? null,
      protect_counterpart: d?.protect_counterpart ?? null,
      protect_description: d?.protect_description ?? null,
    }
  })
}

/** How many visible entries match a tsquery, counting at most `cap` (typo decisions). */
export async function countMatches(
  db: Kysely<DB>,
  municipalityId: string,
  scope: SearchScope,
  tsquery: string,
  cap: number,
): Promise<number> {
  const q = sql`to_tsquery('swedish', ${tsquery})`
  return countArms(db, filtered(db, municipalityId, {}), arms(db, scope, 'full', q), cap)
}

/**
 * The vocabulary words nearest to a typed word by trigram similarity, from the given scopes, with
 * how many visible entries each finds for this searcher (counted up to `countCap`). Words without
 * a visible hit are dropped: a word can leave a scope when a document is later marked
 * confidential, and this check makes that harmless.
 */
export async function nearestTerms(
  db: Kysely<DB>,
  municipalityId: string,
  scope: SearchScope,
  word: string,
  opts: {
    scopes: SearchTerm['scope'][]
    limit: number
    minSimilarity: number
    countCap: number
    /** Which candidates are worth counting (a cheap test in code before any count). */
    keep: (candidate: string) => boolean
  },
): Promise<Array<{ word: string; hits: number }>> {
  const near = await db.transaction().execute(async (trx) => {
    // `%` uses the index with this threshold (the default is 0.3).
    await sql`select set_config('pg_trgm.similarity_threshold', ${String(opts.minSimilarity)}, true)`.execute(
      trx,
    )
    return sql<{ word: string }>`
      select word from (
        select distinct word, similarity(word, ${word}) as sim
        from search_terms
        where municipality_id = ${municipalityId} and scope = any(${opts.scopes}::"char"[])
          and word % ${word} and word <> ${word}
      ) t
      order by sim desc, abs(length(word) - length(${word})), word
      limit ${opts.limit}`.execute(trx)
  })
  const out: Array<{ word: string; hits: number }> = []
  for (const { word: candidate } of near.rows) {
    // A candidate that the typed word already finds as a prefix adds nothing.
    if (candidate.startsWith(word) || !opts.keep(candidate)) continue
    const hits = await countMatches(db, municipalityId, scope, `'${candidate}':*`, opts.countCap)
    if (hits > 0) out.push({ word: candidate, hits })
  }
  return out
}
