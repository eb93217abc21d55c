import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { linkPersonUser } from '../src/services/committees/people.js'
import { liveCtx, testDeps } from './support/builders.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { loginAs, testApp } from './support/http.js'
import { namedUser } from './support/meeting-builders.js'
import { openKsauMeeting } from './support/minutes-builders.js'

const FEES = {
  title: 'Revidering av avgifter för kopior av allmänna handlingar',
  dnr: 'KS 2024/0197',
}

describe.each(ENGINES)('meeting conduct over HTTP on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let app: FastifyInstance
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    app = await testApp(deps)
  })
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  /** Links a member's person to a new login, and returns the login's headers. */
  async function memberLogin(h: Awaited<ReturnType<typeof openKsauMeeting>>, name: string) {
    const user = await namedUser(deps, h.w, name.toLowerCase().replace(/\W+/g, '.'), name, 'member')
    const person = await deps.db
      .selectFrom('committee_memberships')
      .select('person_id')
      .where('id', '=', h.people.get(name)!)
      .executeTakeFirstOrThrow()
    await linkPersonUser(deps, liveCtx(), h.w.system, {
      personId: person.person_id,
      userId: user.id,
    })
    return loginAs(app, user.username)
  }

  it('records a motion, a named vote, the decision and a dissent whose grounds the member hands in', async () => {
    const h = await openKsauMeeting(deps, { items: [FEES] })
    const staff = await loginAs(app, h.secretary.username)
    const base = `/api/meetings/${h.meetingId}/agenda/${h.items.get(FEES.title)}`
    const post = (url: string, payload: unknown, headers = staff) =>
      app.inject({ method: 'POST', url, payload: payload as object, headers })

    const papers = await post(`${base}/motions`, {
      source: 'papers',
      text: 'Bifall till förslaget.',
    })
    expect(papers.statusCode).toBe(201)
    const motion = await post(`${base}/motions`, {
      source: 'member',
      membershipId: h.people.get('Johan Persson'),
      text: 'Avslag på förslaget.',
    })
    expect(motion.statusCode).toBe(201)
    const [ja, nej] = [papers.json().id as string, motion.json().id as string]

    const ballots = [...h.people.entries()]
      .filter(([n]) => !['Åsa Öberg', 'Björn Ängström'].includes(n))
      .map(([n, membershipId]) => ({ membershipId, choice: n === 'Johan Persson' ? 'nej' : 'ja' }))
    const bad = await post(`${base}/votes`, {
      kind: 'decision',
      jaMotionId: ja,
      nejMotionId: nej,
      ballots: ballots.map((b) => ({ ...b, choice: 'kanske' })),
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields[0].field).toMatch(/^ballots\.0\.choice/)
    const vote = await post(`${base}/votes`, {
      kind: 'decision',
      jaMotionId: ja,
      nejMotionId: nej,
      ballots,
    })
    expect(vote.statusCode).toBe(201)
    const decision = await app.inject({
      method: 'PUT',
      url: `${base}/decision`,
      headers: staff,
      payload: { propositionOrder: [ja, nej], adoptedMotionId: ja },
    })
    expect(decision.statusCode).toBe(200)
    expect(
      decision.json().agenda.find((i: { title: string }) => i.title === FEES.title).decision,
    ).toBe('Bifall till förslaget.')
    const dissent = await post(`${base}/dissents`, {
      membershipIds: [h.people.get('Johan Persson')],
    })
    expect(dissent.statusCode).toBe(201)

    // The member who dissented writes the grounds himself; another member may not.
    const johan = await memberLogin(h, 'Johan Persson')
    const hanne = await memberLogin(h, 'Hanne Lindqvist')
    const grounds = (headers: typeof staff) =>
      app.inject({
        method: 'PUT',
        url: `${base}/dissents/${dissent.json().id}/grounds`,
        headers,
        payload: { grounds: 'Avgifterna slår hårt mot enskilda.' },
      })
    expect((await grounds(hanne)).statusCode).toBe(403)
    const own = await grounds(johan)
    expect(own.statusCode).toBe(200)
    const item = own.json().items.find((i: { title: string }) => i.title === FEES.title)
    expect(item.dissents[0].grounds).toBe('Avgifterna slår hårt mot enskilda.')
    expect(item.votes[0].tally).toEqual({ ja: 5, nej: 1, avstår: 0 })

    // Members read the conduct of their committee's meeting but cannot record anything.
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/meetings/${h.meetingId}/conduct`,
          headers: hanne,
        })
      ).statusCode,
    ).toBe(200)
    const refused = await post(`${base}/motions`, { source: 'papers', text: 'X' }, hanne)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error.message).toMatch(/behörighet/)
  })

  it('answers bad input in Swedish without a 500 and changes nothing', async () => {
    const h = await openKsauMeeting(deps, { items: [FEES] })
    const staff = await loginAs(app, h.secretary.username)
    const base = `/api/meetings/${h.meetingId}/agenda/${h.items.get(FEES.title)}`
    const cases: [string, string, unknown, number, string][] = [
      [
        'POST',
        `/api/meetings/nope/agenda/x/motions`,
        { source: 'papers', text: 'A' },
        404,
        'meeting_not_found',
      ],
      ['POST', `${base}/motions`, { source: 'member', text: 'A' }, 400, 'validation_failed'],
      ['POST', `${base}/motions`, { source: 'papers', text: '' }, 400, 'validation_failed'],
      [
        'POST',
        `${base}/motions/00000000-0000-0000-0000-000000000000/withdraw`,
        {},
        404,
        'motion_not_found',
      ],
      ['POST', `${base}/votes`, { kind: 'decision', ballots: [] }, 400, 'validation_failed'],
      ['POST', `${base}/dissents`, { membershipIds: [] }, 400, 'validation_failed'],
      [
        'PUT',
        `/api/meetings/${h.meetingId}/attesters`,
        { attesterIds: [], dueAt: 'i morgon' },
        400,
        'validation_failed',
      ],
      [
        'PUT',
        `/api/meetings/${h.meetingId}/others-present`,
        { people: [{ name: '' }] },
        400,
        'validation_failed',
      ],
    ]
    for (const [method, url, payload, status, code] of cases) {
      const res = await app.inject({
        method: method as 'POST',
        url,
        headers: staff,
        payload: payload as object,
      })
      expect(res.statusCode, `${method} ${url} ${res.body}`).toBe(status)
      expect(res.json().error.code).toBe(code)
      expect(res.json().error.message).toMatch(/[åäöÅÄÖ]|[a-z]/)
    }
    const conduct = await app.inject({
      method: 'GET',
      url: `/api/meetings/${h.meetingId}/conduct`,
      headers: staff,
    })
    expect(conduct.json().items.flatMap((i: { motions: unknown[] }) => i.motions)).toEqual([])
    // After the meeting closes, nothing more is recorded at it.
    await app.inject({
      method: 'POST',
      url: `/api/meetings/${h.meetingId}/close`,
      headers: staff,
      payload: {},
    })
    const late = await app.inject({
      method: 'POST',
      url: `${base}/motions`,
      headers: staff,
      payload: { source: 'papers', text: 'För sent.' },
    })
    expect(late.statusCode).toBe(409)
    expect(late.json().error.message).toBe(
      'Det går inte att registrera yrkanden när sammanträdet är avslutat.',
    )
  })
})
