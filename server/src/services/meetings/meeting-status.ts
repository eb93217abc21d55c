import type { MeetingStatus } from '../../db/schema.js'
import { swedishDate } from '../../domain/dates.js'
import { ConflictError, ValidationError } from '../../domain/errors.js'
import { noticeStatus, type NoticeRule, type NoticeStatus } from '../../domain/notice.js'
import { assertIsoDate } from '../../domain/swedish-calendar.js'
import { updateMeeting, type MeetingRow } from '../../repositories/meeting.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { issueNotice, type IssuedNotice } from '../notices/issue-notice.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { lockMeetingFor } from './meeting-lookup.js'

/** planned → noticeSent → open → closed → attested; planned or announced meetings may be cancelled. */
const NEXT: Record<MeetingStatus, MeetingStatus[]> = {
  planned: ['noticeSent', 'cancelled'],
  noticeSent: ['open', 'cancelled'],
  open: ['closed'],
  closed: ['attested'],
  attested: [],
  cancelled: [],
}

export const MEETING_STATUS_LABEL: Record<MeetingStatus, string> = {
  planned: 'planerat',
  noticeSent: 'kallat',
  open: 'pågår',
  closed: 'avslutat',
  attested: 'justerat',
  cancelled: 'inställt',
}

export function assertTransition(from: MeetingStatus, to: MeetingStatus): void {
  if (!NEXT[from].includes(to)) {
    throw new ConflictError(
      'invalid_meeting_status',
      `Sammanträdet är ${MEETING_STATUS_LABEL[from]} och kan inte bli ${MEETING_STATUS_LABEL[to]}.`,
    )
  }
}

export const meetingNoticeRule = (m: MeetingRow): NoticeRule => ({
  daysBefore: m.notice_days_before,
  source: m.notice_rule_source,
})

/**
 * `meeting.sendNotice`: sends the notice (kallelse), dated today unless it went out earlier by
 * other means: the PDF as sent is stored and the members and substitutes receive it
 * (services/notices/issue-notice.ts). A late notice is recorded with a warning, not refused:
 * the meeting is still held (KL 5 kap. 13 § for fullmäktige, the reglemente for nämnder;
 * LEGAL-RULES rules 16–17).
 */
export async function sendNotice(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; sentOn?: string | null },
): Promise<{ meeting: MeetingRow; notice: NoticeStatus; issued: IssuedNotice }> {
  requireMeetingManager(actor, 'skicka kallelser')
  return runCommand(deps, ctx, actor, 'meeting.sendNotice', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertTransition(m.status, 'noticeSent')
    const today = swedishDate(at)
    const sentOn = input.sentOn || today
    assertIsoDate(sentOn, 'sentOn')
    if (sentOn > today || sentOn > m.meets_on) {
      throw new ValidationError('Datumet för kallelsen är ogiltigt.', [
        {
          field: 'sentOn',
          message: 'Kallelsen kan inte ha skickats i framtiden eller efter sammanträdet.',
        },
      ])
    }
    const notice = noticeStatus(m.meets_on, sentOn, meetingNoticeRule(m))
    const meeting = await updateMeeting(trx, m.id, {
      status: 'noticeSent',
      notice_sent_on: sentOn,
      updated_at: at,
    })
    const issued = await issueNotice(trx, deps.files, {
      actor,
      meeting,
      sentOn,
      status: notice,
      at,
    })
    return {
      result: { meeting, notice, issued },
      audit: {
        entityType: 'meeting',
        entityId: m.id,
        data: {
          sentOn,
          deadline: notice.deadline,
          late: notice.late,
          daysLate: notice.daysLate,
          noticeId: issued.notice.id,
          sha256: issued.notice.sha256,
          summoned: issued.summoned,
          forInformation: issued.forInformation,
        },
      },
    }
  })
}

/** `meeting.open`: the chair opens the meeting; from now on items added are "tillägg". */
export async function openMeeting(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string },
) {
  requireMeetingManager(actor, 'öppna sammanträden')
  return runCommand(deps, ctx, actor, 'meeting.open', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertTransition(m.status, 'open')
    const meeting = await updateMeeting(trx, m.id, {
      status: 'open',
      opened_at: at,
      updated_at: at,
    })
    return { result: meeting, audit: { entityType: 'meeting', entityId: m.id, data: {} } }
  })
}

/** `meeting.cancel`: a planned or announced meeting is called off (inställt), with a reason. */
export async function cancelMeeting(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; reason: string },
) {
  requireMeetingManager(actor, 'ställa in sammanträden')
  const reason = input.reason?.trim() ?? ''
  if (!reason || reason.length > 500) {
    throw new ValidationError('Ange varför sammanträdet ställs in.', [
      { field: 'reason', message: 'Ange ett skäl (högst 500 tecken).' },
    ])
  }
  return runCommand(deps, ctx, actor, 'meeting.cancel', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertTransition(m.status, 'cancelled')
    const meeting = await updateMeeting(trx, m.id, {
      status: 'cancelled',
      cancelled_reason: reason,
      updated_at: at,
    })
    return { result: meeting, audit: { entityType: 'meeting', entityId: m.id, data: { reason } } }
  })
}

/** Refuses changes to a meeting in one of the given states. */
export function assertStatusIn(
  trxMeeting: MeetingRow,
  allowed: MeetingStatus[],
  what: string,
): void {
  if (!allowed.includes(trxMeeting.status)) {
    throw new ConflictError(
      'meeting_status',
      `Det går inte att ${what} när sammanträdet är ${MEETING_STATUS_LABEL[trxMeeting.status]}.`,
    )
  }
}
