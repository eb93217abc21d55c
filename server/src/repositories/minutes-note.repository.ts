import type { Insertable, Kysely, Selectable } from 'kysely'
import type { AgendaItemNoteTable, DB } from '../db/schema.js'

export type MinutesNoteRow = Selectable<AgendaItemNoteTable>

/** Minutes notes (protokollsanteckningar) of a meeting, in item and entry order. */
export function listMeetingNotes(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('agenda_item_notes as n')
    .innerJoin('agenda_items as i', 'i.id', 'n.agenda_item_id')
    .selectAll('n')
    .where('i.meeting_id', '=', meetingId)
    .orderBy('i.position')
    .orderBy('n.created_at')
    .execute()
}

export function findNote(db: Kysely<DB>, itemId: string, id: string) {
  return db
    .selectFrom('agenda_item_notes')
    .selectAll()
    .where('agenda_item_id', '=', itemId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function insertNote(trx: Kysely<DB>, row: Insertable<AgendaItemNoteTable>) {
  return trx.insertInto('agenda_item_notes').values(row).returningAll().executeTakeFirstOrThrow()
}

export function updateNoteText(trx: Kysely<DB>, id: string, text: string, at: Date) {
  return trx
    .updateTable('agenda_item_notes')
    .set({ text, updated_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function deleteNote(trx: Kysely<DB>, id: string) {
  return trx.deleteFrom('agenda_item_notes').where('id', '=', id).executeTakeFirst()
}
