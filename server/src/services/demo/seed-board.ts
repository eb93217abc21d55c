import { findCaseByNumber } from '../../repositories/case.repository.js'
import { listPeople } from '../../repositories/member.repository.js'
import { addDays } from '../../domain/swedish-calendar.js'
import { swedishDate } from '../../domain/dates.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { addMember } from '../committees/memberships.js'
import { assignStaff, configureCommittee } from '../committees/settings.js'
import { createTerm } from '../committees/terms.js'
import { addAgendaItem } from '../meetings/agenda-items.js'
import { readMeetingAttendance } from '../meetings/attendance.js'
import { closeMeeting } from '../meetings/close-meeting.js'
import { recordDecision } from '../meetings/decision.js'
import { openMeeting, sendNotice } from '../meetings/meeting-status.js'
import { rollCall } from '../meetings/roll-call.js'
import { scheduleMeeting } from '../meetings/schedule-meeting.js'
import { importSectionNumber } from '../meetings/sections.js'
import {
  ksauMeeting,
  ksauSeats,
  ksMeeting,
  ksSeats,
  nextKsMeeting,
  type DemoAgendaItem,
  type DemoSeat,
} from './board-seed-data.js'
import { seedDelegation } from './seed-delegation.js'

const OPENING = new Set(['rollCall', 'attesterElection', 'agendaApproval'])
const at =
  (date: string, time = '10:00') =>
  (): Date =>
    new Date(`${date}T${time}:00+01:00`)
const ctxOn = (date: string, time?: string): Ctx => ({ requestId: 'demo', now: at(date, time) })

export interface BoardSeedInput {
  municipalityId: string
  system: Actor
  committeeIds: Map<string, string>
  userIds: Map<string, string>
  secretary: Actor
  /** The day the demo is made: the next board meeting is planned from it. */
  today: Date
}

/**
 * The board administration of the demo, built through the same commands a secretary uses:
 * the people of KS and KSAU for the terms 2023–2026 and 2027–2030, the utskott meeting whose
 * §§ 97–98 the KS notice quotes, the Kalix KS meeting of 2025-12-15 with its delegation report
 * (seed-delegation.ts) and its notice sent, and a
 * board meeting a few weeks ahead of today with its agenda started (data: board-seed-data.ts).
 */
export async function seedBoard(deps: Deps, input: BoardSeedInput): Promise<void> {
  const { system, committeeIds, userIds, secretary } = input
  const ks = committeeIds.get('ks')!
  const ksau = committeeIds.get('ksau')!
  const base = ctxOn('2023-01-02')
  for (const committeeId of [ks, ksau]) {
    await configureCommittee(deps, base, system, { committeeId, noticeDaysBefore: 7 })
    if (secretary.kind === 'user') {
      await assignStaff(deps, base, system, {
        committeeId,
        userId: secretary.id,
        function: 'secretary',
      })
    }
  }
  for (const [name, startsOn, endsOn] of [
    ['2023–2026', '2023-01-01', '2026-12-31'],
    ['2027–2030', '2027-01-01', '2030-12-31'],
  ] as const) {
    const term = await createTerm(deps, base, system, { name, startsOn, endsOn })
    await seat(deps, base, system, ks, term.id, ksSeats, userIds)
    await seat(deps, base, system, ksau, term.id, ksauSeats, userIds)
  }

  // The utskott's meeting: its numbering follows on from § 96, so its items are §§ 97–98.
  await importSectionNumber(deps, ctxOn('2025-11-20'), secretary, {
    committeeId: ksau,
    year: 2025,
    lastSection: ksauMeeting.lastSectionBefore,
    lastMeetingDate: ksauMeeting.lastMeetingBefore,
  })
  await holdMeeting(deps, input, ksau, ksauMeeting)

  const board = await planMeeting(deps, input, ks, ksMeeting, ctxOn('2025-11-10'))
  await seedDelegation(deps, {
    municipalityId: input.municipalityId,
    committeeId: ks,
    secretary,
    meetingId: board,
  })
  await sendNotice(deps, ctxOn(ksMeeting.noticeSentOn, '15:00'), secretary, { meetingId: board })

  const ahead = nextMonday(addDays(swedishDate(input.today), nextKsMeeting.daysAhead))
  await planMeeting(
    deps,
    input,
    ks,
    { ...nextKsMeeting, meetsOn: ahead },
    {
      requestId: 'demo',
      now: () => input.today,
    },
  )
}

async function seat(
  deps: Deps,
  ctx: Ctx,
  system: Actor,
  committeeId: string,
  termId: string,
  seats: DemoSeat[],
  userIds: Map<string, string>,
) {
  for (const s of seats) {
    await addMember(deps, ctx, system, {
      committeeId,
      termId,
      // The same person sits on both committees and in both terms.
      ...(await personOrName(deps, system, s.name)),
      userId: s.username ? (userIds.get(s.username) ?? null) : null,
      party: s.party,
      role: s.role,
    })
  }
}

async function personOrName(deps: Deps, system: Actor, name: string) {
  const people = await listPeople(deps.db, system.municipalityId)
  const id = people.find((p) => p.name === name)?.id
  return id ? { personId: id } : { name }
}

/** A meeting with its agenda in the given order (the opening items exist from scheduling). */
async function planMeeting(
  deps: Deps,
  input: BoardSeedInput,
  committeeId: string,
  m: { meetsOn: string; startsAt: string; place: string; items: readonly DemoAgendaItem[] },
  ctx: Ctx,
): Promise<string> {
  const meeting = await scheduleMeeting(deps, ctx, input.secretary, {
    committeeId,
    meetsOn: m.meetsOn,
    startsAt: m.startsAt,
    place: m.place,
  })
  for (const [n, item] of m.items.entries()) {
    if (OPENING.has(item.kind)) continue
    const c = item.caseNumber
      ? await findCaseByNumber(deps.db, input.municipalityId, item.caseNumber)
      : undefined
    await addAgendaItem(deps, ctx, input.secretary, {
      meetingId: meeting.id,
      kind: item.kind,
      title: item.title,
      caseId: c?.id ?? null,
      // Opening items first, the rest at their place in the list.
      position: m.items.some((i) => OPENING.has(i.kind)) ? n + 1 : undefined,
    })
  }
  return meeting.id
}

/** A meeting that has been held: notice, roll call with everyone present, decisions, closed. */
async function holdMeeting(
  deps: Deps,
  input: BoardSeedInput,
  committeeId: string,
  m: typeof ksauMeeting,
) {
  const id = await planMeeting(deps, input, committeeId, m, ctxOn(m.noticeSentOn, '09:00'))
  const { secretary } = input
  await sendNotice(deps, ctxOn(m.noticeSentOn, '15:00'), secretary, { meetingId: id })
  const day = ctxOn(m.meetsOn, m.startsAt)
  await openMeeting(deps, day, secretary, { meetingId: id })
  const people = await readMeetingAttendance(deps, secretary, id)
  await rollCall(deps, day, secretary, {
    meetingId: id,
    present: people.roster.members.map((p) => p.id),
  })
  const agenda = (await readMeetingAttendance(deps, secretary, id)).agenda
  for (const item of m.items) {
    const row = agenda.find((a) => a.title === item.title)
    if (row && item.decision) {
      await recordDecision(deps, day, secretary, {
        meetingId: id,
        itemId: row.id,
        text: item.decision,
      })
    }
  }
  await closeMeeting(deps, day, secretary, { meetingId: id, endsAt: '10:15' })
}

function nextMonday(date: string): string {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay()
  return addDays(date, (8 - day) % 7)
}
