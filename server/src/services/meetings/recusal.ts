import { NotFoundError, ValidationError } from '../../domain/errors.js'
import { deleteRecusal, insertRecusal } from '../../repositories/meeting-attendance.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { meetingAttendance } from './attendance.js'
import { notFoundItem } from './agenda-edit.js'
import { lockMeetingFor } from './meeting-lookup.js'
import { assertStatusIn } from './meeting-status.js'
import { assertMinutesEditable } from '../minutes/minutes-lock.js'

/**
 * `agenda.recordRecusal`: a member or substitute is jävig for an item (KL 6 kap. 28 §; 5 kap.
 * 47 § for fullmäktige). They neither take part in nor attend the item; a substitute serves in
 * their place (domain/quorum.ts) and the minutes say so. It may be reported before the meeting.
 */
export async function recordRecusal(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string; membershipId: string; ground?: string | null },
) {
  requireMeetingManager(actor, 'registrera jäv')
  const ground = input.ground?.trim() || null
  if (ground && ground.length > 500) {
    throw new ValidationError('Skälet för jäv får vara högst 500 tecken.', [
      { field: 'ground', message: 'Korta ned texten.' },
    ])
  }
  return runCommand(deps, ctx, actor, 'agenda.recordRecusal', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['planned', 'noticeSent', 'open'], 'registrera jäv')
    const a = await meetingAttendance(trx, m)
    const item = a.agenda.find((i) => i.id === input.itemId)
    if (!item) throw notFoundItem()
    await assertMinutesEditable(trx, m, item.id)
    const person = a.people.find((p) => p.id === input.membershipId)
    if (!person) {
      throw new ValidationError('Personen sitter inte i organet på sammanträdesdagen.', [
        { field: 'membershipId', message: 'Välj en ledamot eller ersättare i organet.' },
      ])
    }
    await insertRecusal(trx, {
      agenda_item_id: item.id,
      membership_id: person.id,
      ground,
      recorded_at: at,
    })
    return {
      result: await meetingAttendance(trx, m),
      audit: {
        entityType: 'agendaItem',
        entityId: item.id,
        data: { meetingId: m.id, membershipId: person.id, ground },
      },
    }
  })
}

/** `agenda.removeRecusal`: a jäv recorded by mistake is taken back while the meeting is open. */
export async function removeRecusal(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string; membershipId: string },
) {
  requireMeetingManager(actor, 'registrera jäv')
  return runCommand(deps, ctx, actor, 'agenda.removeRecusal', async (trx) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['planned', 'noticeSent', 'open'], 'ändra jäv')
    await assertMinutesEditable(trx, m, input.itemId)
    const r = await deleteRecusal(trx, input.itemId, input.membershipId)
    if (!r || Number(r.numDeletedRows) === 0) {
      throw new NotFoundError(
        'recusal_not_found',
        'Det finns inget jäv registrerat för personen vid punkten.',
      )
    }
    return {
      result: await meetingAttendance(trx, m),
      audit: {
        entityType: 'agendaItem',
        entityId: input.itemId,
        data: { meetingId: m.id, membershipId: input.membershipId },
      },
    }
  })
}
