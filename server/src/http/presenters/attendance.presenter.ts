import type { MembershipWithPerson } from '../../repositories/member.repository.js'
import { ROLE_LABEL } from '../../services/committees/memberships.js'
import type { MeetingAttendance } from '../../services/meetings/attendance.js'
import { withParty } from './committee.presenter.js'

/**
 * The roll call and, per item, who serves (a substitute for whom), who is jävig, and whether
 * the committee has quorum: what the minutes' attendance block is made from.
 */
export function presentAttendance(a: MeetingAttendance) {
  const byId = new Map<string, MembershipWithPerson>(a.people.map((p) => [p.id, p]))
  const label = (id: string | null) => {
    const p = id ? byId.get(id) : undefined
    return p ? withParty(p.name, p.party) : null
  }
  const numberOf = new Map(a.agenda.map((i) => [i.id, i.position]))
  const rowOf = new Map(a.rows.map((r) => [r.membership_id, r]))
  return {
    rollCallTaken: a.rollCallTaken,
    seats: a.roster.members.length,
    people: a.people.map((p) => {
      const r = rowOf.get(p.id)
      return {
        membershipId: p.id,
        displayName: withParty(p.name, p.party),
        role: p.role,
        roleLabel: ROLE_LABEL[p.role],
        presentAtRollCall: r?.present_at_roll_call ?? false,
        arrivedAtItem: r?.arrived_at_item_id ? (numberOf.get(r.arrived_at_item_id) ?? null) : null,
        leftAfterItem: r?.left_after_item_id ? (numberOf.get(r.left_after_item_id) ?? null) : null,
      }
    }),
    items: a.items.map((e) => ({
      itemId: e.item.id,
      number: e.item.position,
      sectionNumber: e.item.section_number,
      title: e.item.title,
      quorum: e.quorum,
      serving: e.serving.map((s) => ({
        membershipId: s.id,
        displayName: label(s.id),
        role: s.role,
        servingFor: label(s.servingFor),
      })),
      recused: e.recused.map((id) => ({
        membershipId: id,
        displayName: label(id),
        ground:
          a.recusals.find((r) => r.agenda_item_id === e.item.id && r.membership_id === id)
            ?.ground ?? null,
      })),
      vacantSeats: e.vacantSeats.map(label),
    })),
  }
}
