import type { Kysely } from 'kysely'
import type { DB, MembershipRole } from '../../db/schema.js'
import { isIsoDate, swedishDate } from '../../domain/dates.js'
import { ValidationError } from '../../domain/errors.js'
import type { NoticeRule } from '../../domain/notice.js'
import type { Person } from '../../domain/quorum.js'
import { listStaff, type CommitteeRow } from '../../repositories/committee.repository.js'
import { listMemberships, type MembershipWithPerson } from '../../repositories/member.repository.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { loadCommittee, requireCommitteeReader } from './committee-access.js'
import { committeeNoticeRule } from './settings.js'

const RANK: Record<MembershipRole, number> = { chair: 0, viceChair: 1, member: 2, substitute: 3 }

/** Chair, vice chair, then the members in list order; substitutes in their order of service. */
export function rosterOrder(a: MembershipWithPerson, b: MembershipWithPerson): number {
  return RANK[a.role] - RANK[b.role] || a.list_order - b.list_order || a.name.localeCompare(b.name)
}

/** The seats (ledamöter) and the substitutes (ersättare) of a committee on one day. */
export interface Roster {
  members: MembershipWithPerson[]
  substitutes: MembershipWithPerson[]
}

export async function rosterOn(
  db: Kysely<DB>,
  committeeId: string,
  onDate: string,
): Promise<Roster> {
  const all = (await listMemberships(db, committeeId, onDate)).sort(rosterOrder)
  return {
    members: all.filter((m) => m.role !== 'substitute'),
    substitutes: all.filter((m) => m.role === 'substitute'),
  }
}

/** The roster as domain/quorum.ts wants it: ids and parties, in seat and service order. */
export function quorumPeople(roster: Roster): { members: Person[]; substitutes: Person[] } {
  const person = (m: MembershipWithPerson): Person => ({ id: m.id, party: m.party })
  return { members: roster.members.map(person), substitutes: roster.substitutes.map(person) }
}

export interface CommitteeView extends Roster {
  committee: CommitteeRow
  onDate: string
  staff: Awaited<ReturnType<typeof listStaff>>
  /** Null while a nämnd's reglemente period has not been entered. */
  noticeRule: NoticeRule | null
}

/** A committee with its people on a day (today by default): for staff and its own members. */
export async function readCommittee(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  committeeId: string,
  onDate?: string,
): Promise<CommitteeView> {
  const day = onDate ?? swedishDate(ctx.now())
  if (!isIsoDate(day)) {
    throw new ValidationError('Datumet är ogiltigt.', [
      { field: 'on', message: 'Ange ett datum (ÅÅÅÅ-MM-DD).' },
    ])
  }
  const committee = await loadCommittee(deps.db, actor, committeeId)
  await requireCommitteeReader(deps.db, actor, committee.id, day)
  const roster = await rosterOn(deps.db, committee.id, day)
  const noticeRule = await committeeNoticeRule(deps.db, committee).catch((e: unknown) => {
    if (e instanceof ValidationError) return null
    throw e
  })
  return {
    ...roster,
    committee,
    onDate: day,
    staff: await listStaff(deps.db, committee.id),
    noticeRule,
  }
}
