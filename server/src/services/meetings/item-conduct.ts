import type { Kysely } from 'kysely'
import type { DB, MeetingStatus } from '../../db/schema.js'
import { ConflictError, ValidationError } from '../../domain/errors.js'
import type { MembershipWithPerson } from '../../repositories/member.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import type { Actor } from '../context.js'
import { assertMinutesEditable } from '../minutes/minutes-lock.js'
import { meetingAttendance, type MeetingAttendance } from './attendance.js'
import { notFoundItem } from './agenda-edit.js'
import { lockMeetingFor } from './meeting-lookup.js'
import { assertStatusIn } from './meeting-status.js'
import { rollCallMissing } from './roll-call.js'

export type ItemEntry = MeetingAttendance['items'][number]

/** An agenda item being handled: the locked meeting, its attendance and the item's entry. */
export interface ItemAtMeeting {
  m: MeetingRow
  a: MeetingAttendance
  entry: ItemEntry
}

/**
 * Locks the meeting and finds the item, for a command about what happens at it (motions,
 * votes, dissents, notes). Refuses other meeting states and fixed minutes.
 */
export async function itemAtMeeting(
  trx: Kysely<DB>,
  actor: Actor,
  input: { meetingId: string; itemId: string },
  statuses: MeetingStatus[],
  what: string,
): Promise<ItemAtMeeting> {
  const m = await lockMeetingFor(trx, actor, input.meetingId)
  assertStatusIn(m, statuses, what)
  const a = await meetingAttendance(trx, m)
  if (!a.rollCallTaken) throw rollCallMissing()
  const entry = a.items.find((i) => i.item.id === input.itemId)
  if (!entry) throw notFoundItem()
  await assertMinutesEditable(trx, m, entry.item.id)
  return { m, a, entry }
}

/** KL 6 kap. 27 §: no decision and no vote unless more than half of the members serve. */
export function assertQuorum(entry: ItemEntry, seats: number): void {
  if (entry.quorum) return
  throw new ConflictError(
    'no_quorum',
    `Organet är inte beslutsfört vid punkt ${entry.item.position}: ${entry.serving.length} av ${seats} ledamöter tjänstgör, och mer än hälften måste delta (KL 6 kap. 27 §).`,
    { serving: entry.serving.length, seats },
  )
}

/** The person, by membership id, among the committee's people that day. */
export function personOf(a: MeetingAttendance, membershipId: string): MembershipWithPerson {
  const p = a.people.find((x) => x.id === membershipId)
  if (!p) {
    throw new ValidationError('Personen sitter inte i organet på sammanträdesdagen.', [
      { field: 'membershipId', message: 'Välj en ledamot eller ersättare i organet.' },
    ])
  }
  return p
}

/**
 * Who chairs the item: the chair if serving on it, otherwise the vice chair (KL 6 kap. 23 §
 * lets the vice chair step in), unless the secretary names who chaired.
 */
export function presidingChair(a: MeetingAttendance, entry: ItemEntry, given?: string | null) {
  const serving = new Set(entry.serving.map((s) => s.id))
  if (given) {
    if (!serving.has(given)) {
      throw new ValidationError('Ordföranden måste tjänstgöra i ärendet.', [
        { field: 'chairMembershipId', message: 'Den valda ordföranden tjänstgör inte i punkten.' },
      ])
    }
    return personOf(a, given)
  }
  for (const role of ['chair', 'viceChair'] as const) {
    const p = a.people.find((x) => x.role === role && serving.has(x.id))
    if (p) return p
  }
  throw new ConflictError(
    'no_chair',
    'Varken ordföranden eller vice ordföranden tjänstgör i punkten. Ange vem som är ordförande.',
  )
}

/** Checks that everyone named serves on the item (only serving members move motions and vote). */
export function assertServing(entry: ItemEntry, ids: string[], field: string): void {
  const serving = new Set(entry.serving.map((s) => s.id))
  const not = ids.filter((id) => !serving.has(id))
  if (not.length > 0) {
    throw new ValidationError(
      'Bara tjänstgörande ledamöter och ersättare kan göra det i punkten.',
      [{ field, message: `Tjänstgör inte i punkten: ${not.join(', ')}.` }],
    )
  }
}
