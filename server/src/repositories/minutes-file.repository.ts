import { sql, type Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

/** One file the minutes keep: a fixed or signed minutes PDF, a certificate, an extract, a correction. */
export interface MinutesFileRef {
  /** '<row id>:<role>', the paging key. */
  ref: string
  role: 'unsigned' | 'signed' | 'public' | 'certificate' | 'extract' | 'correction'
  sha256: string
  committee_name: string
  meets_on: string
}

/**
 * Every file of the minutes kept in the file store, paged by `ref`: the fixed PDF of each
 * minutes and immediately attested §, its signed and public versions, the posting certificates,
 * the extracts and the corrections. For `kansli verify` (services/recovery/verify-files.ts).
 */
export async function listAllMinutesFiles(
  db: Kysely<DB>,
  after: string | null,
  limit: number,
): Promise<MinutesFileRef[]> {
  const rows = await sql<MinutesFileRef>`
    select x.ref, x.role, x.sha256, c.name as committee_name, to_char(m.meets_on, 'YYYY-MM-DD') as meets_on
    from (
      select id::text || ':unsigned' as ref, 'unsigned' as role, unsigned_sha256 as sha256, meeting_id
        from minutes_documents
      union all
      select id::text || ':signed', 'signed', current_sha256, meeting_id
        from minutes_documents where current_sha256 <> unsigned_sha256
      union all
      select id::text || ':public', 'public', public_sha256, meeting_id
        from minutes_documents where public_sha256 is not null
      union all
      select id::text || ':certificate', 'certificate', certificate_sha256, meeting_id from postings
      union all
      select id::text || ':extract', 'extract', sha256, meeting_id from minutes_extracts
      union all
      select id::text || ':correction', 'correction', sha256, meeting_id from minutes_corrections
    ) x
    join meetings m on m.id = x.meeting_id
    join committees c on c.id = m.committee_id
    where ${after}::text is null or x.ref > ${after}::text
    order by x.ref
    limit ${limit}`.execute(db)
  return rows.rows
}
