import { sql, type Kysely } from 'kysely'

/**
 * The notice as sent (kallelse, and later tilläggskallelser) with who it went to, members'
 * absence reports ahead of a meeting with the substitute called in, and the secret behind each
 * member's calendar feed. SQL that PG 15 and PGlite accept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The PDF as it went out is kept by its hash, like every registered file, so that what the
  // members received can always be shown and verified (`kansli verify`).
  await sql`
    create table meeting_notices (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references meetings(id),
      sequence integer not null check (sequence >= 1),
      sent_on date not null,
      sent_at timestamptz not null,
      sent_by uuid references users(id),
      sha256 text not null references stored_files(sha256),
      size bigint not null,
      late boolean not null,
      days_late integer not null check (days_late >= 0),
      unique (meeting_id, sequence)
    )`.execute(db)

  // Members are summoned (kallas); substitutes get the notice for information (för kännedom).
  await sql`
    create table notice_recipients (
      notice_id uuid not null references meeting_notices(id),
      membership_id uuid not null references committee_memberships(id),
      person_id uuid not null references people(id),
      capacity text not null check (capacity in ('summoned', 'forInformation')),
      user_id uuid references users(id),
      primary key (notice_id, membership_id)
    )`.execute(db)
  await sql`create index notice_recipients_user_idx on notice_recipients (user_id)`.execute(db)

  await sql`
    create table meeting_absences (
      meeting_id uuid not null references meetings(id),
      membership_id uuid not null references committee_memberships(id),
      note text,
      reported_at timestamptz not null,
      reported_by uuid references users(id),
      withdrawn_at timestamptz,
      substitute_membership_id uuid references committee_memberships(id),
      substitute_called_at timestamptz,
      substitute_called_by uuid references users(id),
      primary key (meeting_id, membership_id)
    )`.execute(db)

  // Calendar programs cannot log in: the feed URL carries a secret, stored only as its hash.
  await sql`
    create table calendar_feeds (
      user_id uuid primary key references users(id),
      token_hash text not null unique,
      created_at timestamptz not null
    )`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only')
}
