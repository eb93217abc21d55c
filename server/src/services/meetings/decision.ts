import { ConflictError, ValidationError } from '../../domain/errors.js'
import { upsertDecision } from '../../repositories/agenda.repository.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { runCommand } from '../command.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { meetingAttendance } from './attendance.js'
import { notFoundItem } from './agenda-edit.js'
import { lockMeetingFor } from './meeting-lookup.js'
import { assertStatusIn } from './meeting-status.js'
import { rollCallMissing } from './roll-call.js'

/**
 * `agenda.recordDecision`: the decision (beslut) on an item, refused when the committee lacks
 * quorum for that item: more than half of the members must serve (KL 6 kap. 27 §; those who
 * are jäviga do not count). Motions, votes and dissents come with the minutes.
 */
export async function recordDecision(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string; text: string },
) {
  requireMeetingManager(actor, 'registrera beslut')
  const text = input.text?.trim() ?? ''
  if (!text || text.length > 20_000) {
    throw new ValidationError('Ange beslutet.', [
      { field: 'text', message: 'Skriv beslutet (högst 20 000 tecken).' },
    ])
  }
  return runCommand(deps, ctx, actor, 'agenda.recordDecision', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['open'], 'registrera beslut')
    const a = await meetingAttendance(trx, m)
    if (!a.rollCallTaken) throw rollCallMissing()
    const entry = a.items.find((i) => i.item.id === input.itemId)
    if (!entry) throw notFoundItem()
    if (!entry.quorum) {
      const seats = a.roster.members.length
      throw new ConflictError(
        'no_quorum',
        `Organet är inte beslutsfört vid punkt ${entry.item.position}: ${entry.serving.length} av ${seats} ledamöter tjänstgör, och mer än hälften måste delta (KL 6 kap. 27 §).`,
        { serving: entry.serving.length, seats },
      )
    }
    const row = await upsertDecision(trx, {
      agenda_item_id: entry.item.id,
      text,
      recorded_at: at,
      recorded_by: actorId(actor),
    })
    return {
      result: row,
      audit: {
        entityType: 'agendaItem',
        entityId: entry.item.id,
        data: {
          meetingId: m.id,
          serving: entry.serving.map((s) => s.id),
          recused: entry.recused,
          replaced: entry.item.decision_text !== null,
        },
      },
    }
  })
}
