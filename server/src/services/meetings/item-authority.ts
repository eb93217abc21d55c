import { ConflictError } from '../../domain/errors.js'
import { updateAgendaItem } from '../../repositories/agenda.repository.js'
import { listMeetingVotes } from '../../repositories/vote.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { notFoundItem } from './agenda-edit.js'
import { listAgenda } from '../../repositories/agenda.repository.js'
import { lockMeetingFor } from './meeting-lookup.js'
import { assertStatusIn } from './meeting-status.js'

/**
 * `agenda.setExerciseOfAuthority`: marks an item as myndighetsutövning mot enskild, where
 * everyone taking part must vote and abstaining is refused (LEGAL-RULES rule 24). Not once the
 * item has had a vote.
 */
export async function setExerciseOfAuthority(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string; value: boolean },
) {
  requireMeetingManager(actor, 'ändra ärendelistan')
  return runCommand(deps, ctx, actor, 'agenda.setExerciseOfAuthority', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['planned', 'noticeSent', 'open'], 'ändra punkten')
    const item = (await listAgenda(trx, m.id)).find((i) => i.id === input.itemId)
    if (!item) throw notFoundItem()
    if ((await listMeetingVotes(trx, m.id)).some((v) => v.agenda_item_id === item.id)) {
      throw new ConflictError(
        'item_has_votes',
        'Punkten har redan haft en omröstning och kan inte ändras.',
      )
    }
    const row = await updateAgendaItem(trx, item.id, {
      exercise_of_authority: input.value,
      updated_at: at,
    })
    return {
      result: row,
      audit: {
        entityType: 'agendaItem',
        entityId: item.id,
        data: { meetingId: m.id, value: input.value },
      },
    }
  })
}
