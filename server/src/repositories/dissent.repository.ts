import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { AgendaItemDissentTable, DB } from '../db/schema.js'

export type DissentRow = Selectable<AgendaItemDissentTable>

export function listMeetingDissents(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('agenda_item_dissents as r')
    .innerJoin('agenda_items as i', 'i.id', 'r.agenda_item_id')
    .selectAll('r')
    .where('i.meeting_id', '=', meetingId)
    .orderBy('i.position')
    .orderBy('r.announced_at')
    .execute()
}

export function findDissent(db: Kysely<DB>, itemId: string, id: string) {
  return db
    .selectFrom('agenda_item_dissents')
    .selectAll()
    .where('agenda_item_id', '=', itemId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function insertDissent(trx: Kysely<DB>, row: Insertable<AgendaItemDissentTable>) {
  return trx.insertInto('agenda_item_dissents').values(row).returningAll().executeTakeFirstOrThrow()
}

export function updateDissent(
  trx: Kysely<DB>,
  id: string,
  patch: Updateable<AgendaItemDissentTable>,
) {
  return trx
    .updateTable('agenda_item_dissents')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function deleteDissent(trx: Kysely<DB>, id: string) {
  return trx.deleteFrom('agenda_item_dissents').where('id', '=', id).executeTakeFirst()
}
