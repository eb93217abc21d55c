import { sql, type Kysely } from 'kysely'

/**
 * AI under the municipality's AI guidelines (issue 4; Kalix riktlinjer för användning av AI):
 * the register of AI services with their risk and consequence assessments, staff's AI training,
 * the AI usage log (hash-chained like the audit log, same columns), AI drafts and their review,
 * and incident reports with whom they were routed to. SQL that PG 15 and PGlite accept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Punkt 5: only a service whose risk and consequence assessment covers a class of data may
  // receive it. `approved_classes` is what the latest approving assessment covers.
  await sql`
    create table ai_services (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      name text not null,
      provider text not null,
      endpoint text not null,
      model text not null,
      processing_location text not null,
      approved_classes text[] not null default '{}',
      status text not null check (status in ('pending', 'approved', 'suspended')),
      api_key_sealed text,
      timeout_ms integer not null default 30000 check (timeout_ms between 1000 and 300000),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (municipality_id, name)
    )`.execute(db)

  await sql`
    create table ai_risk_assessments (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      service_id uuid not null references ai_services(id),
      assessed_on date not null,
      participants jsonb not null,
      conclusion text not null,
      outcome text not null check (outcome in ('approved', 'rejected')),
      approved_classes text[] not null,
      document_id uuid references documents(id),
      created_by uuid references users(id),
      created_at timestamptz not null
    )`.execute(db)
  await sql`create index ai_risk_assessments_service_idx on ai_risk_assessments (service_id, assessed_on desc)`.execute(
    db,
  )

  // Punkt 7: staff who use AI must have had the training (Kansli: within the last year).
  await sql`
    create table ai_trainings (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      user_id uuid not null references users(id),
      completed_on date not null,
      course text not null,
      recorded_by uuid references users(id),
      created_at timestamptz not null
    )`.execute(db)
  await sql`create index ai_trainings_user_idx on ai_trainings (user_id, completed_on desc)`.execute(
    db,
  )

  // Incidents go to the line manager (punkt 8): who that is, per user.
  await sql`alter table users add column line_manager_id uuid references users(id)`.execute(db)

  // The AI usage log: same columns and hashing as audit_events, a chain of its own.
  await sql`
    create table ai_log_heads (
      municipality_id uuid primary key references municipalities(id),
      last_seq bigint not null,
      last_hash text not null
    )`.execute(db)
  await sql`
    create table ai_log_events (
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
  await sql`create index ai_log_events_entity_idx on ai_log_events (entity_type, entity_id)`.execute(
    db,
  )
  await sql`create index ai_log_events_time_idx on ai_log_events (municipality_id, occurred_at)`.execute(
    db,
  )
  await sql`
    insert into ai_log_heads (municipality_id, last_seq, last_hash)
    select id, 0, repeat('0', 64) from municipalities`.execute(db)

  // Punkt 6: everything an AI produces is a draft a person reviews before it is used.
  await sql`
    create table ai_drafts (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      kind text not null,
      purpose text not null,
      case_id uuid references cases(id),
      document_id uuid references documents(id),
      official_report_id uuid references official_reports(id),
      target_field text,
      service_id uuid references ai_services(id),
      log_seq bigint not null,
      generated_text text not null,
      final_text text,
      sources jsonb not null default '[]',
      status text not null check (status in ('unreviewed', 'approved', 'rejected')),
      created_by uuid references users(id),
      created_at timestamptz not null,
      reviewed_by uuid references users(id),
      reviewed_at timestamptz,
      review_note text,
      applied_at timestamptz,
      applied_by uuid references users(id),
      check ((status = 'unreviewed') = (reviewed_at is null)),
      check (status = 'approved' or applied_at is null)
    )`.execute(db)
  await sql`create index ai_drafts_case_idx on ai_drafts (case_id, created_at desc)`.execute(db)
  await sql`create index ai_drafts_status_idx on ai_drafts (municipality_id, status, created_at desc)`.execute(
    db,
  )

  // Punkt 8: incidents are reported to the line manager, the IT unit and the security officer.
  await sql`
    create table ai_incidents (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      draft_id uuid references ai_drafts(id),
      log_seq bigint,
      category text not null,
      description text not null,
      reported_by uuid not null references users(id),
      status text not null check (status in ('open', 'closed')),
      resolution text,
      closed_by uuid references users(id),
      closed_at timestamptz,
      created_at timestamptz not null
    )`.execute(db)
  await sql`
    create table ai_incident_notifications (
      id uuid primary key default gen_random_uuid(),
      incident_id uuid not null references ai_incidents(id),
      recipient_id uuid not null references users(id),
      reason text not null check (reason in ('itUnit', 'securityOfficer', 'lineManager')),
      notified_at timestamptz not null,
      read_at timestamptz,
      unique (incident_id, recipient_id, reason)
    )`.execute(db)
  await sql`create index ai_incident_notifications_recipient_idx on ai_incident_notifications (recipient_id, read_at)`.execute(
    db,
  )
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only')
}
