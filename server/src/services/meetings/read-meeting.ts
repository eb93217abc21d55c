import type { MeetingStatus } from '../../db/schema.js'
import {
  attestationDeadline,
  attestationStatus,
  attestationWarningDate,
  type AttestationStatus,
} from '../../domain/appeal.js'
import { listActiveDocuments } from '../../repositories/minutes-document.repository.js'
import { isIsoDate, swedishDate } from '../../domain/dates.js'
import { ValidationError } from '../../domain/errors.js'
import { noticeDeadline, noticeStatus, type NoticeRule } from '../../domain/notice.js'
import type { SectionRange } from '../../domain/section-numbering.js'
import { listAgenda, type AgendaItemView } from '../../repositories/agenda.repository.js'
import { findCommittee, type CommitteeRow } from '../../repositories/committee.repository.js'
import { listMeetings, type MeetingRow } from '../../repositories/meeting.repository.js'
import { findUserById } from '../../repositories/user.repository.js'
import { isStaff, requireUser } from '../access/policies.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'
import { requireCommitteeReader } from '../committees/committee-access.js'
import { loadMeeting } from './meeting-lookup.js'
import { meetingNoticeRule } from './meeting-status.js'

/** Where the notice stands: its rule, its last day, and whether it went out (or is) late. */
export interface NoticeInfo {
  rule: NoticeRule
  deadline: string
  sentOn: string | null
  late: boolean
  daysLate: number
  /** Not sent yet and the last day has passed. */
  overdue: boolean
}

export function noticeInfo(m: MeetingRow, today: string): NoticeInfo {
  const rule = meetingNoticeRule(m)
  if (m.notice_sent_on) {
    return {
      rule,
      sentOn: m.notice_sent_on,
      ...noticeStatus(m.meets_on, m.notice_sent_on, rule),
      overdue: false,
    }
  }
  const deadline = noticeDeadline(m.meets_on, rule)
  const pending = m.status === 'planned'
  return {
    rule,
    deadline,
    sentOn: null,
    late: false,
    daysLate: 0,
    overdue: pending && today > deadline,
  }
}

/** The § range of the meeting's numbered items, once they have numbers. */
export function sectionsOf(agenda: AgendaItemView[]): SectionRange | null {
  const numbers = agenda.flatMap((i) => (i.section_number ? [i.section_number] : []))
  if (numbers.length === 0) return null
  return { first: Math.min(...numbers), last: Math.max(...numbers) }
}

export interface MeetingView {
  meeting: MeetingRow
  committee: CommitteeRow
  agenda: AgendaItemView[]
  secretaryName: string | null
  notice: NoticeInfo
  sections: SectionRange | null
  /** Once held: the attestation deadline (D + 14) and where it stands (warning from D + 10). */
  attestation: {
    deadline: string
    warningFrom: string
    status: AttestationStatus
    attestedOn: string | null
  } | null
}

/** KL 5 kap. 69 § via 6 kap. 35 §: where the attestation of a held meeting's minutes stands. */
async function attestationInfo(deps: Deps, m: MeetingRow, today: string) {
  if (!['open', 'closed', 'attested'].includes(m.status)) return null
  const minutes = (await listActiveDocuments(deps.db, m.id)).find(
    (d) => d.kind === 'minutes' && d.status === 'attested',
  )
  const attestedOn = minutes?.attested_on ?? null
  return {
    deadline: attestationDeadline(m.meets_on),
    warningFrom: attestationWarningDate(m.meets_on),
    status: attestationStatus(m.meets_on, today, attestedOn),
    attestedOn,
  }
}

/** A meeting with its agenda: for staff and for the committee's members and substitutes. */
export async function readMeeting(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
): Promise<MeetingView> {
  const meeting = await loadMeeting(deps.db, actor, meetingId)
  await requireCommitteeReader(deps.db, actor, meeting.committee_id, meeting.meets_on)
  const committee = await findCommittee(deps.db, actor.municipalityId, meeting.committee_id)
  const agenda = await listAgenda(deps.db, meeting.id)
  const secretary = meeting.secretary_user_id
    ? await findUserById(deps.db, meeting.secretary_user_id)
    : undefined
  return {
    meeting,
    committee: committee!,
    agenda,
    secretaryName: secretary?.display_name ?? null,
    notice: noticeInfo(meeting, swedishDate(ctx.now())),
    sections: sectionsOf(agenda),
    attestation: await attestationInfo(deps, meeting, swedishDate(ctx.now())),
  }
}

/** Meetings in date order: staff see all, members those of the committees they sit on. */
export async function findMeetings(
  deps: Deps,
  actor: Actor,
  filter: { committeeId?: string; from?: string; to?: string; status?: MeetingStatus },
) {
  for (const f of ['from', 'to'] as const) {
    const v = filter[f]
    if (v && !isIsoDate(v))
      throw new ValidationError('Datumet är ogiltigt.', [{ field: f, message: 'Ange ÅÅÅÅ-MM-DD.' }])
  }
  if (filter.committeeId && !isUuid(filter.committeeId)) return []
  if (actor.kind === 'public') requireUser(actor)
  const staff = actor.kind === 'system' || isStaff(actor)
  return listMeetings(deps.db, actor.municipalityId, {
    ...filter,
    memberUserId: staff || actor.kind !== 'user' ? undefined : actor.id,
    limit: 500,
  })
}
