import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.js'
import { itemAttendance } from '../../domain/quorum.js'
import {
  findAbsence,
  listAbsences,
  updateAbsence,
  upsertAbsence,
} from '../../repositories/absence.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { runCommand } from '../command.js'
import { requireCommitteeReader, requireMeetingManager } from '../committees/committee-access.js'
import { quorumPeople, rosterOn } from '../committees/roster.js'
import { lockMeetingFor, loadMeeting } from '../meetings/meeting-lookup.js'
import { assertStatusIn } from '../meetings/meeting-status.js'
import { isUuid } from '../registry/create-case.js'
import { mySeatAt } from './my-meetings.js'

/** Absence is reported ahead of the meeting; once it is open, the roll call records who is there. */
const BEFORE_MEETING: MeetingRow['status'][] = ['planned', 'noticeSent']

/**
 * `meeting.reportAbsence`: a member or substitute says they cannot come, so that the secretary
 * calls the right substitute in time (domain/quorum.ts: same party first, then the order of
 * service). Reporting again replaces the earlier note.
 */
export async function reportAbsence(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; note?: string | null },
) {
  const note = input.note?.trim() || null
  if (note && note.length > 500) {
    throw new ValidationError('Meddelandet är för långt.', [
      { field: 'note', message: 'Skriv högst 500 tecken.' },
    ])
  }
  const seat = await mySeatAt(deps, actor, input.meetingId)
  return runCommand(deps, ctx, actor, 'meeting.reportAbsence', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, BEFORE_MEETING, 'anmäla förhinder')
    const row = await upsertAbsence(trx, {
      meetingId: m.id,
      membershipId: seat.membership_id,
      note,
      at,
      by: actorId(actor),
    })
    // The note may say why (illness): it stays in the row, not in the audit log.
    return {
      result: row,
      audit: { entityType: 'meeting', entityId: m.id, data: { membershipId: seat.membership_id } },
    }
  })
}

/** `meeting.withdrawAbsence`: the member can come after all. */
export async function withdrawAbsence(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string },
) {
  const seat = await mySeatAt(deps, actor, input.meetingId)
  return runCommand(deps, ctx, actor, 'meeting.withdrawAbsence', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, BEFORE_MEETING, 'ta tillbaka ett förhinder')
    const existing = await findAbsence(trx, m.id, seat.membership_id)
    if (!existing || existing.withdrawn_at) {
      throw new NotFoundError(
        'absence_not_found',
        'Du har inte anmält förhinder till sammanträdet.',
      )
    }
    const row = await updateAbsence(trx, m.id, seat.membership_id, { withdrawn_at: at })
    return {
      result: row,
      audit: { entityType: 'meeting', entityId: m.id, data: { membershipId: seat.membership_id } },
    }
  })
}

/**
 * The absences reported for a meeting, and for each absent member the substitute to call: the
 * same rule as at the meeting (domain/quorum.ts itemAttendance), applied to the absences known
 * now, so substitutes who are themselves away are passed over.
 */
export async function readAbsences(deps: Deps, actor: Actor, meetingId: string) {
  const meeting = await loadMeeting(deps.db, actor, meetingId)
  requireMeetingManager(actor, 'se anmälda förhinder')
  await requireCommitteeReader(deps.db, actor, meeting.committee_id, meeting.meets_on)
  const roster = await rosterOn(deps.db, meeting.committee_id, meeting.meets_on)
  const people = new Map([...roster.members, ...roster.substitutes].map((p) => [p.id, p]))
  const absences = (await listAbsences(deps.db, meeting.id)).filter((a) =>
    people.has(a.membership_id),
  )
  const plan =
    roster.members.length > 0
      ? itemAttendance({
          ...quorumPeople(roster),
          absent: absences.map((a) => a.membership_id),
          recused: [],
        })
      : null
  const callFor = new Map(
    (plan?.serving ?? []).filter((s) => s.servingFor).map((s) => [s.servingFor!, s.id]),
  )
  return {
    meeting,
    quorumExpected: plan?.quorum ?? false,
    absences: absences.map((a) => {
      const suggested = callFor.get(a.membership_id)
      return {
        absence: a,
        person: people.get(a.membership_id)!,
        suggestedSubstitute: suggested ? (people.get(suggested) ?? null) : null,
        calledSubstitute: a.substitute_membership_id
          ? (people.get(a.substitute_membership_id) ?? null)
          : null,
      }
    }),
  }
}

/** `meeting.callSubstitute`: the secretary notes which substitute was called for an absent member. */
export async function callSubstitute(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; membershipId: string; substituteMembershipId: string },
) {
  requireMeetingManager(actor, 'kalla in ersättare')
  for (const field of ['membershipId', 'substituteMembershipId'] as const) {
    if (!isUuid(input[field])) {
      throw new ValidationError('Ledamoten eller ersättaren finns inte.', [
        { field, message: 'Välj bland organets ledamöter och ersättare.' },
      ])
    }
  }
  return runCommand(deps, ctx, actor, 'meeting.callSubstitute', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, BEFORE_MEETING, 'kalla in ersättare')
    const absence = await findAbsence(trx, m.id, input.membershipId)
    if (!absence || absence.withdrawn_at) {
      throw new NotFoundError('absence_not_found', 'Inget förhinder är anmält för ledamoten.')
    }
    const roster = await rosterOn(trx, m.committee_id, m.meets_on)
    if (!roster.members.some((p) => p.id === input.membershipId)) {
      throw new ValidationError('Bara en ledamots plats fylls av en ersättare.', [
        { field: 'membershipId', message: 'Välj en ledamot som anmält förhinder.' },
      ])
    }
    if (!roster.substitutes.some((p) => p.id === input.substituteMembershipId)) {
      throw new ValidationError('Ersättaren finns inte i organet.', [
        { field: 'substituteMembershipId', message: 'Välj en av organets ersättare.' },
      ])
    }
    const others = (await listAbsences(trx, m.id)).filter(
      (a) => a.membership_id !== input.membershipId,
    )
    if (others.some((a) => a.membership_id === input.substituteMembershipId)) {
      throw new ConflictError('substitute_absent', 'Ersättaren har själv anmält förhinder.')
    }
    if (others.some((a) => a.substitute_membership_id === input.substituteMembershipId)) {
      throw new ConflictError(
        'substitute_taken',
        'Ersättaren är redan inkallad för en annan ledamot.',
      )
    }
    const row = await updateAbsence(trx, m.id, input.membershipId, {
      substitute_membership_id: input.substituteMembershipId,
      substitute_called_at: at,
      substitute_called_by: actorId(actor),
    })
    return {
      result: row,
      audit: {
        entityType: 'meeting',
        entityId: m.id,
        data: { membershipId: input.membershipId, substitute: input.substituteMembershipId },
      },
    }
  })
}
