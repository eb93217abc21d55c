import { assertSeatChangeAllowed } from '../../domain/quorum.js'
import { ConflictError, ValidationError } from '../../domain/errors.js'
import {
  recordRollCall,
  setAttendanceItems,
} from '../../repositories/meeting-attendance.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { meetingAttendance, presentOn } from './attendance.js'
import { notFoundItem } from './agenda-edit.js'
import { lockMeetingFor } from './meeting-lookup.js'
import { assertStatusIn } from './meeting-status.js'
import { assertAttendanceOpen } from '../minutes/minutes-lock.js'

const notInCommittee = (field: string, ids: string[]) =>
  new ValidationError('Personen sitter inte i organet på sammanträdesdagen.', [
    { field, message: `Okänd ledamot eller ersättare: ${ids.join(', ')}.` },
  ])

/**
 * `meeting.rollCall`: the roll call (upprop) when the meeting opens. `present` lists the members
 * and substitutes who are there; everyone else on the committee that day is absent. Taken again,
 * it replaces the earlier roll call and keeps arrivals and departures.
 */
export async function rollCall(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; present: string[] },
) {
  requireMeetingManager(actor, 'göra upprop')
  return runCommand(deps, ctx, actor, 'meeting.rollCall', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['open'], 'göra upprop')
    const before = await meetingAttendance(trx, m)
    await assertAttendanceOpen(trx, m, { kind: 'rollCall' }, new Map())
    if (before.roster.members.length === 0) {
      throw new ConflictError(
        'no_members',
        'Organet har inga ledamöter på sammanträdesdagen. Lägg in ledamöterna först.',
      )
    }
    const present = new Set(input.present ?? [])
    const unknown = [...present].filter((id) => !before.people.some((p) => p.id === id))
    if (unknown.length > 0) throw notInCommittee('present', unknown)
    await recordRollCall(
      trx,
      m.id,
      before.people.map((p) => ({ membershipId: p.id, present: present.has(p.id) })),
      at,
    )
    const after = await meetingAttendance(trx, m)
    const first = after.items.find((i) => i.item.kind === 'rollCall') ?? after.items[0]
    return {
      result: after,
      audit: {
        entityType: 'meeting',
        entityId: m.id,
        data: {
          present: before.people.filter((p) => present.has(p.id)).map((p) => p.id),
          absent: before.people.filter((p) => !present.has(p.id)).map((p) => p.id),
          serving: first?.serving.length ?? 0,
          quorum: first?.quorum ?? false,
        },
      },
    }
  })
}

/**
 * `meeting.recordArrival` / `meeting.recordDeparture`: someone arrives from an item on, or
 * leaves after one. A member who has left may not come back to serve (växeltjänstgöring; only
 * jäv is an exception, domain/quorum.ts), and seats change only between items.
 */
export async function recordMovement(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; membershipId: string; itemId: string; kind: 'arrival' | 'departure' },
) {
  requireMeetingManager(actor, 'ändra närvaron')
  const action = input.kind === 'arrival' ? 'meeting.recordArrival' : 'meeting.recordDeparture'
  return runCommand(deps, ctx, actor, action, async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['open'], 'ändra närvaron')
    const a = await meetingAttendance(trx, m)
    if (!a.rollCallTaken) throw rollCallMissing()
    const person = a.people.find((p) => p.id === input.membershipId)
    if (!person) throw notInCommittee('membershipId', [input.membershipId])
    const item = a.agenda.find((i) => i.id === input.itemId)
    if (!item) throw notFoundItem()
    const row = a.rows.find((r) => r.membership_id === person.id)
    const positionOf = new Map(a.agenda.map((i) => [i.id, i.position]))
    await assertAttendanceOpen(trx, m, { kind: input.kind, position: item.position }, positionOf)
    if (input.kind === 'arrival') {
      if (row?.left_after_item_id) {
        assertSeatChangeAllowed({ kind: 'return', duringItem: false })
      }
      if (row?.present_at_roll_call || row?.arrived_at_item_id) {
        throw new ConflictError('already_present', `${person.name} är redan närvarande.`)
      }
      if (person.role !== 'substitute') {
        assertSeatChangeAllowed({ kind: 'lateArrival', duringItem: false })
      }
      await setAttendanceItems(trx, m.id, person.id, { arrived_at_item_id: item.id }, at)
    } else {
      if (!presentOn(row, item, positionOf)) {
        throw new ConflictError('not_present', `${person.name} är inte närvarande vid punkten.`)
      }
      await setAttendanceItems(trx, m.id, person.id, { left_after_item_id: item.id }, at)
    }
    return {
      result: await meetingAttendance(trx, m),
      audit: {
        entityType: 'meeting',
        entityId: m.id,
        data: { membershipId: person.id, itemId: item.id, position: item.position },
      },
    }
  })
}

export const rollCallMissing = () =>
  new ConflictError('roll_call_missing', 'Upprop har inte gjorts för sammanträdet.')

/** `meeting.recordArrival`: someone arrives and takes part from this item on. */
export const recordArrival = (
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; membershipId: string; itemId: string },
) => recordMovement(deps, ctx, actor, { ...input, kind: 'arrival' })

/** `meeting.recordDeparture`: someone leaves after this item. */
export const recordDeparture = (
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; membershipId: string; itemId: string },
) => recordMovement(deps, ctx, actor, { ...input, kind: 'departure' })
