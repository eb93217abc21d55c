import type { Insertable, Kysely, Selectable } from 'kysely'
import type { DB, DocumentFileTable, DocumentTable } from '../db/schema.js'

export type DocumentRow = Selectable<DocumentTable>
export type DocumentFileRow = Selectable<DocumentFileTable>

export async function insertDocument(
  trx: Kysely<DB>,
  row: Insertable<DocumentTable>,
): Promise<DocumentRow> {
  return trx.insertInto('documents').values(row).returningAll().executeTakeFirstOrThrow()
}

/** Records that the bytes exist in the store; the same content is one row however often attached. */
export async function recordStoredFile(trx: Kysely<DB>, sha256: string, size: number, at: Date) {
  await trx
    .insertInto('stored_files')
    .values({ sha256, size, created_at: at })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute()
}

/** All files of a new document in one statement. */
export async function insertDocumentFiles(trx: Kysely<DB>, rows: Insertable<DocumentFileTable>[]) {
  if (rows.length === 0) return []
  return trx.insertInto('document_files').values(rows).returningAll().execute()
}

export function findDocumentById(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function listDocumentsOfCase(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('document_number')
    .execute()
}

export function listFilesOfDocuments(db: Kysely<DB>, documentIds: string[]) {
  if (documentIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('document_files')
    .select(['id', 'document_id', 'sha256', 'file_name', 'media_type', 'size', 'added_at'])
    .where('document_id', 'in', documentIds)
    .orderBy('added_at')
    .execute()
}

export function findDocumentFile(db: Kysely<DB>, documentId: string, fileId: string) {
  return db
    .selectFrom('document_files')
    .select(['id', 'document_id', 'sha256', 'file_name', 'media_type', 'size'])
    .where('document_id', '=', documentId)
    .where('id', '=', fileId)
    .executeTakeFirst()
}

/** Every registered file with the document it belongs to, in pages, for `kansli verify`. */
export function listAllFiles(db: Kysely<DB>, afterId: string | null, limit: number) {
  let q = db
    .selectFrom('document_files')
    .innerJoin('documents', 'documents.id', 'document_files.document_id')
    .select([
      'document_files.id',
      'document_files.sha256',
      'document_files.file_name',
      'documents.registration_number',
      'documents.id as document_id',
    ])
  if (afterId) q = q.where('document_files.id', '>', afterId)
  return q.orderBy('document_files.id').limit(limit).execute()
}

/** The text extracted from each file of these documents (for AI material), in file order. */
export function extractedTextsOf(db: Kysely<DB>, documentIds: string[]) {
  if (documentIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('document_files')
    .select(['document_id', 'file_name', 'extracted_text'])
    .where('document_id', 'in', documentIds)
    .where('extracted_text', 'is not', null)
    .orderBy('added_at')
    .execute()
}
