import { sql, type Kysely } from 'kysely'

/**
 * Search at scale (see the comment at the top of repositories/search.repository.ts):
 * - head-only tsvectors (case title, description, counterpart) with their own GIN indexes, small
 *   enough to stay inside the heap row, so "does the head match" costs no TOAST read;
 * - recency indexes that hand out entries newest first (overall, and per series and year);
 * - partial GIN indexes over the public text of confidential entries (case officers' searches);
 * - the vocabulary of indexed words with a pg_trgm GIN index, for typo tolerance. Each word is
 *   marked by the scope of the text it came from: 'p' public text, 'i' internal text of
 *   non-confidential entries, 'c' internal text of confidential entries. A public search looks up
 *   only 'p' words.
 * SQL that both PostgreSQL 15 and PGlite (PostgreSQL 18) accept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table search_entries
      add column internal_head_tsv tsvector generated always as (
        to_tsvector('swedish'::regconfig, internal_head)) stored,
      add column public_head_tsv tsvector generated always as (
        to_tsvector('swedish'::regconfig, public_head)) stored`.execute(db)
  const indexes = [
    'create index search_entries_internal_head_tsv_idx on search_entries using gin (internal_head_tsv)',
    'create index search_entries_public_head_tsv_idx on search_entries using gin (public_head_tsv)',
    'create index search_entries_recent_idx on search_entries (municipality_id, entry_date desc, id desc)',
    // Newest first within a series and year (filtered searches); replaces the 0001 filter index.
    'create index search_entries_series_recent_idx on search_entries (municipality_id, series_id, year, entry_date desc, id desc)',
    'drop index search_entries_filter_idx',
    // A case officer searches confidential entries by entitlement: small partial indexes keep
    // that part of the query from scanning the whole index.
    'create index search_entries_conf_public_tsv_idx on search_entries using gin (public_tsv) where confidential',
    'create index search_entries_conf_public_head_tsv_idx on search_entries using gin (public_head_tsv) where confidential',
    'create index search_entries_conf_internal_tsv_idx on search_entries using gin (internal_tsv) where confidential',
    'create index search_entries_conf_internal_head_tsv_idx on search_entries using gin (internal_head_tsv) where confidential',
    // The entitlement sub-select (a case officer's own cases) runs in every staff search.
    'create index cases_case_officer_idx on cases (case_officer_id)',
  ]
  for (const ddl of indexes) await sql.raw(ddl).execute(db)
  // Better estimates of how common a word is (the search skips exact counts of very common words).
  for (const column of ['internal_tsv', 'public_tsv', 'internal_head_tsv', 'public_head_tsv']) {
    await sql`alter table search_entries alter column ${sql.ref(column)} set statistics 500`.execute(
      db,
    )
  }

  await sql`
    create table search_terms (
      municipality_id uuid not null references municipalities(id),
      scope "char" not null check (scope in ('p', 'i', 'c')),
      word text not null,
      primary key (municipality_id, scope, word)
    )`.execute(db)
  await sql`create index search_terms_word_trgm_idx on search_terms using gin (word gin_trgm_ops)`.execute(
    db,
  )

  // Backfill the vocabulary of what is already indexed, in batches (the same words as
  // services/registry/search-index.ts would have written).
  let lastId = 0
  for (;;) {
    const batch = await sql<{
      id: number
      municipality_id: string
      confidential: boolean
      internal_head: string
      internal_body: string
      public_head: string
      public_body: string
    }>`
      select id, municipality_id, confidential, internal_head, internal_body, public_head, public_body
      from search_entries where id > ${lastId} order by id limit 500`.execute(db)
    if (batch.rows.length === 0) break
    const m: string[] = []
    const s: string[] = []
    const w: string[] = []
    const add = (municipalityId: string, scope: string, word: string) => {
      m.push(municipalityId)
      s.push(scope)
      w.push(word)
    }
    for (const r of batch.rows) {
      lastId = Number(r.id)
      const pub = words(`${r.public_head} ${r.public_body}`)
      for (const word of pub) add(r.municipality_id, 'p', word)
      for (const word of words(`${r.internal_head} ${r.internal_body}`)) {
        if (!pub.has(word)) add(r.municipality_id, r.confidential ? 'c' : 'i', word)
      }
    }
    await sql`
      insert into search_terms (municipality_id, scope, word)
      select * from unnest(${m}::uuid[], ${s}::"char"[], ${w}::text[])
      on conflict do nothing`.execute(db)
  }
}

// Frozen copy of the tokenizer at the time of this migration (migrations never change).
function words(text: string): Set<string> {
  const out = new Set<string>()
  for (const raw of text
    .normalize('NFC')
    .toLowerCase()
    .match(/\p{L}+/gu) ?? []) {
    if (raw.length >= 4 && raw.length <= 32) out.add(raw)
  }
  return out
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only')
}
