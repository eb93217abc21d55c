import { sql, type Kysely } from 'kysely'

/**
 * Delegation and officials' reports: the delegation scheme of a committee as versions of
 * numbered points, the delegated decisions registered against them (reported to a meeting or
 * minuted separately, KL 6 kap. 40 §), and officials' reports (tjänsteskrivelser) of a case.
 * Adopted versions and finalised reports are frozen by triggers, so not even a repair script
 * can edit them in place. SQL that PG 15 and PGlite accept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table delegation_schemes (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      committee_id uuid not null unique references committees(id),
      created_at timestamptz not null
    )`.execute(db)

  // A version is a draft until adopted; adopted versions run back to back, valid_to being set
  // (once) when the next one is adopted. At most one draft per scheme.
  await sql`
    create table delegation_scheme_versions (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      scheme_id uuid not null references delegation_schemes(id),
      version_number integer not null check (version_number >= 1),
      status text not null check (status in ('draft', 'adopted')),
      valid_from date,
      valid_to date,
      adopted_on date,
      adopted_case_id uuid references cases(id),
      adopted_section_number integer check (adopted_section_number >= 1),
      note text,
      created_at timestamptz not null,
      created_by uuid references users(id),
      adopted_at timestamptz,
      adopted_by uuid references users(id),
      updated_at timestamptz not null,
      unique (scheme_id, version_number),
      check (status = 'draft' or (valid_from is not null and adopted_on is not null)),
      check (valid_from is null or adopted_on is null or valid_from >= adopted_on),
      check (valid_to is null or (status = 'adopted' and valid_to >= valid_from))
    )`.execute(db)
  await sql`create unique index delegation_one_draft_idx on delegation_scheme_versions (scheme_id) where status = 'draft'`.execute(
    db,
  )

  await sql`
    create table delegation_points (
      id uuid primary key default gen_random_uuid(),
      version_id uuid not null references delegation_scheme_versions(id),
      number text not null check (number ~ '^(0|[1-9][0-9]{0,3})(\\.(0|[1-9][0-9]{0,3})){0,4}$'),
      text text not null,
      delegate_type text not null
        check (delegate_type in ('subcommittee', 'member', 'substitute', 'employee')),
      delegate_title text,
      delegate_committee_id uuid references committees(id),
      limits text,
      amount_limit_sek bigint check (amount_limit_sek > 0),
      comment text,
      legal_reference text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (version_id, number),
      check ((delegate_type = 'subcommittee') = (delegate_committee_id is not null)),
      check (delegate_type = 'subcommittee' or delegate_title is not null)
    )`.execute(db)

  // KL 6 kap. 40 §: reported to a meeting (report_meeting_id once assigned) or minuted in a
  // separate protocol. A single decision has a date and a point; a period summary a period.
  await sql`
    create table delegated_decisions (
      id uuid primary key default gen_random_uuid(),
      seq bigint generated always as identity,
      municipality_id uuid not null references municipalities(id),
      committee_id uuid not null references committees(id),
      kind text not null check (kind in ('decision', 'periodSummary')),
      point_id uuid references delegation_points(id),
      decided_on date,
      period_from date,
      period_to date,
      case_id uuid references cases(id),
      decision_maker_name text,
      decision_maker_title text,
      unit text,
      action text not null,
      amount_sek bigint check (amount_sek >= 0),
      recording text not null check (recording in ('report', 'separateMinutes')),
      report_meeting_id uuid references meetings(id),
      separate_minutes_reference text,
      separate_minutes_posted_on date,
      registered_at timestamptz not null,
      registered_by uuid references users(id),
      updated_at timestamptz not null,
      check (kind <> 'decision' or (decided_on is not null and point_id is not null
        and decision_maker_name is not null and period_from is null and period_to is null)),
      check (kind <> 'periodSummary' or (period_from is not null and period_to is not null
        and period_from <= period_to and unit is not null and decided_on is null)),
      check (recording = 'report' or report_meeting_id is null),
      check (recording = 'separateMinutes' or
        (separate_minutes_reference is null and separate_minutes_posted_on is null))
    )`.execute(db)
  await sql`create index delegated_decisions_committee_idx on delegated_decisions (committee_id, recording, report_meeting_id)`.execute(
    db,
  )
  await sql`create index delegated_decisions_meeting_idx on delegated_decisions (report_meeting_id)`.execute(
    db,
  )
  await sql`create index delegated_decisions_point_idx on delegated_decisions (point_id)`.execute(
    db,
  )

  await sql`
    create table official_reports (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      case_id uuid not null references cases(id),
      committee_id uuid not null references committees(id),
      author_id uuid not null references users(id),
      status text not null check (status in ('draft', 'final')),
      title text not null,
      report_date date not null,
      department text,
      proposed_decision jsonb not null,
      description jsonb not null,
      summary jsonb not null,
      equality_analysis jsonb not null,
      child_rights_analysis jsonb not null,
      signed_by_name text not null,
      signed_by_title text not null,
      signed_by_email text,
      signed_by_phone text,
      confidentiality_ground text,
      supersedes_id uuid references official_reports(id),
      document_id uuid unique references documents(id),
      pdf_sha256 text,
      html_sha256 text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      finalised_at timestamptz,
      finalised_by uuid references users(id),
      check (status = 'draft' or (document_id is not null and pdf_sha256 is not null
        and html_sha256 is not null and finalised_at is not null))
    )`.execute(db)
  await sql`create index official_reports_case_idx on official_reports (case_id)`.execute(db)
  // A final report is corrected by one new report, never two competing ones.
  await sql`create unique index official_reports_successor_idx on official_reports (supersedes_id) where supersedes_id is not null`.execute(
    db,
  )

  await sql`
    create table official_report_basis (
      report_id uuid not null references official_reports(id),
      position integer not null check (position >= 1),
      title text not null,
      document_id uuid references documents(id),
      primary key (report_id, position)
    )`.execute(db)

  // Frozen records. An adopted version may only get its valid_to set once; its points and a
  // final report (with its decision basis) cannot change at all.
  await sql`
    create function kansli_delegation_version_frozen() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        if old.status = 'adopted' then
          raise exception 'adopted delegation scheme versions cannot be deleted';
        end if;
        return old;
      end if;
      if old.status = 'adopted' and (
        new.status, new.valid_from, new.adopted_on, new.adopted_case_id,
        new.adopted_section_number, new.note, new.version_number, new.scheme_id
      ) is distinct from (
        old.status, old.valid_from, old.adopted_on, old.adopted_case_id,
        old.adopted_section_number, old.note, old.version_number, old.scheme_id
      ) or (old.valid_to is not null and new.valid_to is distinct from old.valid_to) then
        raise exception 'adopted delegation scheme versions cannot be changed';
      end if;
      return new;
    end $$`.execute(db)
  await sql`
    create trigger delegation_version_frozen before update or delete on delegation_scheme_versions
    for each row execute function kansli_delegation_version_frozen()`.execute(db)

  await sql`
    create function kansli_delegation_point_frozen() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from delegation_scheme_versions v where v.status = 'adopted'
          and v.id in (
            case when tg_op = 'INSERT' then null else old.version_id end,
            case when tg_op = 'DELETE' then null else new.version_id end)) then
        raise exception 'points of an adopted delegation scheme version cannot be changed';
      end if;
      return case when tg_op = 'DELETE' then old else new end;
    end $$`.execute(db)
  await sql`
    create trigger delegation_point_frozen before insert or update or delete on delegation_points
    for each row execute function kansli_delegation_point_frozen()`.execute(db)

  await sql`
    create function kansli_official_report_frozen() returns trigger language plpgsql as $$
    begin
      if old.status = 'final' then
        raise exception 'final official reports cannot be changed';
      end if;
      return case when tg_op = 'DELETE' then old else new end;
    end $$`.execute(db)
  await sql`
    create trigger official_report_frozen before update or delete on official_reports
    for each row execute function kansli_official_report_frozen()`.execute(db)

  await sql`
    create function kansli_official_report_basis_frozen() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from official_reports r where r.status = 'final'
          and r.id in (
            case when tg_op = 'INSERT' then null else old.report_id end,
            case when tg_op = 'DELETE' then null else new.report_id end)) then
        raise exception 'the decision basis of a final official report cannot be changed';
      end if;
      return case when tg_op = 'DELETE' then old else new end;
    end $$`.execute(db)
  await sql`
    create trigger official_report_basis_frozen
    before insert or update or delete on official_report_basis
    for each row execute function kansli_official_report_basis_frozen()`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only')
}
