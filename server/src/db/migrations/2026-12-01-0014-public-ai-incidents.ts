import { sql, type Kysely } from 'kysely'

/**
 * Incident reports from the public on the AI answers of the public question box (issue 4: a
 * report on every AI output). A public report has no user behind it, so `reported_by` becomes
 * optional and `reporter_kind` says who reported; a staff report still names its user. The
 * member of the public may leave an e-mail address for an answer: personal data, shown only to
 * the incident handlers. Existing rows are staff reports and stay valid.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ai_incidents alter column reported_by drop not null`.execute(db)
  await sql`
    alter table ai_incidents
      add column reporter_kind text not null default 'staff'
        check (reporter_kind in ('staff', 'public')),
      add column contact_email text
        check (contact_email is null or (length(contact_email) between 6 and 254 and contact_email like '%_@_%._%')),
      add constraint ai_incidents_reporter_check
        check ((reporter_kind = 'staff') = (reported_by is not null)),
      add constraint ai_incidents_contact_check
        check (reporter_kind = 'public' or contact_email is null)`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only')
}
