import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { configureCommittee } from '../src/services/committees/settings.js'
import { createCase } from '../src/services/registry/create-case.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { liveCtx, newWorld, testDeps, type World } from './support/builders.js'
import { loginAs, testApp } from './support/http.js'
import { kalmarKsau, namedUser } from './support/meeting-builders.js'

describe.each(ENGINES)('meetings API on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let app: FastifyInstance
  let w: World
  let auth: Record<string, string>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    w = await newWorld(deps)
    app = await testApp(deps)
    await configureCommittee(deps, liveCtx(), w.system, {
      committeeId: w.committeeId,
      noticeDaysBefore: 7,
    })
    const secretary = await namedUser(deps, w, 'johanna', 'Johanna Granström', 'secretary')
    auth = await loginAs(app, secretary.username)
  })
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  const post = (url: string, payload: unknown = {}) =>
    app.inject({ method: 'POST', url, headers: auth, payload: payload as object })

  it('plans a year, creates its meetings and sends a notice', async () => {
    const plan = await post(`/api/committees/${w.committeeId}/schedules`, {
      year: 2026,
      entries: [
        { meetsOn: '2026-02-02', startsAt: '09:00', place: 'Sessionssalen' },
        { meetsOn: '2026-03-09', startsAt: '09:00', place: 'Sessionssalen' },
      ],
    })
    expect(plan.statusCode, plan.body).toBe(201)
    const created = await post(`/api/schedules/${plan.json().id}/meetings`)
    expect(created.statusCode).toBe(201)
    expect(created.json().meetings).toHaveLength(2)
    const read = await app.inject({
      url: `/api/committees/${w.committeeId}/schedules/2026`,
      headers: auth,
    })
    expect(read.json().entries.map((e: { meetingStatus: string }) => e.meetingStatus)).toEqual([
      'planned',
      'planned',
    ])
    const list = await app.inject({ url: '/api/meetings?from=2026-01-01', headers: auth })
    expect(list.json().meetings.map((m: { meetsOn: string }) => m.meetsOn)).toEqual([
      '2026-02-02',
      '2026-03-09',
    ])
  })

  it('schedules an extra meeting and answers in Swedish when a step is out of order', async () => {
    const res = await post('/api/meetings', {
      committeeId: w.committeeId,
      meetsOn: '2025-12-15',
      startsAt: '09:00',
      place: 'Folkets hus, Bergön',
    })
    expect(res.statusCode, res.body).toBe(201)
    const meeting = res.json()
    expect(meeting).toMatchObject({
      committee: { name: 'Kommunstyrelsen', shortName: 'KS' },
      status: 'planned',
      extra: true,
      notice: { deadline: '2025-12-08' },
    })
    const open = await post(`/api/meetings/${meeting.id}/open`)
    expect(open.statusCode).toBe(409)
    expect(open.json().error).toEqual({
      code: 'invalid_meeting_status',
      message: 'Sammanträdet är planerat och kan inte bli pågår.',
    })
    const notice = await post(`/api/meetings/${meeting.id}/notice`, { sentOn: '2025-12-01' })
    expect(notice.statusCode, notice.body).toBe(200)
    expect(notice.json()).toMatchObject({
      status: 'noticeSent',
      statusLabel: 'kallat',
      notice: { sentOn: '2025-12-01', late: false },
    })
    const anon = await app.inject({ url: `/api/meetings/${meeting.id}` })
    expect(anon.statusCode).toBe(401)
  })

  it('builds an agenda over HTTP: a case item shows "Dnr", items move and go', async () => {
    const c = await createCase(deps, liveCtx(), w.system, {
      seriesPrefix: 'KS',
      title: 'Riktlinjer för användning av AI',
      importedNumber: { year: 2025, seq: 494 },
    })
    const m = await post('/api/meetings', {
      committeeId: w.committeeId,
      meetsOn: '2026-06-08',
      startsAt: '09:00',
      place: 'Sessionssalen',
    })
    const id = m.json().id
    const item = await post(`/api/meetings/${id}/agenda`, { kind: 'case', caseId: c.id })
    expect(item.statusCode, item.body).toBe(201)
    expect(item.json()).toMatchObject({
      number: 4,
      title: 'Riktlinjer för användning av AI',
      caseNumber: 'KS-2025-00494',
      caseLabel: 'Dnr KS-2025-00494',
      numbered: true,
    })
    const info = await post(`/api/meetings/${id}/agenda`, {
      kind: 'information',
      title: 'Information om budgetläget',
    })
    const moved = await post(`/api/meetings/${id}/agenda/${info.json().id}/move`, { position: 4 })
    expect(
      moved
        .json()
        .agenda.map((i: { title: string }) => i.title)
        .slice(3),
    ).toEqual(['Information om budgetläget', 'Riktlinjer för användning av AI'])
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/meetings/${id}/agenda/${info.json().id}`,
      headers: auth,
      payload: { presenter: 'Ekonomichef Jeanette Larsson' },
    })
    expect(patched.json().presenter).toBe('Ekonomichef Jeanette Larsson')
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/meetings/${id}/agenda/${info.json().id}`,
      headers: auth,
    })
    expect(removed.json().agenda).toHaveLength(4)
    const missing = await post(`/api/meetings/${id}/agenda`, { kind: 'case' })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().error).toEqual({
      code: 'validation_failed',
      message: 'Punkten kunde inte läggas till.',
      fields: [{ field: 'caseId', message: 'Välj ärendet (diarienumret) som ska behandlas.' }],
    })
  })

  it('takes the roll call, refuses a decision without quorum in Swedish, closes with § numbers', async () => {
    const ksau = await kalmarKsau(deps, w)
    const secretaryAuth = await loginAs(app, ksau.secretary.username)
    const send = (method: 'POST' | 'PUT', url: string, payload: object = {}) =>
      app.inject({ method, url, headers: secretaryAuth, payload })
    const m = (
      await send('POST', '/api/meetings', {
        committeeId: ksau.committeeId,
        meetsOn: '2024-03-26',
        startsAt: '08:30',
        place: 'KS-salen, stadshuset',
      })
    ).json()
    const item = (
      await send('POST', `/api/meetings/${m.id}/agenda`, {
        kind: 'information',
        title: 'Information efter IT-angrepp',
      })
    ).json()
    await send('POST', `/api/meetings/${m.id}/notice`, { sentOn: '2024-03-19' })
    await send('POST', `/api/meetings/${m.id}/open`)
    const seats = [...ksau.seats.values()]
    const few = await send('POST', `/api/meetings/${m.id}/roll-call`, {
      present: seats.slice(0, 3),
    })
    expect(few.statusCode, few.body).toBe(200)
    expect(few.json()).toMatchObject({ rollCallTaken: true, seats: 6 })
    const blocked = await send('PUT', `/api/meetings/${m.id}/agenda/${item.id}/decision`, {
      text: 'Arbetsutskottet fattar inte något beslut med anledning av informationen.',
    })
    expect(blocked.statusCode).toBe(409)
    expect(blocked.json().error.code).toBe('no_quorum')
    expect(blocked.json().error.message).toContain('Organet är inte beslutsfört vid punkt 4')
    const all = await send('POST', `/api/meetings/${m.id}/roll-call`, { present: seats })
    expect(all.json().items[3]).toMatchObject({ quorum: true, number: 4 })
    const decided = await send('PUT', `/api/meetings/${m.id}/agenda/${item.id}/decision`, {
      text: 'Arbetsutskottet fattar inte något beslut med anledning av informationen.',
    })
    expect(decided.statusCode, decided.body).toBe(200)
    await send('PUT', `/api/committees/${ksau.committeeId}/section-numbers/2024`, {
      lastSection: 26,
      lastMeetingDate: '2024-03-12',
    })
    const closed = await send('POST', `/api/meetings/${m.id}/close`, { endsAt: '10:15' })
    expect(closed.statusCode, closed.body).toBe(200)
    expect(closed.json()).toMatchObject({ status: 'closed', endsAt: '10:15', sections: '§ 27' })
    expect(closed.json().agenda[3]).toMatchObject({ sectionLabel: '§ 27', addedAtMeeting: false })

    const outsider = await namedUser(deps, w, 'utomstaende', 'Ulla Utomstående', 'member')
    const denied = await app.inject({
      url: `/api/meetings/${m.id}/attendance`,
      headers: await loginAs(app, outsider.username),
    })
    expect(denied.statusCode).toBe(403)
    expect(denied.json().error.message).toBe(
      'Du har inte behörighet att se det här organets sammanträden.',
    )
  })
})
