import { ValidationError } from '../../domain/errors.js'
import { updateMeeting } from '../../repositories/meeting.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { listAgenda } from '../../repositories/agenda.repository.js'
import { meetingAttendance } from './attendance.js'
import { TIME } from './meeting-fields.js'
import { lockMeetingFor } from './meeting-lookup.js'
import { assertTransition } from './meeting-status.js'
import { rollCallMissing } from './roll-call.js'
import { numberSections } from './sections.js'

/**
 * `meeting.close`: the chair closes the meeting. Its items become the minutes' sections: the
 * numbered ones get their § numbers now unless they already have them. Dissents can no longer
 * be announced after this (KL 4 kap. 27 §, domain/dissent.ts).
 */
export async function closeMeeting(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; endsAt?: string | null },
) {
  requireMeetingManager(actor, 'avsluta sammanträden')
  if (input.endsAt && !TIME.test(input.endsAt)) {
    throw new ValidationError('Sluttiden är ogiltig.', [
      { field: 'endsAt', message: 'Ange sluttid som TT:MM, t.ex. 10:15.' },
    ])
  }
  return runCommand(deps, ctx, actor, 'meeting.close', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertTransition(m.status, 'closed')
    if (!(await meetingAttendance(trx, m)).rollCallTaken) throw rollCallMissing()
    const numberedAlready = (await listAgenda(trx, m.id)).some((i) => i.section_number !== null)
    const range = numberedAlready ? null : await numberSections(trx, m)
    const meeting = await updateMeeting(trx, m.id, {
      status: 'closed',
      closed_at: at,
      ends_at: input.endsAt || null,
      updated_at: at,
    })
    return {
      result: meeting,
      audit: { entityType: 'meeting', entityId: m.id, data: { endsAt: meeting.ends_at, range } },
    }
  })
}
