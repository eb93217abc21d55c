import { sql, type Kysely } from 'kysely'

/**
 * Board administration, first part: terms, the people on committees and their seats, the
 * staff of a committee, the year's meeting plan, meetings, their agenda, roll call, jäv per
 * item, decisions and the § counter per committee and year. SQL that PG 15 and PGlite accept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The notice rule of nämnder and utskott comes from their reglemente (LEGAL-RULES rule 17).
  await sql`
    create table committee_settings (
      committee_id uuid primary key references committees(id),
      notice_days_before integer check (notice_days_before >= 0),
      updated_at timestamptz not null
    )`.execute(db)

  await sql`
    create table terms (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      name text not null,
      starts_on date not null,
      ends_on date not null,
      created_at timestamptz not null,
      check (starts_on <= ends_on),
      unique (municipality_id, name)
    )`.execute(db)

  await sql`
    create table people (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      name text not null,
      user_id uuid unique references users(id),
      created_at timestamptz not null
    )`.execute(db)

  // A seat (or a substitute's place) in a committee for part or all of a term. The party is
  // the seat's, not the person's: substitutes of the same party are called first. list_order
  // is the order members are listed in, and for substitutes their order of service.
  await sql`
    create table committee_memberships (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      committee_id uuid not null references committees(id),
      term_id uuid not null references terms(id),
      person_id uuid not null references people(id),
      role text not null check (role in ('chair', 'viceChair', 'member', 'substitute')),
      party text not null,
      list_order integer not null check (list_order >= 1),
      starts_on date not null,
      ends_on date not null,
      created_at timestamptz not null,
      check (starts_on <= ends_on)
    )`.execute(db)
  await sql`create index committee_memberships_committee_idx on committee_memberships (committee_id, starts_on)`.execute(
    db,
  )
  await sql`create index committee_memberships_person_idx on committee_memberships (person_id)`.execute(
    db,
  )

  await sql`
    create table committee_staff (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      committee_id uuid not null references committees(id),
      user_id uuid not null references users(id),
      function text not null check (function in ('secretary', 'official')),
      created_at timestamptz not null,
      unique (committee_id, user_id)
    )`.execute(db)

  await sql`
    create table meeting_schedules (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      committee_id uuid not null references committees(id),
      year integer not null,
      case_id uuid references cases(id),
      created_at timestamptz not null,
      unique (committee_id, year)
    )`.execute(db)

  await sql`
    create table meeting_schedule_entries (
      id uuid primary key default gen_random_uuid(),
      schedule_id uuid not null references meeting_schedules(id),
      meets_on date not null,
      starts_at text not null check (starts_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
      place text not null,
      note text,
      created_at timestamptz not null,
      unique (schedule_id, meets_on, starts_at)
    )`.execute(db)

  await sql`
    create table meetings (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      committee_id uuid not null references committees(id),
      schedule_entry_id uuid unique references meeting_schedule_entries(id),
      meets_on date not null,
      starts_at text not null check (starts_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
      ends_at text check (ends_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
      place text not null,
      status text not null
        check (status in ('planned', 'noticeSent', 'open', 'closed', 'attested', 'cancelled')),
      notice_days_before integer not null,
      notice_rule_source text not null check (notice_rule_source in ('law', 'reglemente')),
      notice_sent_on date,
      secretary_user_id uuid references users(id),
      opened_at timestamptz,
      closed_at timestamptz,
      cancelled_reason text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db)
  await sql`create index meetings_committee_idx on meetings (committee_id, meets_on)`.execute(db)

  // Positions are unique per meeting, checked at commit so that a reorder can shift rows.
  await sql`
    create table agenda_items (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references meetings(id),
      position integer not null check (position >= 1),
      kind text not null check (kind in ('rollCall', 'attesterElection', 'agendaApproval',
        'case', 'information', 'communications', 'delegationReport')),
      title text not null,
      case_id uuid references cases(id),
      presenter text,
      numbered boolean not null,
      added_when text not null check (added_when in ('draft', 'afterNotice', 'atMeeting')),
      section_number integer check (section_number >= 1),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (meeting_id, position) deferrable initially deferred,
      check (kind <> 'case' or case_id is not null)
    )`.execute(db)
  await sql`create index agenda_items_case_idx on agenda_items (case_id)`.execute(db)

  await sql`
    create table meeting_attendance (
      meeting_id uuid not null references meetings(id),
      membership_id uuid not null references committee_memberships(id),
      present_at_roll_call boolean not null,
      arrived_at_item_id uuid references agenda_items(id),
      left_after_item_id uuid references agenda_items(id),
      recorded_at timestamptz not null,
      primary key (meeting_id, membership_id)
    )`.execute(db)

  await sql`
    create table agenda_item_recusals (
      agenda_item_id uuid not null references agenda_items(id),
      membership_id uuid not null references committee_memberships(id),
      ground text,
      recorded_at timestamptz not null,
      primary key (agenda_item_id, membership_id)
    )`.execute(db)

  await sql`
    create table agenda_item_decisions (
      agenda_item_id uuid primary key references agenda_items(id),
      text text not null,
      recorded_at timestamptz not null,
      recorded_by uuid references users(id)
    )`.execute(db)

  // § numbers run through the calendar year per committee; the row lock orders concurrent
  // meetings being numbered, as series_counters does for case numbers.
  await sql`
    create table committee_section_counters (
      committee_id uuid not null references committees(id),
      year integer not null,
      last_number integer not null check (last_number >= 0),
      last_meeting_date date,
      primary key (committee_id, year)
    )`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only')
}
