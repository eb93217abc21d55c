import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { itemAttendance, type ItemAttendance } from '../../domain/quorum.js'
import { listAgenda, type AgendaItemView } from '../../repositories/agenda.repository.js'
import {
  listAttendance,
  listRecusals,
  type AttendanceRow,
} from '../../repositories/meeting-attendance.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import type { MembershipWithPerson } from '../../repositories/member.repository.js'
import { requireCommitteeReader } from '../committees/committee-access.js'
import { quorumPeople, rosterOn, type Roster } from '../committees/roster.js'
import type { Actor, Deps } from '../context.js'
import { loadMeeting } from './meeting-lookup.js'

/** Who serves on each item of a meeting, and whether the committee has quorum for it. */
export interface MeetingAttendance {
  roster: Roster
  people: MembershipWithPerson[]
  rows: AttendanceRow[]
  rollCallTaken: boolean
  agenda: AgendaItemView[]
  recusals: Awaited<ReturnType<typeof listRecusals>>
  items: (ItemAttendance & { item: AgendaItemView })[]
}

/**
 * Whether someone is at the meeting during an item: present at the roll call or arrived at an
 * earlier item, and not left before it. Item order is the agenda's order.
 */
export function presentOn(
  row: AttendanceRow | undefined,
  item: AgendaItemView,
  positionOf: Map<string, number>,
): boolean {
  if (!row) return false
  const start = row.arrived_at_item_id
    ? (positionOf.get(row.arrived_at_item_id) ?? Infinity)
    : row.present_at_roll_call
      ? 1
      : Infinity
  const end = row.left_after_item_id
    ? (positionOf.get(row.left_after_item_id) ?? Infinity)
    : Infinity
  return start <= item.position && item.position <= end
}

/**
 * The attendance of every item, worked out by domain/quorum.ts from the facts recorded: the
 * roll call, arrivals and departures, and jäv per item (KL 6 kap. 27–28 §§).
 */
export async function meetingAttendance(
  db: Kysely<DB>,
  meeting: MeetingRow,
): Promise<MeetingAttendance> {
  const roster = await rosterOn(db, meeting.committee_id, meeting.meets_on)
  const people = [...roster.members, ...roster.substitutes]
  const rows = await listAttendance(db, meeting.id)
  const agenda = await listAgenda(db, meeting.id)
  const known = new Set(people.map((p) => p.id))
  const recusals = (await listRecusals(db, meeting.id)).filter((r) => known.has(r.membership_id))
  const byMembership = new Map(rows.map((r) => [r.membership_id, r]))
  const positionOf = new Map(agenda.map((i) => [i.id, i.position]))
  const { members, substitutes } = quorumPeople(roster)
  const items = agenda.map((item) => {
    if (members.length === 0) {
      return { item, serving: [], recused: [], vacantSeats: [], quorum: false }
    }
    const absent = people
      .filter((p) => !presentOn(byMembership.get(p.id), item, positionOf))
      .map((p) => p.id)
    const recused = recusals.filter((r) => r.agenda_item_id === item.id).map((r) => r.membership_id)
    return { item, ...itemAttendance({ members, substitutes, absent, recused }) }
  })
  return { roster, people, rows, rollCallTaken: rows.length > 0, agenda, recusals, items }
}

/** The attendance of a meeting, for staff and for the committee's members and substitutes. */
export async function readMeetingAttendance(
  deps: Deps,
  actor: Actor,
  meetingId: string,
): Promise<MeetingAttendance> {
  const meeting = await loadMeeting(deps.db, actor, meetingId)
  await requireCommitteeReader(deps.db, actor, meeting.committee_id, meeting.meets_on)
  return meetingAttendance(deps.db, meeting)
}
