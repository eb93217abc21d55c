import type { AgendaItemKind } from '../../src/db/schema.js'
import type { Actor, Ctx, Deps } from '../../src/services/context.js'
import { addAgendaItem } from '../../src/services/meetings/agenda-items.js'
import { openMeeting, sendNotice } from '../../src/services/meetings/meeting-status.js'
import { rollCall } from '../../src/services/meetings/roll-call.js'
import { scheduleMeeting } from '../../src/services/meetings/schedule-meeting.js'
import { listAgenda } from '../../src/repositories/agenda.repository.js'
import { createCase } from '../../src/services/registry/create-case.js'
import { fixedCtx, newWorld, type World } from './builders.js'
import { kalmarKsau, seat, type Seat } from './meeting-builders.js'

/** Two substitutes for the Kalmar KSAU tests of jäv and absence (invented: not in the seed). */
export const KSAU_SUBSTITUTES: Seat[] = [
  { name: 'Åsa Öberg', party: 'S', role: 'substitute' },
  { name: 'Björn Ängström', party: 'M', role: 'substitute' },
]

export interface ItemSpec {
  title: string
  kind?: AgendaItemKind
  /** 'KS 2024/0197': a case item with this (imported) number. */
  dnr?: string
}

export interface HeldMeeting {
  w: World
  committeeId: string
  secretary: Actor & { kind: 'user'; username: string }
  meetingId: string
  /** Membership ids by person name (members and substitutes). */
  people: Map<string, string>
  /** Agenda item ids by title, opening items included ('Upprop', 'Val av justerare', …). */
  items: Map<string, string>
  caseIds: Map<string, string>
  ctx: Ctx
}

/**
 * Kalmar KSAU (seats from the seed, plus two substitutes) with a meeting on `date` that is open
 * and has had its roll call: `present` names who is there (default: the six members).
 */
export async function openKsauMeeting(
  deps: Deps,
  opts: { date?: string; items: ItemSpec[]; present?: string[]; w?: World },
): Promise<HeldMeeting> {
  const date = opts.date ?? '2024-03-26'
  const w = opts.w ?? (await newWorld(deps, { template: '{series} {year}/{seq:4}' }))
  const ksau = await kalmarKsau(deps, w)
  const subs = await seat(deps, w.system, ksau.committeeId, ksau.term.id, KSAU_SUBSTITUTES)
  const people = new Map([...ksau.seats, ...subs])
  const before = fixedCtx(`${date}T07:00:00+01:00`)
  const caseIds = new Map<string, string>()
  for (const it of opts.items) {
    if (!it.dnr) continue
    const [, year, seq] = /KS (\d{4})\/(\d{4})/.exec(it.dnr)!
    const c = await createCase(deps, before, w.system, {
      seriesPrefix: 'KS',
      title: it.title,
      importedNumber: { year: Number(year), seq: Number(seq) },
    })
    caseIds.set(it.dnr, c.id)
  }
  const secretary = ksau.secretary
  const m = await scheduleMeeting(deps, before, secretary, {
    committeeId: ksau.committeeId,
    meetsOn: date,
    startsAt: '08:30',
    place: 'KS-salen, stadshuset',
  })
  for (const it of opts.items) {
    await addAgendaItem(deps, before, secretary, {
      meetingId: m.id,
      ...(it.dnr
        ? { kind: 'case', caseId: caseIds.get(it.dnr), title: it.title }
        : { kind: it.kind ?? 'information', title: it.title }),
    })
  }
  await sendNotice(deps, before, secretary, { meetingId: m.id })
  const ctx = fixedCtx(`${date}T08:30:00+01:00`)
  await openMeeting(deps, ctx, secretary, { meetingId: m.id })
  const present = (opts.present ?? [...ksau.seats.keys()]).map((n) => people.get(n)!)
  await rollCall(deps, ctx, secretary, { meetingId: m.id, present })
  const items = new Map((await listAgenda(deps.db, m.id)).map((i) => [i.title, i.id]))
  return {
    w,
    committeeId: ksau.committeeId,
    secretary,
    meetingId: m.id,
    people,
    items,
    caseIds,
    ctx,
  }
}
