import { ConflictError, ValidationError } from '../../domain/errors.js'
import { upsertDecision } from '../../repositories/agenda.repository.js'
import { findCommittee } from '../../repositories/committee.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { assertMinutesEditable } from '../minutes/minutes-lock.js'
import { committeeSubject } from '../minutes/wording.js'
import { meetingAttendance } from './attendance.js'
import { assertQuorum } from './item-conduct.js'
import { lockMeetingFor } from './meeting-lookup.js'
import { assertStatusIn } from './meeting-status.js'
import { rollCallMissing } from './roll-call.js'

/**
 * `meeting.approveAgenda`: the meeting approves its agenda, naming the items added after the
 * notice went out ("fastställer dagordningen med följande tillägg: …", as the Kalmar seed).
 * The text is the approval item's decision; the secretary may word it.
 */
export async function approveAgenda(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; text?: string | null },
) {
  requireMeetingManager(actor, 'fastställa dagordningen')
  const given = input.text?.trim() || null
  if (given && given.length > 20_000) {
    throw new ValidationError('Texten är för lång.', [
      { field: 'text', message: 'Högst 20 000 tecken.' },
    ])
  }
  return runCommand(deps, ctx, actor, 'meeting.approveAgenda', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['open'], 'fastställa dagordningen')
    await assertMinutesEditable(trx, m)
    const a = await meetingAttendance(trx, m)
    if (!a.rollCallTaken) throw rollCallMissing()
    const entry = a.items.find((i) => i.item.kind === 'agendaApproval')
    if (!entry) {
      throw new ConflictError(
        'no_agenda_approval_item',
        'Ärendelistan har ingen punkt för godkännande av dagordningen.',
      )
    }
    assertQuorum(entry, a.roster.members.length)
    const additions = a.agenda.filter((i) => i.added_when !== 'draft').map((i) => i.title)
    const committee = await findCommittee(trx, actor.municipalityId, m.committee_id)
    const subject = committeeSubject(committee?.name ?? '')
    const text =
      given ??
      (additions.length
        ? `${subject} fastställer dagordningen med följande tillägg:\n\n${additions.map((t) => `- ${t}`).join('\n')}`
        : `${subject} fastställer dagordningen.`)
    await upsertDecision(trx, {
      agenda_item_id: entry.item.id,
      text,
      recorded_at: at,
      recorded_by: actorId(actor),
    })
    return {
      result: { itemId: entry.item.id, text, additions },
      audit: { entityType: 'meeting', entityId: m.id, data: { additions: additions.length } },
    }
  })
}
