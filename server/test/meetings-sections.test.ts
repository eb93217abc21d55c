import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addAgendaItem } from '../src/services/meetings/agenda-items.js'
import { closeMeeting } from '../src/services/meetings/close-meeting.js'
import { recordDecision } from '../src/services/meetings/decision.js'
import { openMeeting, sendNotice } from '../src/services/meetings/meeting-status.js'
import { readMeeting } from '../src/services/meetings/read-meeting.js'
import { rollCall } from '../src/services/meetings/roll-call.js'
import { scheduleMeeting } from '../src/services/meetings/schedule-meeting.js'
import { assignSections, importSectionNumber } from '../src/services/meetings/sections.js'
import { readMeetingAttendance } from '../src/services/meetings/attendance.js'
import { createCase } from '../src/services/registry/create-case.js'
import { verifyAuditChain } from '../src/repositories/audit.repository.js'
import { presentMeeting } from '../src/http/presenters/meeting.presenter.js'
import { presentAttendance } from '../src/http/presenters/attendance.presenter.js'
import type { Actor, Deps } from '../src/services/context.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, newWorld, testDeps, type World } from './support/builders.js'
import { KALMAR_KSAU_SEATS, kalmarKsau } from './support/meeting-builders.js'

/** Kalmar KSAU 2024-03-26 (seeds/kalmar-ksau-protokoll-2024-03-26.md): the items in § order. */
const KALMAR_ITEMS: { title: string; dnr?: string }[] = [
  { title: 'Information efter IT-angrepp' },
  {
    title:
      'Information och lägesrapport Kalmarsundsverket samt status gällande återvinningsverk/avsaltningsverk',
  },
  { title: 'På lika villkor - HBTQIA+- strategi 2024-2026', dnr: 'KS 2022/1197' },
  { title: 'Revidering av avgifter för kopior av allmänna handlingar', dnr: 'KS 2024/0197' },
  { title: 'Kalmar kommuns årsredovisning 2023', dnr: 'KS 2023/0069' },
  { title: 'Uppföljning intern kontroll 2023 – Kalmar kommun', dnr: 'KS 2024/0199' },
  { title: 'Finansiell rapport december 2023', dnr: 'KS 2024/0198' },
  {
    title:
      'Tillfälligt ändrat regelverk för anstånd, dröjsmålsränta och övriga kravkostnader vid fakturering från Kalmar kommun',
    dnr: 'KS 2024/0205',
  },
  { title: 'Reglemente för krisledningsnämnd – information' },
  { title: 'Styrdokument för arbete med civil beredskap i Kalmar kommunkoncern – information' },
]
const NO_DECISION = 'Arbetsutskottet fattar inte något beslut med anledning av informationen.'

describe.each(ENGINES)('§ numbering on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  async function kalmar() {
    const w = await newWorld(deps, { template: '{series} {year}/{seq:4}' })
    const ksau = await kalmarKsau(deps, w)
    return { w, ksau, secretary: ksau.secretary as Actor }
  }

  /** A meeting with `titles` as information items, held and closed on `date`. */
  async function holdMeeting(
    w: World,
    committeeId: string,
    secretary: Actor,
    date: string,
    titles: string[],
  ) {
    const ctx = fixedCtx(`${date}T08:30:00+01:00`)
    const m = await scheduleMeeting(deps, ctx, secretary, {
      committeeId,
      meetsOn: date,
      startsAt: '08:30',
      place: 'KS-salen, stadshuset',
    })
    for (const title of titles) {
      await addAgendaItem(deps, ctx, secretary, { meetingId: m.id, kind: 'information', title })
    }
    await sendNotice(deps, ctx, secretary, { meetingId: m.id })
    await openMeeting(deps, ctx, secretary, { meetingId: m.id })
    const people = await readMeetingAttendance(deps, secretary, m.id)
    await rollCall(deps, ctx, secretary, {
      meetingId: m.id,
      present: people.roster.members.map((p) => p.id),
    })
    await closeMeeting(deps, ctx, secretary, { meetingId: m.id })
    return presentMeeting(await readMeeting(deps, ctx, secretary, m.id))
  }

  it('gives Kalmar KSAU 2024-03-26 §§ 27–36 after § 26, the item added at the meeting first', async () => {
    const { w, ksau, secretary } = await kalmar()
    // Kalmar started on Kansli mid-year: § 26 was the last of 2024 (its date is assumed).
    await importSectionNumber(deps, fixedCtx('2024-03-20T10:00:00+01:00'), secretary, {
      committeeId: ksau.committeeId,
      year: 2024,
      lastSection: 26,
      lastMeetingDate: '2024-03-12',
    })
    const before = fixedCtx('2024-03-19T10:00:00+01:00')
    const caseIds = new Map<string, string>()
    for (const { dnr, title } of KALMAR_ITEMS) {
      if (!dnr) continue
      const [, year, seq] = /KS (\d{4})\/(\d{4})/.exec(dnr)!
      const c = await createCase(deps, before, w.system, {
        seriesPrefix: 'KS',
        title,
        importedNumber: { year: Number(year), seq: Number(seq) },
      })
      expect(c.case_number).toBe(dnr)
      caseIds.set(dnr, c.id)
    }
    const m = await scheduleMeeting(deps, before, secretary, {
      committeeId: ksau.committeeId,
      meetsOn: '2024-03-26',
      startsAt: '08:30',
      place: 'KS-salen, stadshuset',
    })
    for (const { title, dnr } of KALMAR_ITEMS.slice(1)) {
      await addAgendaItem(deps, before, secretary, {
        meetingId: m.id,
        ...(dnr ? { kind: 'case', caseId: caseIds.get(dnr) } : { kind: 'information', title }),
      })
    }
    await sendNotice(deps, before, secretary, { meetingId: m.id })

    const at = fixedCtx('2024-03-26T08:30:00+01:00')
    await openMeeting(deps, at, secretary, { meetingId: m.id })
    const seats = [...ksau.seats.values()]
    const attendance = presentAttendance(
      await rollCall(deps, at, secretary, { meetingId: m.id, present: seats }),
    )
    expect(attendance.items.every((i) => i.quorum && i.serving.length === 6)).toBe(true)
    // "Arbetsutskottet fastställer dagordningen med följande tillägg: Information efter IT-angrepp"
    const added = await addAgendaItem(deps, at, secretary, {
      meetingId: m.id,
      kind: 'information',
      title: KALMAR_ITEMS[0]!.title,
      position: 4,
    })
    await recordDecision(deps, at, secretary, {
      meetingId: m.id,
      itemId: added.id,
      text: NO_DECISION,
    })
    await closeMeeting(deps, fixedCtx('2024-03-26T10:15:00+01:00'), secretary, {
      meetingId: m.id,
      endsAt: '10:15',
    })

    const minutes = presentMeeting(await readMeeting(deps, at, secretary, m.id))
    expect(minutes).toMatchObject({
      status: 'closed',
      startsAt: '08:30',
      endsAt: '10:15',
      place: 'KS-salen, stadshuset',
      sections: '§§ 27–36',
      secretaryName: 'Anette Mellström',
    })
    const sections = minutes.agenda.filter((i) => i.numbered)
    expect(sections.map((i) => [i.sectionLabel, i.title, i.caseNumber ?? undefined])).toEqual(
      KALMAR_ITEMS.map((it, n) => [`§ ${27 + n}`, it.title, it.dnr]),
    )
    expect(sections[0]).toMatchObject({ addedAtMeeting: true, decision: NO_DECISION })
    expect(minutes.agenda.filter((i) => !i.numbered).map((i) => i.title)).toEqual([
      'Upprop',
      'Val av justerare',
      'Godkännande av ärendelista',
    ])
    const beslutande = presentAttendance(
      await readMeetingAttendance(deps, secretary, m.id),
    ).items[3]!.serving.map((s) => s.displayName)
    expect(beslutande).toEqual(KALMAR_KSAU_SEATS.map((s) => `${s.name} (${s.party})`))
    // Every step was logged in the municipality's hash chain, which still verifies.
    const chain = await verifyAuditChain(deps.db, w.municipalityId)
    expect(chain.problems).toEqual([])
    const actions = await deps.db
      .selectFrom('audit_events')
      .select('action')
      .distinct()
      .where('municipality_id', '=', w.municipalityId)
      .execute()
    expect(actions.map((a) => a.action).sort()).toEqual(
      expect.arrayContaining([
        'agenda.addItem',
        'agenda.recordDecision',
        'committee.importSectionNumber',
        'meeting.close',
        'meeting.open',
        'meeting.rollCall',
        'meeting.schedule',
        'meeting.sendNotice',
      ]),
    )
  })

  it('runs on through the year, starts again at § 1, and refuses numbering out of date order', async () => {
    const { w, ksau, secretary } = await kalmar()
    const first = await holdMeeting(w, ksau.committeeId, secretary, '2024-11-12', ['A', 'B', 'C'])
    expect(first.sections).toBe('§§ 1–3')
    const second = await holdMeeting(w, ksau.committeeId, secretary, '2024-12-10', ['D'])
    expect(second.sections).toBe('§ 4')
    const nextYear = await holdMeeting(w, ksau.committeeId, secretary, '2025-01-14', ['E', 'F'])
    expect(nextYear.sections).toBe('§§ 1–2')
    await expect(
      holdMeeting(w, ksau.committeeId, secretary, '2024-11-26', ['G']),
    ).rejects.toMatchObject({ code: 'section_order' })
    await expect(
      importSectionNumber(deps, fixedCtx(), secretary, {
        committeeId: ksau.committeeId,
        year: 2024,
        lastSection: 40,
        lastMeetingDate: '2024-12-20',
      }),
    ).rejects.toMatchObject({ code: 'sections_assigned' })
  })

  it('numbers once: early numbering while open, then closing keeps the numbers', async () => {
    const { ksau, secretary } = await kalmar()
    const ctx = fixedCtx('2024-05-07T08:30:00+01:00')
    const m = await scheduleMeeting(deps, ctx, secretary, {
      committeeId: ksau.committeeId,
      meetsOn: '2024-05-07',
      startsAt: '08:30',
      place: 'KS-salen, stadshuset',
    })
    await addAgendaItem(deps, ctx, secretary, { meetingId: m.id, kind: 'information', title: 'A' })
    await expect(assignSections(deps, ctx, secretary, { meetingId: m.id })).rejects.toMatchObject({
      code: 'meeting_status',
    })
    await sendNotice(deps, ctx, secretary, { meetingId: m.id })
    await openMeeting(deps, ctx, secretary, { meetingId: m.id })
    expect(await assignSections(deps, ctx, secretary, { meetingId: m.id })).toEqual({
      first: 1,
      last: 1,
    })
    await expect(
      addAgendaItem(deps, ctx, secretary, { meetingId: m.id, kind: 'information', title: 'B' }),
    ).rejects.toMatchObject({ code: 'sections_assigned' })
    await expect(closeMeeting(deps, ctx, secretary, { meetingId: m.id })).rejects.toMatchObject({
      code: 'roll_call_missing',
    })
    await rollCall(deps, ctx, secretary, { meetingId: m.id, present: [...ksau.seats.values()] })
    await closeMeeting(deps, ctx, secretary, { meetingId: m.id })
    expect(presentMeeting(await readMeeting(deps, ctx, secretary, m.id)).sections).toBe('§ 1')
  })

  // Real concurrency on PostgreSQL; on PGlite the same test shows the serialized path is right too.
  it('gives two meetings of one day closing at once distinct § numbers', async () => {
    const { ksau, secretary } = await kalmar()
    const ctx = fixedCtx('2024-06-04T08:30:00+01:00')
    const ids: string[] = []
    for (const startsAt of ['08:30', '13:00']) {
      const m = await scheduleMeeting(deps, ctx, secretary, {
        committeeId: ksau.committeeId,
        meetsOn: '2024-06-04',
        startsAt,
        place: 'KS-salen, stadshuset',
      })
      for (const title of ['A', 'B']) {
        await addAgendaItem(deps, ctx, secretary, { meetingId: m.id, kind: 'information', title })
      }
      await sendNotice(deps, ctx, secretary, { meetingId: m.id })
      await openMeeting(deps, ctx, secretary, { meetingId: m.id })
      await rollCall(deps, ctx, secretary, { meetingId: m.id, present: [...ksau.seats.values()] })
      ids.push(m.id)
    }
    await Promise.all(ids.map((id) => closeMeeting(deps, ctx, secretary, { meetingId: id })))
    const sections = await Promise.all(
      ids.map(async (id) => presentMeeting(await readMeeting(deps, ctx, secretary, id)).sections),
    )
    expect(sections.sort()).toEqual(['§§ 1–2', '§§ 3–4'])
  })
})
