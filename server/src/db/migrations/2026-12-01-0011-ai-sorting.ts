import { sql, type Kysely } from 'kysely'

/**
 * Ärendesortering (issue 4): the locally trained sorter's models, and each suggestion it made with
 * what the registrar then chose. SQL that PG 15 and PGlite accept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per training. `model` is the trained counts as JSON (domain/ai-sorting/model.ts); it
  // is cleared when a newer version takes over, the figures stay for the follow-up.
  await sql`
    create table ai_sort_models (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      version integer not null check (version > 0),
      status text not null check (status in ('active', 'retired')),
      algorithm text not null,
      feature_version integer not null,
      trained_at timestamptz not null,
      trained_by uuid references users(id),
      training_size integer not null,
      held_out_size integer not null,
      evaluation jsonb not null,
      train_ms integer not null,
      model jsonb,
      unique (municipality_id, version),
      check (status = 'active' or model is null)
    )`.execute(db)
  await sql`create unique index ai_sort_models_active_idx on ai_sort_models (municipality_id) where status = 'active'`.execute(
    db,
  )

  // Punkt 6 and 9 of the AI guidelines: a suggestion is shown, never applied; what the person
  // chose is kept with it. `suggested` and `outcome` hold ids and confidences, never names.
  await sql`
    create table ai_sort_suggestions (
      id uuid primary key,
      municipality_id uuid not null references municipalities(id),
      document_id uuid not null references documents(id),
      model_id uuid not null references ai_sort_models(id),
      log_seq bigint not null,
      suggested jsonb not null,
      current_values jsonb not null,
      created_by uuid references users(id),
      created_at timestamptz not null,
      outcome jsonb,
      outcome_by uuid references users(id),
      outcome_at timestamptz,
      check ((outcome is null) = (outcome_at is null))
    )`.execute(db)
  await sql`create index ai_sort_suggestions_document_idx on ai_sort_suggestions (document_id, created_at desc)`.execute(
    db,
  )
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only')
}
