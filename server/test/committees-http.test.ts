import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { newWorld, testDeps, type World } from './support/builders.js'
import { loginAs, testApp } from './support/http.js'
import { namedUser } from './support/meeting-builders.js'

describe.each(ENGINES)('committee administration API on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let app: FastifyInstance
  let w: World
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    w = await newWorld(deps)
    app = await testApp(deps)
  })
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  it('sets up a term, seats, staff and the notice rule; a linked member reads it', async () => {
    const secretary = await namedUser(deps, w, 'johanna', 'Johanna Granström', 'secretary')
    const susanne = await namedUser(deps, w, 'susanne', 'Susanne Andersson', 'member')
    const auth = await loginAs(app, secretary.username)
    const term = await app.inject({
      method: 'POST',
      url: '/api/terms',
      headers: auth,
      payload: { name: '2023–2026', startsOn: '2023-01-01', endsOn: '2026-12-31' },
    })
    expect(term.statusCode).toBe(201)
    const termId = term.json().id
    const chair = await app.inject({
      method: 'POST',
      url: `/api/committees/${w.committeeId}/members`,
      headers: auth,
      payload: { termId, name: 'Susanne Andersson', party: 'S', role: 'chair' },
    })
    expect(chair.statusCode).toBe(201)
    const link = await app.inject({
      method: 'PUT',
      url: `/api/people/${chair.json().personId}/user`,
      headers: auth,
      payload: { userId: susanne.id },
    })
    expect(link.statusCode).toBe(200)
    for (const [url, method, payload] of [
      [
        `/api/committees/${w.committeeId}/staff`,
        'POST',
        { userId: secretary.id, function: 'secretary' },
      ],
      [`/api/committees/${w.committeeId}/settings`, 'PUT', { noticeDaysBefore: 7 }],
    ] as const) {
      const res = await app.inject({ method, url, headers: auth, payload })
      expect(res.statusCode, res.body).toBeLessThan(300)
    }

    const memberAuth = await loginAs(app, susanne.username)
    const view = await app.inject({
      url: `/api/committees/${w.committeeId}?on=2025-12-15`,
      headers: memberAuth,
    })
    expect(view.statusCode).toBe(200)
    expect(view.json()).toMatchObject({
      name: 'Kommunstyrelsen',
      kind: 'executive',
      noticeRule: { daysBefore: 7, source: 'reglemente' },
      members: [{ displayName: 'Susanne Andersson (S)', role: 'chair', hasAccount: true }],
      staff: [{ name: 'Johanna Granström', function: 'secretary' }],
    })
    const anon = await app.inject({ url: `/api/committees/${w.committeeId}` })
    expect(anon.statusCode).toBe(401)
    const notAllowed = await app.inject({
      method: 'POST',
      url: `/api/committees/${w.committeeId}/members`,
      headers: memberAuth,
      payload: { termId, name: 'X', party: 'S', role: 'member' },
    })
    expect(notAllowed.statusCode).toBe(403)
    expect(notAllowed.json().error.message).toBe(
      'Du har inte behörighet att ändra organets ledamöter och ersättare.',
    )
  })

  it('answers in Swedish with the fields that are wrong', async () => {
    const admin = await w.user('admin')
    const auth = await loginAs(app, admin.username)
    const bad = await app.inject({
      method: 'POST',
      url: '/api/terms',
      headers: auth,
      payload: { name: '', startsOn: '2027-01-01', endsOn: '2026-12-31' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toMatchObject({
      code: 'validation_failed',
      message: 'Mandatperioden kunde inte läggas upp.',
      fields: [
        { field: 'name', message: 'Ange mandatperiodens namn, t.ex. 2023–2026.' },
        { field: 'endsOn', message: 'Sista dagen kan inte vara före den första.' },
      ],
    })
    const missing = await app.inject({
      url: '/api/committees/00000000-0000-0000-0000-000000000000',
      headers: auth,
    })
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error).toEqual({
      code: 'committee_not_found',
      message: 'Organet finns inte.',
    })
  })
})
