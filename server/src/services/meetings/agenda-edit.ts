import {
  NotFoundError,
  ValidationError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import {
  deleteAgendaItem,
  listAgenda,
  shiftPositions,
  updateAgendaItem,
} from '../../repositories/agenda.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { AGENDA_OPEN, assertNotNumbered } from './agenda-items.js'
import { lockMeetingFor } from './meeting-lookup.js'
import { assertStatusIn } from './meeting-status.js'

export function notFoundItem(): NotFoundError {
  return new NotFoundError('agenda_item_not_found', 'Punkten finns inte på ärendelistan.')
}

/** Locks the meeting and finds the item in its agenda, which may still change. */
async function editable(trx: Kysely<DB>, actor: Actor, meetingId: string, itemId: string) {
  const m = await lockMeetingFor(trx, actor, meetingId)
  assertStatusIn(m, AGENDA_OPEN, 'ändra ärendelistan')
  const agenda = await listAgenda(trx, m.id)
  assertNotNumbered(agenda)
  const item = agenda.find((i) => i.id === itemId)
  if (!item) throw notFoundItem()
  return { m, agenda, item }
}

/** `agenda.updateItem`: the heading, who presents it, and whether it gets a § number. */
export async function updateAgendaItemText(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: {
    meetingId: string
    itemId: string
    title?: string
    presenter?: string | null
    numbered?: boolean
  },
) {
  requireMeetingManager(actor, 'ändra ärendelistan')
  const fields: FieldError[] = []
  const title = input.title?.trim()
  if (input.title !== undefined && (!title || title.length > 500))
    fields.push({ field: 'title', message: 'Ange rubrik (högst 500 tecken).' })
  if ((input.presenter?.trim().length ?? 0) > 300)
    fields.push({ field: 'presenter', message: 'Föredragande får vara högst 300 tecken.' })
  assertNoFieldErrors(fields, 'Punkten kunde inte ändras.')
  return runCommand(deps, ctx, actor, 'agenda.updateItem', async (trx, at) => {
    const { m, item } = await editable(trx, actor, input.meetingId, input.itemId)
    const row = await updateAgendaItem(trx, item.id, {
      ...(title ? { title } : {}),
      ...(input.presenter !== undefined ? { presenter: input.presenter?.trim() || null } : {}),
      ...(input.numbered !== undefined ? { numbered: input.numbered } : {}),
      updated_at: at,
    })
    return {
      result: row,
      audit: {
        entityType: 'agendaItem',
        entityId: item.id,
        data: {
          meetingId: m.id,
          titleChanged: !!title && title !== item.title,
          presenter: row.presenter,
          numbered: row.numbered,
        },
      },
    }
  })
}

/** `agenda.moveItem`: moves an item to another place (1-based); the others close up. */
export async function moveAgendaItem(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string; position: number },
) {
  requireMeetingManager(actor, 'ändra ärendelistan')
  return runCommand(deps, ctx, actor, 'agenda.moveItem', async (trx, at) => {
    const { m, agenda, item } = await editable(trx, actor, input.meetingId, input.itemId)
    const to = input.position
    if (!Number.isInteger(to) || to < 1 || to > agenda.length) {
      throw new ValidationError('Platsen på ärendelistan är ogiltig.', [
        { field: 'position', message: `Ange en plats mellan 1 och ${agenda.length}.` },
      ])
    }
    const from = item.position
    if (to < from) await shiftPositions(trx, m.id, to, from - 1, 1)
    if (to > from) await shiftPositions(trx, m.id, from + 1, to, -1)
    const row = await updateAgendaItem(trx, item.id, { position: to, updated_at: at })
    return {
      result: row,
      audit: { entityType: 'agendaItem', entityId: item.id, data: { meetingId: m.id, from, to } },
    }
  })
}

/**
 * `agenda.removeItem`: takes an item off the agenda before the meeting opens. At the meeting an
 * item is not deleted: what happened to it belongs in the minutes.
 */
export async function removeAgendaItem(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string },
) {
  requireMeetingManager(actor, 'ändra ärendelistan')
  return runCommand(deps, ctx, actor, 'agenda.removeItem', async (trx) => {
    const { m, agenda, item } = await editable(trx, actor, input.meetingId, input.itemId)
    assertStatusIn(m, ['planned', 'noticeSent'], 'ta bort punkter från ärendelistan')
    await deleteAgendaItem(trx, item.id)
    await shiftPositions(trx, m.id, item.position + 1, agenda.length, -1)
    return {
      result: null,
      audit: {
        entityType: 'agendaItem',
        entityId: item.id,
        data: { meetingId: m.id, kind: item.kind, caseId: item.case_id, position: item.position },
      },
    }
  })
}
