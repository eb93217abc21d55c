import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { newWorld, testDeps, type World } from './support/builders.js'
import { loginAs, testApp } from './support/http.js'
import {
  registerSyntheticRegistry,
  trainedForAi,
  type SortingWorld,
} from './support/sorting-builders.js'

type Headers = Record<string, string>

describe.each(ENGINES)('ärendesortering API on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let app: FastifyInstance
  let w: World
  let s: SortingWorld
  let registrar: Headers
  let officer: Headers
  let untrained: Headers
  let member: Headers
  let documentId: string
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    w = await newWorld(deps)
    s = await registerSyntheticRegistry(deps, w, 11, 120)
    app = await testApp(deps)
    registrar = await loginAs(app, s.registrar.username)
    const o = await w.user('caseOfficer')
    await trainedForAi(deps, s.admin, o.id)
    officer = await loginAs(app, o.username)
    untrained = await loginAs(app, (await w.user('secretary')).username)
    member = await loginAs(app, (await w.user('member')).username)
    const last = await deps.db
      .selectFrom('documents')
      .select('id')
      .where('municipality_id', '=', w.municipalityId)
      .orderBy('registered_at', 'desc')
      .executeTakeFirstOrThrow()
    documentId = last.id
  }, 240_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  it('trains (registrar or admin only) and shows the model with its held-out figures', async () => {
    const empty = await app.inject({
      method: 'GET',
      url: '/api/ai/sorting/model',
      headers: officer,
    })
    expect(empty.statusCode).toBe(200)
    expect(empty.json()).toEqual({ label: 'AI-förslag', active: null, history: [] })
    const forbidden = await app.inject({
      method: 'POST',
      url: '/api/ai/sorting/train',
      headers: officer,
      payload: {},
    })
    expect(forbidden.statusCode).toBe(403)
    const bad = await app.inject({
      method: 'POST',
      url: '/api/ai/sorting/train',
      headers: registrar,
      payload: { maxRegistrations: 'många' },
    })
    expect(bad.statusCode).toBe(400)

    const res = await app.inject({
      method: 'POST',
      url: '/api/ai/sorting/train',
      headers: registrar,
      payload: {},
    })
    expect(res.statusCode).toBe(201)
    const m = res.json()
    expect(m).toMatchObject({ version: 1, status: 'active', trainingSize: 120, heldOutSize: 24 })
    expect(m.targets.map((t: { target: string }) => t.target)).toEqual([
      'series',
      'case',
      'committee',
      'caseOfficer',
    ])
    expect(m.targets[0]).toMatchObject({ label: 'Diarieserie' })
    expect(m.targets[0].top1).toBeGreaterThan(m.targets[0].baseline)
    const shown = await app.inject({
      method: 'GET',
      url: '/api/ai/sorting/model',
      headers: officer,
    })
    expect(shown.json().active.id).toBe(m.id)
    const publicView = await app.inject({ method: 'GET', url: '/api/ai/sorting/model' })
    expect(publicView.statusCode).toBe(401)
  })

  it('suggests for a document only to staff with a current AI training', async () => {
    const url = `/api/ai/sorting/documents/${documentId}/suggestions`
    expect((await app.inject({ method: 'POST', url, headers: member })).statusCode).toBe(403)
    const noTraining = await app.inject({ method: 'POST', url, headers: untrained })
    expect(noTraining.statusCode).toBe(403)
    expect(noTraining.json().error.code).toBe('ai_training_required')
    const missing = await app.inject({
      method: 'POST',
      url: '/api/ai/sorting/documents/00000000-0000-4000-8000-000000000000/suggestions',
      headers: officer,
    })
    expect(missing.statusCode).toBe(404)
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/ai/sorting/documents/nonsense/suggestions',
          headers: officer,
        })
      ).statusCode,
    ).toBe(404)

    const res = await app.inject({ method: 'POST', url, headers: officer })
    expect(res.statusCode).toBe(201)
    const v = res.json()
    expect(v.label).toBe('AI-förslag')
    expect(v.documentId).toBe(documentId)
    expect(v.model.version).toBe(1)
    // The document was among the registrations the model learnt from, and says so.
    expect(v.seenInTraining).toBe(true)
    expect(v.targets).toHaveLength(4)
    for (const t of v.targets) {
      expect(t.suggestions.length).toBeGreaterThan(0)
      expect(t.suggestions.length).toBeLessThanOrEqual(3)
      expect(t.outcome).toBeNull()
      expect(typeof t.heldOutTop1).toBe('number')
    }
    const series = v.targets[0]
    expect(series.current.name).toMatch(/^[A-Z]+ – /)
  })

  it('records the outcome once and lists the suggestions of a document', async () => {
    const list = await app.inject({
      method: 'GET',
      url: `/api/ai/sorting/documents/${documentId}/suggestions`,
      headers: registrar,
    })
    expect(list.statusCode).toBe(200)
    const [v] = list.json().suggestions
    const url = `/api/ai/sorting/suggestions/${v.id}/outcome`
    const unknown = await app.inject({
      method: 'POST',
      url,
      headers: registrar,
      payload: { series: v.targets[0].suggestions[0].id, colour: 'blå' },
    })
    expect(unknown.statusCode).toBe(400)
    const ok = await app.inject({
      method: 'POST',
      url,
      headers: registrar,
      payload: { series: v.targets[0].suggestions[0].id, caseOfficer: null },
    })
    expect(ok.statusCode, ok.body).toBe(200)
    const out = ok.json()
    expect(out.targets[0].outcome).toMatchObject({ result: 'accepted', rank: 1 })
    expect(out.targets[3].outcome).toMatchObject({ result: 'overridden', chosen: null })
    expect(out.targets[1].outcome).toMatchObject({ result: 'undecided' })
    expect(out.outcomeRecordedAt).toEqual(expect.any(String))
    const again = await app.inject({
      method: 'POST',
      url,
      headers: registrar,
      payload: { series: null },
    })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('ai_sort_outcome_recorded')
    const gone = await app.inject({
      method: 'POST',
      url: '/api/ai/sorting/suggestions/00000000-0000-4000-8000-000000000000/outcome',
      headers: registrar,
      payload: {},
    })
    expect(gone.statusCode).toBe(404)
  })
})
