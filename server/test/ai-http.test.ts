import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { registerDocument } from '../src/services/registry/register-document.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { liveCtx, newWorld, testDeps, type World } from './support/builders.js'
import { loginAs, testApp } from './support/http.js'
import { FULL_PANEL, StandInAi, withVault } from './support/ai-stand-in.js'

// The AI routes end to end in-process: an administrator registers and assesses a service,
// records a training, a registrar asks for a summary, the public asks a question.
describe.each(ENGINES)('AI API on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let app: FastifyInstance
  let ai: StandInAi
  let w: World
  let admin: Record<string, string>
  let registrar: Record<string, string>
  let registrarId: string
  let security: Record<string, string>
  let caseId: string
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = withVault(testDeps(database))
    ai = await new StandInAi().start()
    w = await newWorld(deps)
    app = await testApp(deps)
    // The public routes serve the first municipality; this test database has only this one.
    const a = await w.user('admin')
    admin = await loginAs(app, a.username)
    const r = await w.user('registrar')
    registrarId = r.id
    registrar = await loginAs(app, r.username)
    security = await loginAs(app, (await w.user('securityOfficer')).username)
    const reg = await registerDocument(deps, liveCtx(), r, {
      newCase: { seriesPrefix: 'KS', title: 'Riktlinjer för användning av AI' },
      direction: 'drawnUp',
      documentDate: '2025-11-10',
      description: 'Tjänsteskrivelse om riktlinjer för AI',
      files: [
        {
          fileName: 'tjansteskrivelse.txt',
          bytes: new TextEncoder().encode(
            'Kommunstyrelsen föreslås anta riktlinjer för användning av AI. Riktlinjerna gäller alla förvaltningar.',
          ),
        },
      ],
    })
    caseId = reg.case.id
    await registerDocument(deps, liveCtx(), r, {
      caseId,
      direction: 'incoming',
      documentDate: '2025-11-12',
      counterpartName: 'Anonym',
      description: 'Skrivelse om riktlinjer',
      confidentiality: { ground: 'OSL 21:1', protectDescription: true },
      files: [
        {
          fileName: 'hemligt.txt',
          bytes: new TextEncoder().encode('Riktlinjer hemligtord zebrafink.'),
        },
      ],
    })
  })
  afterAll(async () => {
    await app?.close()
    await ai?.stop()
    await database?.close()
  })

  let serviceId: string

  it('registers a service, refuses an incomplete assessment, approves with the full panel', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/ai/services',
      headers: admin,
      payload: { name: 'X' },
    })
    expect(bad.statusCode).toBe(400)
    const created = await app.inject({
      method: 'POST',
      url: '/api/ai/services',
      headers: admin,
      payload: {
        name: 'Kommunens språkmodell',
        provider: 'Norrbottens IT-samverkan',
        endpoint: ai.url,
        model: 'llama-sv',
        processingLocation: 'Sverige, Luleå',
        apiKey: 'nyckel-123',
      },
    })
    expect(created.statusCode, created.body).toBe(201)
    expect(created.json()).toMatchObject({ status: 'pending', hasApiKey: true })
    expect(created.body).not.toContain('nyckel-123')
    serviceId = created.json().id
    const denied = await app.inject({
      method: 'POST',
      url: '/api/ai/services',
      headers: registrar,
      payload: { name: 'Y', provider: 'p', endpoint: ai.url, model: 'm', processingLocation: 'EU' },
    })
    expect(denied.statusCode).toBe(403)
    const incomplete = await app.inject({
      method: 'POST',
      url: `/api/ai/services/${serviceId}/assessments`,
      headers: admin,
      payload: {
        assessedOn: '2025-11-20',
        participants: FULL_PANEL.slice(1),
        conclusion: 'Godkänd',
        outcome: 'approved',
        approvedClasses: ['public'],
      },
    })
    expect(incomplete.statusCode).toBe(400)
    expect(incomplete.json().error.fields[0].message).toContain('dataskyddsombud')
    const ok = await app.inject({
      method: 'POST',
      url: `/api/ai/services/${serviceId}/assessments`,
      headers: admin,
      payload: {
        assessedOn: '2025-11-20',
        participants: FULL_PANEL,
        conclusion: 'Godkänd för allmän information utan personuppgifter.',
        outcome: 'approved',
        approvedClasses: ['public'],
      },
    })
    expect(ok.statusCode, ok.body).toBe(201)
    expect(ok.json().service).toMatchObject({ status: 'approved', approvedClasses: ['public'] })
    const notUuid = await app.inject({
      method: 'GET',
      url: '/api/ai/services/nej/assessments',
      headers: admin,
    })
    expect(notUuid.statusCode).toBe(400)
  })

  it('requires the AI training, then returns an unreviewed draft or a Swedish BLOCK', async () => {
    const untrained = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/ai/summary`,
      headers: registrar,
      payload: { serviceId },
    })
    expect(untrained.statusCode).toBe(403)
    expect(untrained.json().error.code).toBe('ai_training_required')
    const t = await app.inject({
      method: 'POST',
      url: '/api/ai/trainings',
      headers: admin,
      payload: {
        userId: registrarId,
        completedOn: new Date().toISOString().slice(0, 10),
        course: 'AI-kunskap 2026',
      },
    })
    expect(t.statusCode, t.body).toBe(201)
    // The registrar may read the confidential document, so the case's material includes it:
    // the service is not approved for confidential data and the guard refuses.
    const blocked = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/ai/summary`,
      headers: registrar,
      payload: { serviceId },
    })
    expect(blocked.statusCode).toBe(422)
    expect(blocked.json().error).toMatchObject({ code: 'ai_blocked' })
    expect(blocked.json().error.message).toContain('OSL 21:1')
    expect(blocked.json().error.reasons).toEqual(
      expect.arrayContaining([expect.stringContaining('OSL 21:1')]),
    )
    expect(ai.allSent()).not.toContain('zebrafink')
  })

  it('answers the public only from public material, marked as AI, with sources, rate-limited', async () => {
    const closed = await app.inject({
      method: 'POST',
      url: '/api/public/ai/questions',
      payload: { question: 'Vilka riktlinjer finns för AI?' },
    })
    expect(closed.statusCode).toBe(409)
    const chosen = await app.inject({
      method: 'PUT',
      url: '/api/ai/public-chat',
      headers: admin,
      payload: { serviceId },
    })
    expect(chosen.statusCode, chosen.body).toBe(200)
    ai.received = []
    ai.reply = {
      kind: 'answer',
      text: () => 'Kommunstyrelsen föreslås anta riktlinjer för AI [KS-2025-00001-1].',
    }
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/ai/questions',
      payload: { question: 'Vilka riktlinjer finns för AI?' },
    })
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    expect(body.label).toContain('AI')
    expect(body.sources.map((s: { reference: string }) => s.reference)).toContainEqual(
      expect.stringMatching(/^KS-\d{4}-00001-1$/),
    )
    const sent = ai.allSent()
    expect(sent).toContain('Riktlinjerna gäller alla förvaltningar')
    expect(sent).not.toContain('zebrafink')
    expect(sent).not.toContain('Skrivelse om riktlinjer')
    expect(JSON.stringify(body)).not.toContain('Skrivelse om riktlinjer')
    const statuses: number[] = []
    for (let i = 0; i < 5; i++)
      statuses.push(
        (
          await app.inject({
            method: 'POST',
            url: '/api/public/ai/questions',
            payload: { question: 'Riktlinjer för AI?' },
          })
        ).statusCode,
      )
    expect(statuses).toContain(429)
  })

  it('lets the administrator name a line manager, who then gets incident reports', async () => {
    const manager = await w.user('caseOfficer')
    const self = await app.inject({
      method: 'PUT',
      url: `/api/users/${registrarId}/line-manager`,
      headers: admin,
      payload: { lineManagerId: registrarId },
    })
    expect(self.statusCode).toBe(409)
    const denied = await app.inject({
      method: 'PUT',
      url: `/api/users/${registrarId}/line-manager`,
      headers: registrar,
      payload: { lineManagerId: manager.id },
    })
    expect(denied.statusCode).toBe(403)
    const ok = await app.inject({
      method: 'PUT',
      url: `/api/users/${registrarId}/line-manager`,
      headers: admin,
      payload: { lineManagerId: manager.id },
    })
    expect(ok.statusCode, ok.body).toBe(200)
    const row = await deps.db
      .selectFrom('users')
      .select('line_manager_id')
      .where('id', '=', registrarId)
      .executeTakeFirstOrThrow()
    expect(row.line_manager_id).toBe(manager.id)
  })

  it('shows the AI log to the security officer, never to a registrar', async () => {
    const denied = await app.inject({ method: 'GET', url: '/api/ai/log', headers: registrar })
    expect(denied.statusCode).toBe(403)
    const log = await app.inject({ method: 'GET', url: '/api/ai/log', headers: security })
    expect(log.statusCode).toBe(200)
    const entries = log.json().entries as Array<{
      action: string
      data: { decision: string; outcome: string }
    }>
    expect(entries.map((e) => e.data.outcome)).toEqual(expect.arrayContaining(['blocked', 'shown']))
    expect(JSON.stringify(entries)).not.toContain('zebrafink')
  })
})
