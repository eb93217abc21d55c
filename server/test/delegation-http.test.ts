import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { addMember } from '../src/services/committees/memberships.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { liveCtx, newWorld, testDeps, type World } from './support/builders.js'
import { loginAs, testApp } from './support/http.js'
import { KALIX_POINTS, kalixCase, kalixKsMeeting } from './support/delegation-builders.js'
import { namedUser, newTerm } from './support/meeting-builders.js'

describe.each(ENGINES)('delegation API on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let app: FastifyInstance
  let w: World
  let meetingId: string
  let auth: Record<string, string>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    w = await newWorld(deps)
    app = await testApp(deps)
    const { secretary, meeting } = await kalixKsMeeting(deps, w)
    meetingId = meeting.id
    auth = await loginAs(app, secretary.username)
  })
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  const send = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) })
  const get = (url: string, headers = auth) => app.inject({ url, headers })

  it('keeps the scheme: a draft with points, a refused group delegate, adoption, the version in force', async () => {
    const draft = await send('POST', `/api/committees/${w.committeeId}/delegation/versions`, {
      note: 'Första versionen i Kansli.',
    })
    expect(draft.statusCode, draft.body).toBe(201)
    const versionId = draft.json().id
    for (const p of KALIX_POINTS) {
      const res = await send('POST', `/api/delegation/versions/${versionId}/points`, p)
      expect(res.statusCode, res.body).toBe(201)
    }
    const group = await send('POST', `/api/delegation/versions/${versionId}/points`, {
      number: '8.1',
      text: 'Attest av fakturor.',
      delegateType: 'mixedGroup',
      delegateTitle: 'Ordföranden tillsammans med ekonomichefen',
    })
    expect(group.statusCode).toBe(400)
    expect(group.json().error).toEqual({
      code: 'delegate_not_allowed',
      message:
        'Beslutanderätt kan inte delegeras till en grupp av förtroendevalda och anställda tillsammans (blandad delegering).',
      fields: [{ field: 'delegateType', message: 'En blandad grupp kan inte vara delegat.' }],
    })
    const wrong = await send('POST', `/api/delegation/versions/${versionId}/points`, {
      ...KALIX_POINTS[0],
      number: '4.2',
      colour: 'blå',
    })
    expect(wrong.statusCode).toBe(400)

    const adopted = await send('POST', `/api/delegation/versions/${versionId}/adopt`, {
      adoptedOn: '2022-12-12',
      validFrom: '2023-01-01',
    })
    expect(adopted.statusCode, adopted.body).toBe(200)
    expect(adopted.json()).toMatchObject({
      status: 'adopted',
      statusLabel: 'antagen',
      validTo: null,
    })
    expect(adopted.json().points.map((p: { number: string }) => p.number)).toEqual([
      '4.1',
      '7.2',
      '10.1',
      '13.1',
    ])
    const p72 = adopted.json().points[1]
    expect(p72).toMatchObject({ delegate: 'Ekonomichef', delegateTypeLabel: 'anställd' })
    const edit = await send('PUT', `/api/delegation/versions/${versionId}/points/${p72.id}`, {
      ...KALIX_POINTS[1],
      amountLimitSek: 1,
    })
    expect(edit.statusCode).toBe(409)
    expect(edit.json().error.code).toBe('delegation_version_adopted')

    const scheme = await get(`/api/committees/${w.committeeId}/delegation?on=2025-11-21`)
    expect(scheme.statusCode).toBe(200)
    expect(scheme.json()).toMatchObject({
      committee: { name: 'Kommunstyrelsen' },
      on: '2025-11-21',
      inForce: { versionNumber: 1, validFrom: '2023-01-01' },
      draft: null,
    })
  })

  it('registers decisions, assigns them to the meeting, and shows the report to the committee', async () => {
    const c = await kalixCase(deps, w, 'KS-2025-00473', 'Omplacering av lån')
    const bad = await send('POST', `/api/committees/${w.committeeId}/delegated-decisions`, {
      decidedOn: '2025-11-21',
      point: '7.2',
      action: 'Beslutat att omplacera befintligt lån hos Kommuninvest.',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields).toEqual([
      { field: 'reportTo', message: 'Välj anmälan till nämnd eller särskilt protokoll.' },
      { field: 'decisionMaker.name', message: 'Ange beslutsfattarens namn.' },
    ])
    const created = await send('POST', `/api/committees/${w.committeeId}/delegated-decisions`, {
      decidedOn: '2025-11-21',
      point: '7.2',
      caseId: c.id,
      decisionMaker: { name: 'Jeanette Larsson', title: 'Ekonomichef' },
      action:
        'Beslutat att omplacera befintligt lån KI_159532 på 50 mnkr med ett nytt lån på 45 mnkr (och därmed amortera 5 mnkr) hos Kommuninvest.',
      reportLater: true,
    })
    expect(created.statusCode, created.body).toBe(201)
    expect(created.json()).toMatchObject({
      caseNumber: 'KS-2025-00473',
      point: '7.2',
      schemeVersion: 1,
      recording: 'report',
      reportMeetingId: null,
      decisionMakerLabel: 'Ekonomichef Jeanette Larsson',
      row: {
        dateLabel: '21 november 2025',
        pointLabel: 'Punkt 7.2 Förlängning/omplacering av redan befintliga lån',
      },
    })
    const summary = await send('POST', `/api/committees/${w.committeeId}/delegated-decisions`, {
      kind: 'periodSummary',
      period: { from: '2025-11-05', to: '2025-12-09' },
      unit: 'Arbetsgivarenheten',
      action: 'Beslut fattats om anställningar.',
      reportLater: true,
    })
    expect(summary.statusCode, summary.body).toBe(201)

    const unreported = await get(
      `/api/committees/${w.committeeId}/delegated-decisions?state=unreported`,
    )
    expect(unreported.json().decisions).toHaveLength(2)
    const assigned = await send('POST', `/api/meetings/${meetingId}/delegation-report/assign`, {})
    expect(assigned.statusCode, assigned.body).toBe(200)
    expect(assigned.json().assigned).toBe(2)
    expect(assigned.json().rows.map((r: { dateLabel: string }) => r.dateLabel)).toEqual([
      '21 november 2025',
      'För perioden 5 november 2025 – 9 december 2025',
    ])

    const term = await newTerm(deps, w)
    const member = await namedUser(deps, w, 'marcus', 'Marcus Blom', 'member')
    await addMember(deps, liveCtx(), w.system, {
      committeeId: w.committeeId,
      termId: term.id,
      name: 'Marcus Blom',
      userId: member.id,
      party: 'M',
      role: 'member',
    })
    const memberAuth = await loginAs(app, member.username)
    const report = await get(`/api/meetings/${meetingId}/delegation-report`, memberAuth)
    expect(report.statusCode).toBe(200)
    expect(report.json().rows[0]).toMatchObject({
      date: '2025-11-21',
      caseNumber: 'KS-2025-00473',
      decisionMaker: 'Ekonomichef Jeanette Larsson',
      point: '7.2',
    })
    // Members read the report, not the registers behind it, and change nothing.
    expect(
      (await get(`/api/committees/${w.committeeId}/delegated-decisions`, memberAuth)).statusCode,
    ).toBe(403)
    const denied = await app.inject({
      method: 'DELETE',
      url: `/api/delegated-decisions/${created.json().id}`,
      headers: memberAuth,
    })
    expect(denied.statusCode).toBe(403)
    const outsider = await namedUser(deps, w, 'ulla', 'Ulla Utomstående', 'member')
    const other = await get(
      `/api/meetings/${meetingId}/delegation-report`,
      await loginAs(app, outsider.username),
    )
    expect(other.statusCode).toBe(403)
    expect(
      (await app.inject({ url: `/api/meetings/${meetingId}/delegation-report` })).statusCode,
    ).toBe(401)
  })

  it('documents the routes under the delegation tag', async () => {
    const docs = await app.inject({ url: '/api/docs/json' })
    expect(docs.statusCode).toBe(200)
    const paths = docs.json().paths as Record<string, Record<string, { tags?: string[] }>>
    for (const p of [
      '/api/committees/{id}/delegation',
      '/api/delegation/versions/{id}/adopt',
      '/api/committees/{id}/delegated-decisions',
      '/api/meetings/{id}/delegation-report',
    ]) {
      expect(Object.values(paths[p] ?? {})[0]?.tags).toEqual(['delegation'])
    }
  })
})
