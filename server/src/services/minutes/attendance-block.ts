import type { MembershipWithPerson } from '../../repositories/member.repository.js'
import { sectionRange } from '../../render/swedish-format.js'
import type { AttendeeView } from '../../render/view-models.js'
import { presentOn } from '../meetings/attendance.js'
import type { MinutesSources } from './minutes-sources.js'
import { sectionItems } from './minutes-sources.js'

const MEMBER_ROLE = { chair: 'chair', viceChair: 'viceChair', member: undefined } as const

/**
 * The front page's attendance (LEGAL-RULES §2.5): Beslutande seat by seat in the order of the
 * roster, a serving substitute after the member whose seat they filled ("tjänstgörande
 * ersättare för …"), and a § note for whoever served only part of the meeting (arrivals and
 * departures). A member away from one § because of jäv is not partial: the § says so.
 */
export function attendanceBlock(s: MinutesSources): {
  deciding: AttendeeView[]
  nonServing: AttendeeView[]
} {
  const a = s.attendance
  const entries = sectionItems(s)
  const all = entries.map((e) => e.item.section_number ?? e.item.position)
  const byId = new Map<string, MembershipWithPerson>(a.people.map((p) => [p.id, p]))
  // person|seat → the §§ they served in that seat (or stood aside from it for jäv)
  const served = new Map<string, Set<number>>()
  const add = (person: string, seat: string, n: number) => {
    const key = `${person}|${seat}`
    served.set(key, (served.get(key) ?? new Set()).add(n))
  }
  entries.forEach((e, i) => {
    const n = all[i]!
    for (const p of e.serving) add(p.id, p.servingFor ?? p.id, n)
    for (const r of e.recused) {
      for (const key of [...served.keys()].filter((k) => k.startsWith(`${r}|`))) {
        served.get(key)!.add(n)
      }
      if (
        ![...served.keys()].some((k) => k.startsWith(`${r}|`)) &&
        byId.get(r)?.role !== 'substitute'
      )
        add(r, r, n)
    }
  })
  const note = (set: Set<number>) => (set.size < all.length ? sectionRange([...set]) : undefined)
  const line = (
    p: MembershipWithPerson,
    seat: MembershipWithPerson,
    set: Set<number>,
  ): AttendeeView => {
    const base = { name: p.name, party: p.party, ...(note(set) ? { note: note(set) } : {}) }
    if (p.id === seat.id && p.role !== 'substitute') {
      const role = MEMBER_ROLE[p.role]
      return role ? { ...base, role } : base
    }
    return { ...base, role: 'servingSubstitute', servingFor: `${seat.name} (${seat.party})` }
  }
  const deciding: AttendeeView[] = []
  const used = new Set<string>()
  for (const seat of a.roster.members) {
    const keys = [...served.entries()]
      .filter(([k]) => k.endsWith(`|${seat.id}`))
      .sort(([ka, sa], [kb, sb]) => {
        const own = (k: string) => (k.startsWith(`${seat.id}|`) ? 0 : 1)
        return own(ka) - own(kb) || Math.min(...sa) - Math.min(...sb)
      })
    for (const [key, set] of keys) {
      const person = byId.get(key.split('|')[0]!)
      if (!person) continue
      deciding.push(line(person, seat, set))
      used.add(person.id)
    }
  }
  const positionOf = new Map(a.agenda.map((i) => [i.id, i.position]))
  const rowOf = new Map(a.rows.map((r) => [r.membership_id, r]))
  const nonServing = a.roster.substitutes
    .filter(
      (p) => !used.has(p.id) && entries.some((e) => presentOn(rowOf.get(p.id), e.item, positionOf)),
    )
    .map((p) => ({ name: p.name, party: p.party }))
  return { deciding, nonServing }
}
