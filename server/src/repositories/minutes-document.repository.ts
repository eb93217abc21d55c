import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { DB, MinutesDocumentTable, MinutesSignatureTable } from '../db/schema.js'

export type MinutesDocumentRow = Selectable<MinutesDocumentTable>
export type MinutesSignatureRow = Selectable<MinutesSignatureTable>

/** The meeting's minutes and immediately attested §§ that are not withdrawn. */
export function listActiveDocuments(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('minutes_documents')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('status', '<>', 'withdrawn')
    .orderBy('finalised_at')
    .execute()
}

export function findMinutesDocument(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('minutes_documents')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** Locks the document row: signatures are appended one at a time. */
export function lockMinutesDocument(trx: Kysely<DB>, id: string) {
  return trx
    .selectFrom('minutes_documents')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export function insertMinutesDocument(trx: Kysely<DB>, row: Insertable<MinutesDocumentTable>) {
  return trx.insertInto('minutes_documents').values(row).returningAll().executeTakeFirstOrThrow()
}

export function updateMinutesDocument(
  trx: Kysely<DB>,
  id: string,
  patch: Updateable<MinutesDocumentTable>,
) {
  return trx
    .updateTable('minutes_documents')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function listSignatures(db: Kysely<DB>, documentIds: string[]) {
  if (documentIds.length === 0) return Promise.resolve([] as MinutesSignatureRow[])
  return db
    .selectFrom('minutes_signatures')
    .selectAll()
    .where('minutes_document_id', 'in', documentIds)
    .orderBy('signed_at')
    .execute()
}

export function insertSignature(trx: Kysely<DB>, row: Insertable<MinutesSignatureTable>) {
  return trx.insertInto('minutes_signatures').values(row).returningAll().executeTakeFirstOrThrow()
}
