import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { AgendaItemTable, DB } from '../db/schema.js'

export type AgendaItemRow = Selectable<AgendaItemTable>

export function insertAgendaItems(trx: Kysely<DB>, rows: Insertable<AgendaItemTable>[]) {
  return trx.insertInto('agenda_items').values(rows).returningAll().execute()
}

/** The agenda in order, with each item's case number and decision (if recorded). */
export function listAgenda(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('agenda_items as i')
    .leftJoin('cases as c', 'c.id', 'i.case_id')
    .leftJoin('agenda_item_decisions as d', 'd.agenda_item_id', 'i.id')
    .selectAll('i')
    .select([
      'c.case_number',
      'd.text as decision_text',
      'd.proposition_order',
      'd.adopted_motion_id',
    ])
    .where('i.meeting_id', '=', meetingId)
    .orderBy('i.position')
    .execute()
}
export type AgendaItemView = Awaited<ReturnType<typeof listAgenda>>[number]

export function findAgendaItem(db: Kysely<DB>, meetingId: string, itemId: string) {
  return db
    .selectFrom('agenda_items')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('id', '=', itemId)
    .executeTakeFirst()
}

export function updateAgendaItem(trx: Kysely<DB>, id: string, patch: Updateable<AgendaItemTable>) {
  return trx
    .updateTable('agenda_items')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Moves the items at positions ≥ `from` by `delta` (positions are checked at commit). */
export function shiftPositions(
  trx: Kysely<DB>,
  meetingId: string,
  from: number,
  to: number,
  delta: number,
) {
  return trx
    .updateTable('agenda_items')
    .set((eb) => ({ position: eb('position', '+', delta) }))
    .where('meeting_id', '=', meetingId)
    .where('position', '>=', from)
    .where('position', '<=', to)
    .execute()
}

export async function deleteAgendaItem(trx: Kysely<DB>, itemId: string) {
  await trx.deleteFrom('agenda_item_recusals').where('agenda_item_id', '=', itemId).execute()
  await trx.deleteFrom('agenda_items').where('id', '=', itemId).execute()
}

export async function setSectionNumbers(
  trx: Kysely<DB>,
  numbers: { id: string; section: number }[],
) {
  for (const n of numbers) {
    await trx
      .updateTable('agenda_items')
      .set({ section_number: n.section })
      .where('id', '=', n.id)
      .execute()
  }
}

/** The decision on an item (beslut); recorded again while the meeting is open, it replaces. */
export function upsertDecision(
  trx: Kysely<DB>,
  row: {
    agenda_item_id: string
    text: string
    recorded_at: Date
    recorded_by: string | null
    proposition_order?: string[] | null
    adopted_motion_id?: string | null
  },
) {
  const values = {
    ...row,
    proposition_order: row.proposition_order ?? null,
    adopted_motion_id: row.adopted_motion_id ?? null,
  }
  return trx
    .insertInto('agenda_item_decisions')
    .values(values)
    .onConflict((oc) =>
      oc.column('agenda_item_id').doUpdateSet({
        text: values.text,
        recorded_at: values.recorded_at,
        recorded_by: values.recorded_by,
        proposition_order: values.proposition_order,
        adopted_motion_id: values.adopted_motion_id,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow()
}
