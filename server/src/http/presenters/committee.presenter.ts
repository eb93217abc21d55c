import type { PersonRow, MembershipWithPerson } from '../../repositories/member.repository.js'
import type { TermRow } from '../../repositories/committee-term.repository.js'
import { ROLE_LABEL } from '../../services/committees/memberships.js'
import type { CommitteeView } from '../../services/committees/roster.js'

/** "Susanne Andersson (S)": how a member is printed in notices and minutes. */
export const withParty = (name: string, party: string) => `${name} (${party})`

export function presentTerm(t: TermRow) {
  return { id: t.id, name: t.name, startsOn: t.starts_on, endsOn: t.ends_on }
}

export function presentPerson(p: PersonRow) {
  return { id: p.id, name: p.name, userId: p.user_id }
}

export function presentMembership(m: MembershipWithPerson) {
  return {
    id: m.id,
    personId: m.person_id,
    name: m.name,
    party: m.party,
    displayName: withParty(m.name, m.party),
    role: m.role,
    roleLabel: ROLE_LABEL[m.role],
    order: m.list_order,
    termId: m.term_id,
    startsOn: m.starts_on,
    endsOn: m.ends_on,
    hasAccount: m.user_id !== null,
  }
}

export function presentCommittee(v: CommitteeView) {
  const c = v.committee
  return {
    id: c.id,
    name: c.name,
    shortName: c.short_name,
    kind: c.kind,
    parentId: c.parent_id,
    onDate: v.onDate,
    noticeRule: v.noticeRule,
    members: v.members.map(presentMembership),
    substitutes: v.substitutes.map(presentMembership),
    staff: v.staff.map((s) => ({
      userId: s.user_id,
      name: s.display_name,
      title: s.title,
      function: s.function,
    })),
  }
}
