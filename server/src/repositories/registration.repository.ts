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
import { nextNumberUpsert } from './series.repository.js'

/**
 * The two statements of a registration that opens a case (each round trip costs the server and
 * PostgreSQL more CPU than the rows it carries, and on a busy machine the rate follows CPU):
 *
 * 1. drawForNewCase: the stored files' rows and the new vocabulary words, which need no number,
 *    then the draw of the series number, which locks the series counter until commit (that is
 *    what keeps numbers gap-free);
 * 2. insertNewCaseRegistration: the case, its first document, the document's files and both
 *    search entries, with their real numbers.
 *
 * Under the lock: the rest of statement 1, statement 2, the audit statement and the commit. The
 * rows are inserted once, with their numbers (a provisional number set by a later update would
 * write every index of the case and the document twice).
 */
export async function drawForNewCase(
  trx: Kysely<DB>,
  r: {
    storedFiles: Insertable<StoredFileTable>[]
    municipalityId: string
    /** Sorted (see entryTerms), so that concurrent registrations take them in the same order. */
    terms: SearchTerm[]
    seriesId: string
    year: number
  },
): Promise<number> {
  // Sorted too, for the same reason: the same content may be registered twice at once.
  const stored = [...new Map(r.storedFiles.map((f) => [f.sha256, f])).values()].sort((a, b) =>
    a.sha256 < b.sha256 ? -1 : 1,
  )
  const parts = [sql`drawn as (${nextNumberUpsert(trx, r.seriesId, r.year)})`]
  if (stored.length > 0) {
    parts.push(
      sql`stored as (${trx
        .insertInto('stored_files')
        .values(stored)
        .onConflict((oc) => oc.column('sha256').doNothing())
        .returning('sha256')})`,
    )
  }
  if (r.terms.length > 0) {
    parts.push(sql`terms as (${searchTermsInsert(r.municipalityId, r.terms)} returning word)`)
  }
  // The select list is evaluated left to right: the files and the words are written before
  // the draw takes the counter's lock, so a wait on a word another registration is adding is not
  // spent holding it. (Numbers stay gap-free in any order: the lock is held to commit.)
  const result = await sql<{ last_number: number }>`
    with ${sql.join(parts)}
    select ${stored.length > 0 ? sql`(select count(*) from stored)` : sql`0`} as stored,
      ${r.terms.length > 0 ? sql`(select count(*) from terms)` : sql`0`} as terms,
      (select last_number from drawn) as last_number`.execute(trx)
  const seq = result.rows[0]?.last_number
  if (typeof seq !== 'number') throw new Error(`No number drawn in series ${r.seriesId}`)
  return seq
}

/** Statement 2 (see drawForNewCase). The ids are made by the caller, so nothing is read back. */
export async function insertNewCaseRegistration(
  trx: Kysely<DB>,
  r: {
    case: Insertable<CaseTable> & { id: string }
    document: Insertable<DocumentTable> & { id: string }
    files: (Insertable<DocumentFileTable> & { id: string })[]
    entries: Insertable<SearchEntryTable>[]
  },
): Promise<void> {
  // Foreign keys are checked at the end of the statement, when all the rows are in.
  const parts = [
    sql`new_case as (${trx.insertInto('cases').values(r.case).returning('id')})`,
    sql`new_document as (${trx.insertInto('documents').values(r.document).returning('id')})`,
    sql`new_entries as (${trx.insertInto('search_entries').values(r.entries).returning('id')})`,
  ]
  if (r.files.length > 0) {
    parts.push(
      sql`new_files as (${trx.insertInto('document_files').values(r.files).returning('id')})`,
    )
  }
  const result = await sql<{ cases: number; documents: number; entries: number; files: number }>`
    with ${sql.join(parts)}
    select (select count(*) from new_case)::int as cases,
      (select count(*) from new_document)::int as documents,
      (select count(*) from new_entries)::int as entries,
      ${r.files.length > 0 ? sql`(select count(*) from new_files)::int` : sql`0`} as files`.execute(
    trx,
  )
  const n = result.rows[0]
  if (
    !n ||
    n.cases !== 1 ||
    n.documents !== 1 ||
    n.entries !== r.entries.length ||
    n.files !== r.files.length
  ) {
    throw new Error(`The registration of case ${r.case.id} was not written whole`)
  }
}
