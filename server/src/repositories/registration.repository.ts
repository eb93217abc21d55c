import { sql, type Insertable, type Kysely } from 'kysely'
import type {
  CaseTable,
  DB,
  DocumentFileTable,
  DocumentTable,
  SearchEntryTable,
  StoredFileTable,
} from '../db/schema.js'
import { searchTermsInsert, type SearchTerm } from './search.repository.js'

/**
 * Writes a registration that opens a case, before its number is drawn, in one statement: the
 * stored files' rows, the new vocabulary words, the case, its first document and the document's
 * files. No lock is held yet, so none of this makes concurrent registrations wait, and it is one
 * round trip instead of five (each costs the server and PostgreSQL more CPU than the rows do).
 *
 * Until numberNewRegistration gives the case its real number in the same transaction, it carries
 * a provisional one that cannot collide: the sequence number is minus the backend's process id
 * (concurrent transactions have different backends; PGlite runs one transaction at a time) and
 * the case number is derived from the row's id. A rollback takes the rows away with the
 * transaction, so no provisional number is ever committed. The ids are made by the caller, so
 * the rows reference each other without reading anything back; foreign keys are checked at the
 * end of the statement, when all of them are in.
 */
export async function insertProvisionalRegistration(
  trx: Kysely<DB>,
  r: {
    storedFiles: Insertable<StoredFileTable>[]
    municipalityId: string
    /** Sorted (see entryTerms), so that concurrent registrations take them in the same order. */
    terms: SearchTerm[]
    case: Omit<Insertable<CaseTable>, 'id' | 'sequence_number' | 'case_number'> & { id: string }
    document: Insertable<DocumentTable> & { id: string }
    files: (Insertable<DocumentFileTable> & { id: string })[]
  },
): Promise<void> {
  const stored = [...new Map(r.storedFiles.map((f) => [f.sha256, f])).values()].sort((a, b) =>
    a.sha256 < b.sha256 ? -1 : 1,
  )
  const parts = [
    sql`new_case as (${trx
      .insertInto('cases')
      .values({
        ...r.case,
        sequence_number: sql<number>`-pg_backend_pid()`,
        case_number: `~${r.case.id}`,
      })
      .returning('id')})`,
    sql`new_document as (${trx.insertInto('documents').values(r.document).returning('id')})`,
  ]
  if (r.files.length > 0) {
    parts.push(
      sql`new_files as (${trx.insertInto('document_files').values(r.files).returning('id')})`,
    )
  }
  // Not read by the final select, so PostgreSQL runs these after it, in this order, in every
  // registration alike.
  if (stored.length > 0) {
    parts.push(
      sql`stored as (${trx
        .insertInto('stored_files')
        .values(stored)
        .onConflict((oc) => oc.column('sha256').doNothing())})`,
    )
  }
  if (r.terms.length > 0)
    parts.push(sql`terms as (${searchTermsInsert(r.municipalityId, r.terms)})`)
  const result = await sql<{ cases: number; documents: number; files: number }>`
    with ${sql.join(parts)}
    select (select count(*) from new_case)::int as cases,
      (select count(*) from new_document)::int as documents,
      ${r.files.length > 0 ? sql`(select count(*) from new_files)::int` : sql`0`} as files`.execute(
    trx,
  )
  const counts = result.rows[0]
  if (!counts || counts.cases !== 1 || counts.documents !== 1 || counts.files !== r.files.length) {
    throw new Error(`The provisional registration of case ${r.case.id} was not written whole`)
  }
}

/**
 * Gives a provisionally inserted case and its first document their real numbers and writes both
 * search entries, in one statement: it runs while the series counter is locked, so it is one
 * round trip instead of three.
 */
export async function numberNewRegistration(
  trx: Kysely<DB>,
  n: {
    caseId: string
    sequenceNumber: number
    caseNumber: string
    documentId: string
    registrationNumber: string
    entries: Insertable<SearchEntryTable>[]
  },
): Promise<void> {
  const result = await trx
    .with('numbered_case', (db) =>
      db
        .updateTable('cases')
        .set({ sequence_number: n.sequenceNumber, case_number: n.caseNumber })
        .where('id', '=', n.caseId)
        .returning('id'),
    )
    .with('numbered_document', (db) =>
      db
        .updateTable('documents')
        .set({ registration_number: n.registrationNumber })
        .where('id', '=', n.documentId)
        .where('case_id', '=', n.caseId)
        .returning('id'),
    )
    .insertInto('search_entries')
    .values(n.entries)
    .returning([
      sql<number>`(select count(*) from numbered_case)`.as('cases'),
      sql<number>`(select count(*) from numbered_document)`.as('documents'),
    ])
    .execute()
  if (!result.every((r) => Number(r.cases) === 1 && Number(r.documents) === 1)) {
    throw new Error(`Provisional case ${n.caseId} or its document is missing`)
  }
}
