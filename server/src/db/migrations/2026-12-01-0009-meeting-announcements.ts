import { sql, type Kysely } from 'kysely'

/**
 * The announcement of a fullmäktige meeting on the notice board (kungörelse, KL 5 kap. 13 §):
 * time, place and the matters, posted when the notice goes out and up until the meeting has
 * been held. SQL that PG 15 and PGlite accept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table meeting_announcements (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      meeting_id uuid not null references meetings(id),
      notice_id uuid not null unique references meeting_notices(id),
      committee_name text not null,
      meeting_date date not null,
      starts_at text not null,
      place text not null,
      items jsonb not null,
      supplementary boolean not null,
      posted_on date not null,
      take_down_on date not null,
      late boolean not null,
      created_at timestamptz not null,
      check (take_down_on > meeting_date)
    )`.execute(db)
  await sql`create index meeting_announcements_board_idx on meeting_announcements (municipality_id, take_down_on, posted_on)`.execute(
    db,
  )
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only')
}
