import { sql, type Insertable, type Kysely } from 'kysely'
import type { CaseTable, DB, SearchEntryTable } from '../db/schema.js'
import type { CaseRow } from './case.repository.js'

/**
 * Inserts a new case before its number is drawn, so that its row (and its first document's, which
 * reference it) are written while no lock is held. Until numberNewRegistration gives it its real
 * number in the same transaction, it carries a provisional one that cannot collide: the sequence
 * number is minus the backend's process id (concurrent transactions have different backends;
 * PGlite runs one transaction at a time) and the case number is derived from the row's id. A
 * rollback takes the row away with the transaction, so no provisional number is ever committed.
 */
export async function insertProvisionalCase(
  trx: Kysely<DB>,
  row: Omit<Insertable<CaseTable>, 'id' | 'sequence_number' | 'case_number'> & { id: string },
): Promise<CaseRow> {
  return trx
    .insertInto('cases')
    .values({
      ...row,
      sequence_number: sql<number>`-pg_backend_pid()`,
      case_number: `~${row.id}`,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
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
