import { sql, type Kysely } from 'kysely'

/** The registry's first schema. SQL that both PostgreSQL 15 and PGlite (PostgreSQL 18) accept. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db)

  await sql`
    create table municipalities (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      case_number_template text not null,
      created_at timestamptz not null default now()
    )`.execute(db)

  await sql`
    create table committees (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      name text not null,
      short_name text not null,
      kind text not null check (kind in ('council', 'executive', 'board', 'subcommittee')),
      parent_id uuid references committees(id),
      created_at timestamptz not null default now(),
      unique (municipality_id, short_name)
    )`.execute(db)

  await sql`
    create table registry_series (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      prefix text not null,
      name text not null,
      committee_id uuid references committees(id),
      created_at timestamptz not null default now(),
      unique (municipality_id, prefix)
    )`.execute(db)

  // One row per series and year; the row lock taken by the increment is what keeps numbers
  // consecutive and gap-free: a rolled-back registration rolls its number back too.
  await sql`
    create table series_counters (
      series_id uuid not null references registry_series(id),
      year integer not null,
      last_number integer not null,
      primary key (series_id, year)
    )`.execute(db)

  await sql`
    create table users (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      username text not null,
      display_name text not null,
      title text,
      password_hash text not null,
      roles text[] not null,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      unique (municipality_id, username)
    )`.execute(db)

  await sql`
    create table sessions (
      id text primary key,
      user_id uuid not null references users(id),
      csrf_token text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null
    )`.execute(db)

  await sql`
    create table login_failures (
      key text primary key,
      window_start timestamptz not null,
      failures integer not null
    )`.execute(db)

  await sql`
    create table cases (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      series_id uuid not null references registry_series(id),
      year integer not null,
      sequence_number integer not null,
      case_number text not null,
      title text not null,
      title_protected boolean not null default false,
      status text not null check (status in ('open', 'decided', 'closed')),
      case_officer_id uuid references users(id),
      committee_id uuid references committees(id),
      classification_code text,
      opened_on date not null,
      decided_on date,
      closed_on date,
      last_document_number integer not null default 0,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (series_id, year, sequence_number),
      unique (municipality_id, case_number)
    )`.execute(db)

  await sql`
    create table case_access_grants (
      case_id uuid not null references cases(id),
      user_id uuid not null references users(id),
      granted_by uuid not null references users(id),
      granted_at timestamptz not null,
      primary key (case_id, user_id)
    )`.execute(db)

  await sql`
    create table documents (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      case_id uuid not null references cases(id),
      document_number integer not null,
      registration_number text not null,
      direction text not null check (direction in ('incoming', 'outgoing', 'drawnUp')),
      document_date date not null,
      registered_at timestamptz not null,
      registered_by uuid references users(id),
      counterpart_name text,
      counterpart_kind text check (counterpart_kind in ('person', 'organisation')),
      counterpart_id_number text,
      description text not null,
      confidential boolean not null default false,
      confidentiality_ground text,
      confidentiality_marked_at timestamptz,
      confidentiality_marked_by uuid references users(id),
      protect_counterpart boolean not null default false,
      protect_description boolean not null default false,
      unique (case_id, document_number),
      check (not confidential or confidentiality_ground is not null)
    )`.execute(db)
  await sql`create index documents_case_idx on documents (case_id)`.execute(db)

  await sql`
    create table stored_files (
      sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
      size bigint not null,
      created_at timestamptz not null
    )`.execute(db)

  await sql`
    create table document_files (
      id uuid primary key default gen_random_uuid(),
      document_id uuid not null references documents(id),
      sha256 text not null references stored_files(sha256),
      file_name text not null,
      media_type text not null,
      size bigint not null,
      extracted_text text,
      added_at timestamptz not null
    )`.execute(db)
  await sql`create index document_files_document_idx on document_files (document_id)`.execute(db)
  await sql`create index document_files_sha_idx on document_files (sha256)`.execute(db)

  // One row per case and per document. The public columns hold only what the public view
  // shows, so a public query cannot match a protected word: not as a hit, not as a count.
  await sql`
    create table search_entries (
      id bigserial primary key,
      municipality_id uuid not null references municipalities(id),
      kind text not null check (kind in ('case', 'document')),
      case_id uuid not null references cases(id),
      document_id uuid references documents(id),
      series_id uuid not null references registry_series(id),
      year integer not null,
      status text not null,
      direction text,
      committee_id uuid,
      entry_date date not null,
      confidential boolean not null,
      internal_head text not null,
      internal_body text not null,
      public_head text not null,
      public_body text not null,
      internal_tsv tsvector generated always as (
        setweight(to_tsvector('swedish'::regconfig, internal_head), 'A') ||
        setweight(to_tsvector('swedish'::regconfig, internal_body), 'D')
      ) stored,
      public_tsv tsvector generated always as (
        setweight(to_tsvector('swedish'::regconfig, public_head), 'A') ||
        setweight(to_tsvector('swedish'::regconfig, public_body), 'D')
      ) stored,
      unique (document_id)
    )`.execute(db)
  await sql`create index search_entries_internal_tsv_idx on search_entries using gin (internal_tsv)`.execute(
    db,
  )
  await sql`create index search_entries_public_tsv_idx on search_entries using gin (public_tsv)`.execute(
    db,
  )
  await sql`create index search_entries_case_idx on search_entries (case_id)`.execute(db)
  await sql`create index search_entries_filter_idx on search_entries (municipality_id, series_id, year)`.execute(
    db,
  )

  await sql`
    create table audit_heads (
      municipality_id uuid primary key references municipalities(id),
      last_seq bigint not null,
      last_hash text not null
    )`.execute(db)

  // Append-only, hash-chained: each event carries the hash of the one before it.
  await sql`
    create table audit_events (
      id bigserial primary key,
      municipality_id uuid not null references municipalities(id),
      seq bigint not null,
      occurred_at timestamptz not null,
      actor_id uuid,
      action text not null,
      entity_type text not null,
      entity_id text,
      data jsonb not null,
      prev_hash text not null,
      hash text not null,
      unique (municipality_id, seq)
    )`.execute(db)
  await sql`create index audit_events_entity_idx on audit_events (entity_type, entity_id)`.execute(
    db,
  )
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only')
}
