import { swedishDate } from '../../domain/dates.js'
import { ConflictError } from '../../domain/errors.js'
import { noticeStatus } from '../../domain/notice.js'
import { listAgenda } from '../../repositories/agenda.repository.js'
import { listNotices } from '../../repositories/notice.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { lockMeetingFor } from '../meetings/meeting-lookup.js'
import { assertStatusIn, meetingNoticeRule } from '../meetings/meeting-status.js'
import { issueNotice } from './issue-notice.js'
import { addedAfter } from './notice-view.js'

/**
 * `meeting.sendSupplementaryNotice`: a tilläggskallelse with the items put on the agenda after
 * the notice (or the last supplement) went out, sent to the same members and substitutes. It is
 * late by the same rule as the notice (KL 5 kap. 13 § for fullmäktige, the reglemente
 * otherwise), and says so; items added once the meeting has opened need the meeting's consent
 * instead (agenda approval), not a notice.
 */
export async function sendSupplementaryNotice(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string },
) {
  requireMeetingManager(actor, 'skicka tilläggskallelser')
  return runCommand(deps, ctx, actor, 'meeting.sendSupplementaryNotice', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['noticeSent'], 'skicka en tilläggskallelse')
    const last = (await listNotices(trx, m.id)).at(-1)
    const since = last ? new Date(last.sent_at) : new Date(0)
    const added = (await listAgenda(trx, m.id)).filter((i) => addedAfter(i, since))
    if (added.length === 0) {
      throw new ConflictError(
        'nothing_to_supplement',
        'Inga ärenden har tillkommit sedan kallelsen skickades.',
      )
    }
    const sentOn = swedishDate(at)
    if (sentOn > m.meets_on) {
      throw new ConflictError('meeting_day_passed', 'Sammanträdesdagen har passerat.')
    }
    const status = noticeStatus(m.meets_on, sentOn, meetingNoticeRule(m))
    const issued = await issueNotice(trx, deps.files, {
      actor,
      meeting: m,
      sentOn,
      status,
      at,
      supplementAfter: since,
    })
    return {
      result: { issued, status, items: added.map((i) => i.id) },
      audit: {
        entityType: 'meeting',
        entityId: m.id,
        data: {
          noticeId: issued.notice.id,
          sequence: issued.notice.sequence,
          sha256: issued.notice.sha256,
          items: added.map((i) => i.id),
          late: status.late,
        },
      },
    }
  })
}
