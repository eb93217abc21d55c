import { sql, type Kysely } from 'kysely'

/**
 * Board administration, second part: what happens at the meeting (motions, the order they are
 * put, named votes, dissents, minutes notes, attesters, others present), the minutes' text per
 * §, the minutes and immediately attested §§ as signed documents, the local signing keys,
 * postings on the notice board, extracts with their dispatch log, and corrections.
 * SQL that PG 15 and PGlite accept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Myndighetsutövning mot enskild: nobody taking part may abstain (LEGAL-RULES rule 24).
  await sql`alter table agenda_items add column exercise_of_authority boolean not null default false`.execute(
    db,
  )

  // Motions (yrkanden) in the order made; the proposal in the papers is one too (source papers).
  await sql`
    create table agenda_item_motions (
      id uuid primary key default gen_random_uuid(),
      agenda_item_id uuid not null references agenda_items(id),
      position integer not null check (position >= 1),
      source text not null check (source in ('papers', 'member')),
      membership_id uuid references committee_memberships(id),
      label text,
      text text not null,
      supporters uuid[] not null default '{}',
      withdrawn_at timestamptz,
      created_at timestamptz not null,
      recorded_by uuid references users(id),
      unique (agenda_item_id, position),
      check ((source = 'member') = (membership_id is not null))
    )`.execute(db)

  // The decision follows the motions: the order the chair put them and the one adopted.
  await sql`alter table agenda_item_decisions add column proposition_order uuid[]`.execute(db)
  await sql`alter table agenda_item_decisions add column adopted_motion_id uuid references agenda_item_motions(id)`.execute(
    db,
  )

  await sql`
    create table agenda_item_votes (
      id uuid primary key default gen_random_uuid(),
      agenda_item_id uuid not null references agenda_items(id),
      ordinal integer not null check (ordinal >= 1),
      kind text not null check (kind in ('decision', 'election')),
      ja_motion_id uuid references agenda_item_motions(id),
      nej_motion_id uuid references agenda_item_motions(id),
      ja_label text not null,
      nej_label text not null,
      chair_membership_id uuid not null references committee_memberships(id),
      exercise_of_authority boolean not null,
      ja_count integer not null,
      nej_count integer not null,
      abstain_count integer not null,
      outcome text not null check (outcome in ('ja', 'nej')),
      decided_by text not null check (decided_by in ('majority', 'castingVote', 'lot')),
      recorded_at timestamptz not null,
      recorded_by uuid references users(id),
      unique (agenda_item_id, ordinal)
    )`.execute(db)

  await sql`
    create table agenda_item_vote_ballots (
      vote_id uuid not null references agenda_item_votes(id),
      membership_id uuid not null references committee_memberships(id),
      choice text not null check (choice in ('ja', 'nej', 'avstår')),
      serving_for uuid references committee_memberships(id),
      position integer not null,
      primary key (vote_id, membership_id)
    )`.execute(db)

  // A dissent (reservation) by one or more members; its grounds may follow until attestation.
  await sql`
    create table agenda_item_dissents (
      id uuid primary key default gen_random_uuid(),
      agenda_item_id uuid not null references agenda_items(id),
      membership_ids uuid[] not null check (cardinality(membership_ids) >= 1),
      grounds text,
      announced_at timestamptz not null,
      grounds_updated_at timestamptz,
      recorded_by uuid references users(id)
    )`.execute(db)
  await sql`create index agenda_item_dissents_item_idx on agenda_item_dissents (agenda_item_id)`.execute(
    db,
  )

  await sql`
    create table agenda_item_notes (
      id uuid primary key default gen_random_uuid(),
      agenda_item_id uuid not null references agenda_items(id),
      membership_id uuid not null references committee_memberships(id),
      text text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      recorded_by uuid references users(id)
    )`.execute(db)
  await sql`create index agenda_item_notes_item_idx on agenda_item_notes (agenda_item_id)`.execute(
    db,
  )

  // Val av justerare: who chairs and signs first, the attesters, and when and where they attest.
  await sql`
    create table meeting_attestation_plans (
      meeting_id uuid primary key references meetings(id),
      chair_membership_id uuid not null references committee_memberships(id),
      place text,
      due_at timestamptz,
      elected_at timestamptz not null,
      recorded_by uuid references users(id)
    )`.execute(db)
  await sql`
    create table meeting_attesters (
      meeting_id uuid not null references meetings(id),
      membership_id uuid not null references committee_memberships(id),
      position integer not null check (position >= 1),
      primary key (meeting_id, membership_id),
      unique (meeting_id, position)
    )`.execute(db)

  // Övriga närvarande: staff and presenters, as the secretary records them.
  await sql`
    create table meeting_others_present (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references meetings(id),
      position integer not null,
      name text not null,
      title text,
      note text,
      created_at timestamptz not null
    )`.execute(db)
  await sql`create index meeting_others_present_idx on meeting_others_present (meeting_id)`.execute(
    db,
  )

  // The secretary's text of each § (null: the default from the case and the agenda).
  await sql`
    create table minutes_sections (
      agenda_item_id uuid primary key references agenda_items(id),
      documents text,
      background text,
      deliberation text,
      decision_intro text,
      recipients text[] not null default '{}',
      confidentiality_ground text,
      updated_at timestamptz not null,
      updated_by uuid references users(id)
    )`.execute(db)

  // The minutes, or one immediately attested §, as a fixed document awaiting its signatures.
  // `view` is the MinutesView snapshot it was rendered from; every signature is a new file.
  await sql`
    create table minutes_documents (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      meeting_id uuid not null references meetings(id),
      kind text not null check (kind in ('minutes', 'section')),
      agenda_item_id uuid references agenda_items(id),
      status text not null check (status in ('awaitingSignatures', 'attested', 'withdrawn')),
      view jsonb not null,
      confidential_sections integer[] not null default '{}',
      confidentiality_grounds text[] not null default '{}',
      stored_at text not null,
      unsigned_sha256 text not null references stored_files(sha256),
      current_sha256 text not null references stored_files(sha256),
      public_sha256 text references stored_files(sha256),
      finalised_at timestamptz not null,
      finalised_by uuid references users(id),
      attested_at timestamptz,
      attested_on date,
      registered_document_id uuid references documents(id),
      check ((kind = 'section') = (agenda_item_id is not null))
    )`.execute(db)
  await sql`create unique index minutes_documents_active_idx on minutes_documents (meeting_id, coalesce(agenda_item_id, meeting_id)) where status <> 'withdrawn'`.execute(
    db,
  )

  await sql`
    create table minutes_signatures (
      id uuid primary key default gen_random_uuid(),
      minutes_document_id uuid not null references minutes_documents(id),
      membership_id uuid not null references committee_memberships(id),
      role text not null check (role in ('chair', 'attester')),
      user_id uuid not null references users(id),
      signer_name text not null,
      certificate_fingerprint text not null,
      sha256_before text not null references stored_files(sha256),
      sha256_after text not null references stored_files(sha256),
      signed_at timestamptz not null,
      unique (minutes_document_id, membership_id)
    )`.execute(db)

  // The municipality's local CA and each signer's certificate for the embedded mode. Private
  // keys are sealed (AES-256-GCM) with a key kept outside the database (storage/key-vault.ts).
  await sql`
    create table signing_authorities (
      municipality_id uuid primary key references municipalities(id),
      certificate_pem text not null,
      sealed_private_key text not null,
      created_at timestamptz not null
    )`.execute(db)
  await sql`
    create table signing_credentials (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      user_id uuid not null references users(id),
      common_name text not null,
      certificate_pem text not null,
      sealed_private_key text not null,
      fingerprint text not null,
      not_after timestamptz not null,
      issued_at timestamptz not null,
      unique (user_id, common_name)
    )`.execute(db)

  // The anslag on the notice board (KL 8 kap. 12 §), with its appeal period (13 kap. 5 §).
  await sql`
    create table postings (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      meeting_id uuid not null references meetings(id),
      minutes_document_id uuid not null unique references minutes_documents(id),
      committee_id uuid not null references committees(id),
      committee_name text not null,
      meeting_date date not null,
      section_numbers integer[] not null,
      attested_on date not null,
      posted_on date not null,
      last_appeal_day date not null,
      take_down_on date not null,
      stored_at text not null,
      signed_by text not null,
      certificate_sha256 text not null references stored_files(sha256),
      created_at timestamptz not null,
      check (posted_on >= attested_on and last_appeal_day > posted_on and take_down_on > last_appeal_day)
    )`.execute(db)
  await sql`create index postings_board_idx on postings (municipality_id, take_down_on, posted_on)`.execute(
    db,
  )

  await sql`
    create table minutes_extracts (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      meeting_id uuid not null references meetings(id),
      minutes_document_id uuid not null references minutes_documents(id),
      section_numbers integer[] not null check (cardinality(section_numbers) >= 1),
      certified_by uuid not null references users(id),
      certified_name text not null,
      certified_title text,
      certified_on date not null,
      sha256 text not null references stored_files(sha256),
      created_at timestamptz not null
    )`.execute(db)
  await sql`create index minutes_extracts_meeting_idx on minutes_extracts (meeting_id)`.execute(db)

  // Expediering: who got the extract, how, when and from whom (LEGAL-RULES rule 32).
  await sql`
    create table extract_dispatches (
      id uuid primary key default gen_random_uuid(),
      extract_id uuid not null references minutes_extracts(id),
      recipient text not null,
      channel text not null check (channel in ('email', 'post', 'internalMail', 'eService', 'byHand')),
      address text,
      note text,
      dispatched_at timestamptz not null,
      dispatched_by uuid not null references users(id)
    )`.execute(db)
  await sql`create index extract_dispatches_extract_idx on extract_dispatches (extract_id)`.execute(
    db,
  )

  // The case per committee and year in which attested minutes are registered.
  await sql`
    create table committee_minutes_cases (
      committee_id uuid not null references committees(id),
      year integer not null,
      case_id uuid not null references cases(id),
      primary key (committee_id, year)
    )`.execute(db)

  // Attested minutes never change; a correction is a new registered document (rättelse).
  await sql`
    create table minutes_corrections (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references meetings(id),
      minutes_document_id uuid not null references minutes_documents(id),
      section_numbers integer[] not null default '{}',
      text text not null,
      document_id uuid references documents(id),
      sha256 text not null references stored_files(sha256),
      created_at timestamptz not null,
      created_by uuid references users(id)
    )`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only')
}
