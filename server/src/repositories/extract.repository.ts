import type { Insertable, Kysely, Selectable } from 'kysely'
import type {
  DB,
  ExtractDispatchTable,
  MinutesCorrectionTable,
  MinutesExtractTable,
} from '../db/schema.js'

export type ExtractRow = Selectable<MinutesExtractTable>
export type DispatchRow = Selectable<ExtractDispatchTable>
export type CorrectionRow = Selectable<MinutesCorrectionTable>

export function insertExtract(trx: Kysely<DB>, row: Insertable<MinutesExtractTable>) {
  return trx.insertInto('minutes_extracts').values(row).returningAll().executeTakeFirstOrThrow()
}

export function listExtracts(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('minutes_extracts')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .execute()
}

export function findExtract(db: Kysely<DB>, meetingId: string, id: string) {
  return db
    .selectFrom('minutes_extracts')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function insertDispatch(trx: Kysely<DB>, row: Insertable<ExtractDispatchTable>) {
  return trx.insertInto('extract_dispatches').values(row).returningAll().executeTakeFirstOrThrow()
}

/** The dispatch log of a meeting's extracts, with who sent each. */
export function listDispatches(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('extract_dispatches as x')
    .innerJoin('minutes_extracts as e', 'e.id', 'x.extract_id')
    .innerJoin('users as u', 'u.id', 'x.dispatched_by')
    .selectAll('x')
    .select('u.display_name as dispatched_by_name')
    .where('e.meeting_id', '=', meetingId)
    .orderBy('x.dispatched_at')
    .execute()
}

export function insertCorrection(trx: Kysely<DB>, row: Insertable<MinutesCorrectionTable>) {
  return trx.insertInto('minutes_corrections').values(row).returningAll().executeTakeFirstOrThrow()
}

export function setCorrectionDocument(trx: Kysely<DB>, id: string, documentId: string) {
  return trx
    .updateTable('minutes_corrections')
    .set({ document_id: documentId })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function listCorrections(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('minutes_corrections')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .execute()
}
