import type { Insertable, Kysely, Selectable } from 'kysely'
import type { AgendaItemMotionTable, DB } from '../db/schema.js'

export type MotionRow = Selectable<AgendaItemMotionTable>

/** Motions (yrkanden) of every item of a meeting, in the order they were made. */
export function listMeetingMotions(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('agenda_item_motions as y')
    .innerJoin('agenda_items as i', 'i.id', 'y.agenda_item_id')
    .selectAll('y')
    .where('i.meeting_id', '=', meetingId)
    .orderBy('i.position')
    .orderBy('y.position')
    .execute()
}

export function listItemMotions(db: Kysely<DB>, itemId: string) {
  return db
    .selectFrom('agenda_item_motions')
    .selectAll()
    .where('agenda_item_id', '=', itemId)
    .orderBy('position')
    .execute()
}

export async function insertMotion(
  trx: Kysely<DB>,
  row: Omit<Insertable<AgendaItemMotionTable>, 'position'>,
): Promise<MotionRow> {
  const last = await trx
    .selectFrom('agenda_item_motions')
    .select((eb) => eb.fn.max('position').as('n'))
    .where('agenda_item_id', '=', row.agenda_item_id)
    .executeTakeFirst()
  return trx
    .insertInto('agenda_item_motions')
    .values({ ...row, position: Number(last?.n ?? 0) + 1 })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function setMotionWithdrawn(trx: Kysely<DB>, id: string, at: Date | null) {
  return trx
    .updateTable('agenda_item_motions')
    .set({ withdrawn_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}
