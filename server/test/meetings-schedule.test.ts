import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMember } from '../src/services/committees/memberships.js'
import { assignStaff, configureCommittee } from '../src/services/committees/settings.js'
import {
  addScheduleEntry,
  createMeetingSchedule,
  readMeetingSchedule,
  removeScheduleEntry,
} from '../src/services/meetings/schedule-plan.js'
import {
  scheduleMeeting,
  scheduleMeetingsFromPlan,
} from '../src/services/meetings/schedule-meeting.js'
import { cancelMeeting, openMeeting, sendNotice } from '../src/services/meetings/meeting-status.js'
import { findMeetings, readMeeting } from '../src/services/meetings/read-meeting.js'
import { createCase } from '../src/services/registry/create-case.js'
import { createCommittee } from '../src/services/registry/municipality.service.js'
import { presentMeeting } from '../src/http/presenters/meeting.presenter.js'
import type { Deps } from '../src/services/context.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, liveCtx, newWorld, testDeps, type World } from './support/builders.js'
import { namedUser, newTerm } from './support/meeting-builders.js'

const KALIX_KS = { meetsOn: '2025-12-15', startsAt: '09:00', place: 'Folkets hus, Bergön' }

describe.each(ENGINES)('meeting plan and meetings on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  /** Kalix KS: notice 7 days before (assumed; the seed does not give the reglemente). */
  async function kalixKs(w: World) {
    const secretary = await namedUser(deps, w, 'johanna', 'Johanna Granström', 'secretary')
    await assignStaff(deps, liveCtx(), w.system, {
      committeeId: w.committeeId,
      userId: secretary.id,
      function: 'secretary',
    })
    await configureCommittee(deps, liveCtx(), w.system, {
      committeeId: w.committeeId,
      noticeDaysBefore: 7,
    })
    return secretary
  }

  it('plans the year and creates the planned meetings from it', async () => {
    const w = await newWorld(deps)
    const secretary = await kalixKs(w)
    const ctx = fixedCtx('2025-12-15T10:00:00+01:00')
    const planCase = await createCase(deps, ctx, w.system, {
      seriesPrefix: 'KS',
      title: 'Sammanträdesplan – Kommunstyrelsen',
      importedNumber: { year: 2025, seq: 404 },
    })
    const dates = ['2026-02-02', '2026-03-09', '2026-04-13']
    const plan = await createMeetingSchedule(deps, ctx, secretary, {
      committeeId: w.committeeId,
      year: 2026,
      caseId: planCase.id,
      entries: dates.map((d) => ({ meetsOn: d, startsAt: '09:00', place: 'Sessionssalen' })),
    })
    await expect(
      createMeetingSchedule(deps, ctx, secretary, {
        committeeId: w.committeeId,
        year: 2026,
        entries: [],
      }),
    ).rejects.toMatchObject({ code: 'schedule_exists' })
    await expect(
      addScheduleEntry(deps, ctx, secretary, {
        scheduleId: plan.id,
        meetsOn: '2027-01-11',
        startsAt: '09:00',
        place: 'Sessionssalen',
      }),
    ).rejects.toMatchObject({ details: { fields: [{ message: 'Datumet ligger inte i 2026.' }] } })
    await addScheduleEntry(deps, ctx, secretary, {
      scheduleId: plan.id,
      meetsOn: '2026-05-18',
      startsAt: '13:00',
      place: 'Folkets hus, Bergön',
    })

    const meetings = await scheduleMeetingsFromPlan(deps, ctx, secretary, { scheduleId: plan.id })
    expect(meetings.map((m) => `${m.meets_on} ${m.starts_at} ${m.status}`)).toEqual([
      '2026-02-02 09:00 planned',
      '2026-03-09 09:00 planned',
      '2026-04-13 09:00 planned',
      '2026-05-18 13:00 planned',
    ])
    const read = await readMeetingSchedule(deps, secretary, w.committeeId, 2026)
    expect(read.entries.every((e) => e.meeting_id)).toBe(true)
    await expect(
      removeScheduleEntry(deps, ctx, secretary, { entryId: read.entries[0]!.id }),
    ).rejects.toMatchObject({ code: 'meeting_exists' })
    await expect(
      scheduleMeeting(deps, ctx, secretary, { scheduleEntryId: read.entries[0]!.id }),
    ).rejects.toMatchObject({ code: 'meeting_exists' })

    const first = presentMeeting(await readMeeting(deps, ctx, secretary, meetings[0]!.id))
    expect(first).toMatchObject({
      committeeName: 'Kommunstyrelsen',
      statusLabel: 'planerat',
      extra: false,
      secretaryName: 'Johanna Granström',
      notice: { rule: { daysBefore: 7, source: 'reglemente' }, deadline: '2026-01-26' },
    })
    expect(first.agenda.map((i) => [i.number, i.title, i.numbered])).toEqual([
      [1, 'Upprop', false],
      [2, 'Val av justerare', false],
      [3, 'Godkännande av ärendelista', false],
    ])
  })

  it('warns when the notice goes out late, and says when it is overdue', async () => {
    const w = await newWorld(deps)
    const secretary = await kalixKs(w)
    const onTime = await scheduleMeeting(deps, liveCtx(), secretary, {
      committeeId: w.committeeId,
      ...KALIX_KS,
    })
    const sent = await sendNotice(deps, fixedCtx('2025-12-05T15:00:00+01:00'), secretary, {
      meetingId: onTime.id,
    })
    expect(sent.notice).toEqual({ deadline: '2025-12-08', late: false, daysLate: 0 })
    expect(sent.meeting.status).toBe('noticeSent')

    const late = await scheduleMeeting(deps, liveCtx(), secretary, {
      committeeId: w.committeeId,
      ...KALIX_KS,
      startsAt: '13:00',
    })
    const overdue = await readMeeting(
      deps,
      fixedCtx('2025-12-09T08:00:00+01:00'),
      secretary,
      late.id,
    )
    expect(overdue.notice).toMatchObject({ deadline: '2025-12-08', sentOn: null, overdue: true })
    const lateSent = await sendNotice(deps, fixedCtx('2025-12-10T08:00:00+01:00'), secretary, {
      meetingId: late.id,
    })
    expect(lateSent.notice).toEqual({ deadline: '2025-12-08', late: true, daysLate: 2 })
    await expect(
      sendNotice(deps, fixedCtx('2025-12-10T08:00:00+01:00'), secretary, { meetingId: late.id }),
    ).rejects.toMatchObject({ code: 'invalid_meeting_status' })

    const events = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'data'])
      .where('entity_id', '=', late.id)
      .orderBy('seq')
      .execute()
    expect(events.map((e) => e.action)).toEqual(['meeting.schedule', 'meeting.sendNotice'])
    expect(events[1]!.data).toMatchObject({ late: true, daysLate: 2, sentOn: '2025-12-10' })
  })

  it('takes the rule from the committee kind: fullmäktige a week by law, a nämnd its reglemente', async () => {
    const w = await newWorld(deps)
    const kf = await createCommittee(deps, liveCtx(), w.system, {
      name: 'Kommunfullmäktige',
      shortName: 'KF',
      kind: 'council',
    })
    const council = await scheduleMeeting(deps, liveCtx(), w.system, {
      committeeId: kf.id,
      meetsOn: '2025-11-24',
      startsAt: '13:00',
      place: 'Sessionssalen',
    })
    expect(council.notice_days_before).toBe(7)
    expect(council.notice_rule_source).toBe('law')
    await expect(
      scheduleMeeting(deps, liveCtx(), w.system, { committeeId: w.committeeId, ...KALIX_KS }),
    ).rejects.toMatchObject({ code: 'notice_rule_missing' })
    await expect(
      scheduleMeeting(deps, liveCtx(), w.system, {
        committeeId: w.committeeId,
        meetsOn: '2025-02-30',
        startsAt: '25:00',
        place: ' ',
      }),
    ).rejects.toMatchObject({
      details: {
        fields: [{ field: 'meetsOn' }, { field: 'startsAt' }, { field: 'place' }],
      },
    })
  })

  it('moves through planned → notice sent → open, and cancels only before it opens', async () => {
    const w = await newWorld(deps)
    const secretary = await kalixKs(w)
    const ctx = fixedCtx('2025-12-05T10:00:00+01:00')
    const m = await scheduleMeeting(deps, ctx, secretary, {
      committeeId: w.committeeId,
      ...KALIX_KS,
    })
    await expect(openMeeting(deps, ctx, secretary, { meetingId: m.id })).rejects.toMatchObject({
      code: 'invalid_meeting_status',
      message: 'Sammanträdet är planerat och kan inte bli pågår.',
    })
    await sendNotice(deps, ctx, secretary, { meetingId: m.id })
    const opened = await openMeeting(deps, ctx, secretary, { meetingId: m.id })
    expect(opened.status).toBe('open')
    await expect(
      cancelMeeting(deps, ctx, secretary, { meetingId: m.id, reason: 'Snöstorm' }),
    ).rejects.toMatchObject({ code: 'invalid_meeting_status' })
    const other = await scheduleMeeting(deps, ctx, secretary, {
      committeeId: w.committeeId,
      ...KALIX_KS,
      meetsOn: '2025-12-16',
    })
    const cancelled = await cancelMeeting(deps, ctx, secretary, {
      meetingId: other.id,
      reason: 'Inga ärenden',
    })
    expect(cancelled.status).toBe('cancelled')
  })

  it('shows members the meetings of their own committees only', async () => {
    const w = await newWorld(deps)
    const secretary = await kalixKs(w)
    const term = await newTerm(deps, w)
    const bun = await createCommittee(deps, liveCtx(), w.system, {
      name: 'Barn- och utbildningsnämnden',
      shortName: 'BUN',
      kind: 'board',
    })
    await configureCommittee(deps, liveCtx(), w.system, {
      committeeId: bun.id,
      noticeDaysBefore: 5,
    })
    const susanne = await namedUser(deps, w, 'susanne', 'Susanne Andersson', 'member')
    await addMember(deps, liveCtx(), secretary, {
      committeeId: w.committeeId,
      termId: term.id,
      name: 'Susanne Andersson',
      userId: susanne.id,
      party: 'S',
      role: 'chair',
    })
    const ks = await scheduleMeeting(deps, liveCtx(), secretary, {
      committeeId: w.committeeId,
      ...KALIX_KS,
    })
    const bunMeeting = await scheduleMeeting(deps, liveCtx(), secretary, {
      committeeId: bun.id,
      ...KALIX_KS,
    })
    const mine = await findMeetings(deps, susanne, {})
    expect(mine.map((m) => m.id)).toEqual([ks.id])
    expect((await findMeetings(deps, secretary, {})).map((m) => m.id).sort()).toEqual(
      [ks.id, bunMeeting.id].sort(),
    )
    await expect(readMeeting(deps, liveCtx(), susanne, bunMeeting.id)).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(findMeetings(deps, w.publicActor, {})).rejects.toMatchObject({
      code: 'unauthenticated',
    })
    await expect(
      scheduleMeeting(deps, liveCtx(), susanne, { committeeId: w.committeeId, ...KALIX_KS }),
    ).rejects.toMatchObject({ code: 'forbidden' })
  })
})
