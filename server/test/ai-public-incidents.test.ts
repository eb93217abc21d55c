import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listAiLog } from '../src/repositories/ai-log.repository.js'
import { verifyAuditChain } from '../src/repositories/audit.repository.js'
import { getIncident } from '../src/services/ai/incidents.js'
import { answerPublicQuestion, PUBLIC_ANSWER_PURPOSE } from '../src/services/ai/public-answers.js'
import { reportPublicIncident } from '../src/services/ai/public-incidents.js'
import type { Deps } from '../src/services/context.js'
import { registerDocument } from '../src/services/registry/register-document.js'
import { aiCall, aiDraft } from './support/ai-builders.js'
import { approvedService, StandInAi, withVault } from './support/ai-stand-in.js'
import { fixedCtx, liveCtx, newWorld, rejection, testDeps, type World } from './support/builders.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { loginAs, testApp } from './support/http.js'

const DEC_15 = fixedCtx('2025-12-15T10:00:00+01:00')
const EMAIL = 'anna.andersson@example.se'

// Reports from the public on the answers of the public question box (issue 4: an incident report
// on every AI output). The answers are real: the question box asks a local stand-in AI.
describe.each(ENGINES)('AI incident reports from the public on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let ai: StandInAi
  let w: World
  let itUnit: Awaited<ReturnType<World['user']>>
  let security: Awaited<ReturnType<World['user']>>
  let gone: Awaited<ReturnType<World['user']>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = withVault(testDeps(database))
    ai = await new StandInAi().start()
    ai.reply = { kind: 'answer', text: () => 'Kommunen har riktlinjer för AI [KS-2025-00001-1].' }
    // The public routes serve the first municipality: this one.
    w = await newWorld(deps)
    itUnit = await w.user('itUnit')
    gone = await w.user('itUnit')
    security = await w.user('securityOfficer')
    await deps.db.updateTable('users').set({ active: false }).where('id', '=', gone.id).execute()
    const registrar = await w.user('registrar')
    await registerDocument(deps, liveCtx(), registrar, {
      newCase: { seriesPrefix: 'KS', title: 'Riktlinjer för användning av AI' },
      direction: 'drawnUp',
      documentDate: '2025-11-10',
      description: 'Tjänsteskrivelse om riktlinjer för AI',
      files: [
        {
          fileName: 'tjansteskrivelse.txt',
          bytes: new TextEncoder().encode('Kommunstyrelsen föreslås anta riktlinjer för AI.'),
        },
      ],
    })
    const service = await approvedService(deps, w, ai.url)
    await deps.db
      .updateTable('ai_services')
      .set({ public_chat: true })
      .where('id', '=', service.id)
      .execute()
  })
  afterAll(async () => {
    await ai?.stop()
    await database?.close()
  })

  async function publicAnswer() {
    const a = await answerPublicQuestion(deps, liveCtx(), w.municipalityId, 'Vilka riktlinjer?')
    expect(a.logSeq).toEqual(expect.any(Number))
    return a.logSeq!
  }

  /** What a failed report must leave untouched. */
  async function written() {
    const count = (t: 'ai_incidents' | 'ai_incident_notifications' | 'audit_events') =>
      deps.db
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n))
    return {
      incidents: await count('ai_incidents'),
      notifications: await count('ai_incident_notifications'),
      audit: await count('audit_events'),
    }
  }

  it('a report on a public answer is stored as from the public and routed to every active IT unit user and the security officer, with no line manager', async () => {
    const seq = await publicAnswer()
    const r = await reportPublicIncident(deps, DEC_15, {
      municipalityId: w.municipalityId,
      logSeq: seq,
      category: 'incorrectContent',
      description: 'Svaret påstod att riktlinjerna redan är antagna.',
      contactEmail: ` ${EMAIL} `,
    })
    expect(r).toMatchObject({
      logSeq: seq,
      category: 'incorrectContent',
      categoryLabel: 'Felaktigt eller vilseledande innehåll',
    })
    expect(r.message).toContain('IT-enheten och informationssäkerhetsansvarig')
    expect(r.message).toContain('ingen närmaste chef')
    // The public learns the roles, never the names of the staff.
    expect(r.message).not.toContain(security.displayName)

    const row = await deps.db
      .selectFrom('ai_incidents')
      .selectAll()
      .where('id', '=', r.reference)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      reporter_kind: 'public',
      reported_by: null,
      contact_email: EMAIL,
      draft_id: null,
      status: 'open',
    })
    expect(Number(row.log_seq)).toBe(seq)
    const notes = await deps.db
      .selectFrom('ai_incident_notifications')
      .select(['recipient_id', 'reason'])
      .where('incident_id', '=', r.reference)
      .execute()
    expect(notes.map((n) => [n.reason, n.recipient_id]).sort()).toEqual(
      [
        ['itUnit', itUnit.id],
        ['securityOfficer', security.id],
      ].sort(),
    )

    const [logged] = await listAiLog(
      deps.db,
      w.municipalityId,
      { action: 'ai.incident.reported' },
      { limit: 1 },
    )
    expect(logged).toMatchObject({
      actorId: null,
      entityId: r.reference,
      data: {
        logSeq: seq,
        reporterKind: 'public',
        contactEmailGiven: true,
        notified: { itUnit: 1, securityOfficer: 1 },
        unreached: [],
        lineManager: expect.stringContaining('ingen närmaste chef'),
      },
    })
    const audit = await deps.db
      .selectFrom('audit_events')
      .select(['data', 'actor_id'])
      .where('action', '=', 'ai.incident.report_public')
      .executeTakeFirstOrThrow()
    expect(audit.actor_id).toBeNull()
    // The address and the description stay in the report: never in a log.
    for (const data of [logged!.data, audit.data])
      expect(JSON.stringify(data)).not.toMatch(/andersson|antagna/)
    for (const chain of ['audit', 'ai'] as const)
      expect((await verifyAuditChain(deps.db, w.municipalityId, chain)).problems).toEqual([])

    const seen = await getIncident(deps, security, r.reference)
    expect(seen.incident).toMatchObject({ reporter_kind: 'public', reported_by_name: null })
  })

  it('refuses an answer the public was not shown as not found, and bad input with Swedish field errors, writing nothing', async () => {
    const staff = await w.user('caseOfficer')
    const staffCall = await aiCall(deps, w, { actor: staff, decision: 'ALLOW', outcome: 'shown' })
    const draft = await aiDraft(deps, w, { createdBy: staff })
    // Looks like a public answer but was blocked: never shown to anyone.
    const blocked = await aiCall(deps, w, {
      actor: w.publicActor,
      purpose: PUBLIC_ANSWER_PURPOSE,
      kind: 'answer',
      decision: 'BLOCK',
    })
    const other = await newWorld(deps)
    const seq = await publicAnswer()
    const before = await written()
    const ok = { category: 'other', description: 'Konstigt svar.' }
    for (const logSeq of [staffCall, Number(draft.log_seq), blocked, 99_999, 0, -1, 1.5]) {
      const e = await rejection(
        reportPublicIncident(deps, DEC_15, { municipalityId: w.municipalityId, logSeq, ...ok }),
      )
      expect(e.code, String(logSeq)).toBe('ai_answer_not_found')
      expect(e.message).toBe('Svaret finns inte. Ställ frågan igen.')
    }
    // An answer of this municipality is not one of another municipality's.
    expect(
      (
        await rejection(
          reportPublicIncident(deps, DEC_15, {
            municipalityId: other.municipalityId,
            logSeq: seq,
            ...ok,
          }),
        )
      ).code,
    ).toBe('ai_answer_not_found')

    const bad = await rejection(
      reportPublicIncident(deps, DEC_15, {
        municipalityId: w.municipalityId,
        logSeq: seq,
        category: 'trams',
        description: '   ',
        contactEmail: 'anna.andersson',
      }),
    )
    expect(bad).toMatchObject({
      code: 'validation_failed',
      message: 'Rapporten kunde inte skickas.',
    })
    expect(bad.fields?.map((f) => f.field)).toEqual(['category', 'description', 'contactEmail'])
    expect(bad.fields?.[2]?.message).toBe('Ange en e-postadress, t.ex. namn@exempel.se.')
    const long = await rejection(
      reportPublicIncident(deps, DEC_15, {
        municipalityId: w.municipalityId,
        logSeq: seq,
        category: 'other',
        description: 'x'.repeat(5_001),
        contactEmail: `${'a'.repeat(250)}@example.se`,
      }),
    )
    expect(long.fields?.map((f) => f.field)).toEqual(['description', 'contactEmail'])
    expect(long.fields?.[1]?.message).toContain('högst 254 tecken')
    expect(await written()).toEqual(before)
  })

  it('keeps the database honest: a staff report names its user, an address only on a public report', async () => {
    const staff = await w.user('caseOfficer')
    const base = {
      municipality_id: w.municipalityId,
      category: 'other',
      description: 'x',
      status: 'open' as const,
      created_at: new Date(),
    }
    // A row as written before migration 0014 is a staff report.
    const old = await deps.db
      .insertInto('ai_incidents')
      .values({ ...base, reported_by: staff.id })
      .returning(['reporter_kind'])
      .executeTakeFirstOrThrow()
    expect(old.reporter_kind).toBe('staff')
    const refused = [
      { ...base, reported_by: null },
      { ...base, reported_by: staff.id, contact_email: EMAIL },
      { ...base, reported_by: staff.id, reporter_kind: 'public' },
      { ...base, reported_by: null, reporter_kind: 'public', contact_email: 'inte-en-adress' },
    ]
    for (const values of refused)
      await expect(
        deps.db
          .insertInto('ai_incidents')
          .values(values as typeof base)
          .execute(),
        JSON.stringify(values),
      ).rejects.toThrow()
  })

  describe('over HTTP', () => {
    let app: FastifyInstance
    beforeAll(async () => {
      app = await testApp(deps)
    })
    afterAll(async () => {
      await app?.close()
    })

    const report = (a: FastifyInstance, seq: number | string, payload: object) =>
      a.inject({ method: 'POST', url: `/api/public/ai/answers/${seq}/incidents`, payload })

    it('takes a report without login from the answer of the question box; handlers see "Allmänheten" and the address', async () => {
      const cats = await app.inject({ method: 'GET', url: '/api/public/ai/incident-categories' })
      expect(cats.json().categories).toContainEqual({ code: 'other', label: 'Annat' })
      const asked = await app.inject({
        method: 'POST',
        url: '/api/public/ai/questions',
        payload: { question: 'Vilka riktlinjer finns för AI?' },
      })
      expect(asked.statusCode, asked.body).toBe(200)
      const seq = asked.json().logSeq as number
      expect(seq).toEqual(expect.any(Number))

      const res = await report(app, seq, {
        category: 'discrimination',
        description: 'Svaret var nedlåtande.',
        contactEmail: EMAIL,
      })
      expect(res.statusCode, res.body).toBe(201)
      const receipt = res.json()
      expect(Object.keys(receipt).sort()).toEqual(
        ['category', 'categoryLabel', 'logSeq', 'message', 'reference'].sort(),
      )
      expect(receipt.message).toMatch(/^Tack! Rapporten har skickats till IT-enheten/)

      const asSecurity = await loginAs(app, security.username)
      const one = await app.inject({
        method: 'GET',
        url: `/api/ai/incidents/${receipt.reference}`,
        headers: asSecurity,
      })
      expect(one.statusCode).toBe(200)
      expect(one.json()).toMatchObject({
        reporterKind: 'public',
        reportedBy: { id: null, name: 'Allmänheten' },
        contactEmailGiven: true,
        contactEmail: EMAIL,
        logSeq: seq,
        description: 'Svaret var nedlåtande.',
      })
      expect(
        one
          .json()
          .notifications.map((n: { reason: string }) => n.reason)
          .sort(),
      ).toEqual(['itUnit', 'securityOfficer'])
      const list = await app.inject({
        method: 'GET',
        url: '/api/ai/incidents',
        headers: asSecurity,
      })
      expect(list.json().incidents[0]).toMatchObject({
        id: receipt.reference,
        reportedBy: { name: 'Allmänheten' },
        contactEmail: EMAIL,
      })
      const asIt = await loginAs(app, itUnit.username)
      const inbox = await app.inject({
        method: 'GET',
        url: '/api/ai/incidents/inbox',
        headers: asIt,
      })
      expect(inbox.json().entries[0].incident).toMatchObject({
        id: receipt.reference,
        contactEmail: EMAIL,
      })
      // An administrator sees the report, not the address.
      const asAdmin = await loginAs(app, (await w.user('admin')).username)
      const adminView = await app.inject({
        method: 'GET',
        url: `/api/ai/incidents/${receipt.reference}`,
        headers: asAdmin,
      })
      expect(adminView.json()).toMatchObject({ contactEmailGiven: true, contactEmail: null })
    })

    it('answers an unknown answer with 404 and bad input with 400 in Swedish, writing nothing', async () => {
      const seq = await publicAnswer()
      const before = await written()
      const missing = await report(app, 99_999, { category: 'other', description: 'x' })
      expect(missing.statusCode).toBe(404)
      expect(missing.json().error).toMatchObject({
        code: 'ai_answer_not_found',
        message: 'Svaret finns inte. Ställ frågan igen.',
      })
      const fields = await report(app, seq, {
        category: 'other',
        description: '',
        contactEmail: 'a@b',
      })
      expect(fields.statusCode).toBe(400)
      expect(fields.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
        'description',
        'contactEmail',
      ])
      const bad: [number | string, object][] = [
        [seq, { category: 'other' }],
        [seq, { category: 'other', description: 'x', extra: 1 }],
        [seq, { category: 'other', description: 'x', contactEmail: 7 }],
        ['tio', { category: 'other', description: 'x' }],
        [0, { category: 'other', description: 'x' }],
      ]
      for (const [id, payload] of bad) {
        const r = await report(app, id, payload)
        expect(r.statusCode, JSON.stringify(payload)).toBe(400)
        expect(r.json().error.message).toMatch(/^[A-ZÅÄÖ].+\./)
      }
      expect(await written()).toEqual(before)
    })

    it('is rate-limited per client like the questions', async () => {
      const fresh = await testApp(deps)
      try {
        const seq = await publicAnswer()
        const statuses: number[] = []
        for (let i = 0; i < 6; i++)
          statuses.push(
            (await report(fresh, seq, { category: 'other', description: `Rapport ${i}.` }))
              .statusCode,
          )
        expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
        const limited = await report(fresh, seq, { category: 'other', description: 'Igen.' })
        expect(limited.json().error).toMatchObject({ code: 'too_many_reports' })
        expect(limited.json().error.message).toContain('Vänta en stund')
      } finally {
        await fresh.close()
      }
    })
  })
})
