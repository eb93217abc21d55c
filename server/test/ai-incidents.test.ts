import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listAiLog } from '../src/repositories/ai-log.repository.js'
import { verifyAuditChain } from '../src/repositories/audit.repository.js'
import { incidentInbox, markIncidentNotificationRead } from '../src/services/ai/incident-inbox.js'
import {
  closeIncident,
  getIncident,
  listIncidentsFor,
  reportIncident,
} from '../src/services/ai/incidents.js'
import type { Deps } from '../src/services/context.js'
import { createCase } from '../src/services/registry/create-case.js'
import { aiCall, aiDraft, setLineManager } from './support/ai-builders.js'
import { fixedCtx, newWorld, testDeps } from './support/builders.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { loginAs, testApp } from './support/http.js'

const DEC_15 = fixedCtx('2025-12-15T10:00:00+01:00')
const DEC_16 = fixedCtx('2025-12-16T08:30:00+01:00')

async function rejection(p: Promise<unknown>) {
  try {
    await p
  } catch (err) {
    return err as Error & { code?: string; fields?: { field: string; message: string }[] }
  }
  throw new Error('expected a rejection')
}

describe.each(ENGINES)('AI incident reports on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => {
    await database?.close()
  })

  /** A unit: a reporter with a line manager, two IT unit users (one left), a security officer. */
  async function unit() {
    const w = await newWorld(deps)
    const reporter = await w.user('caseOfficer')
    const manager = await w.user('caseOfficer')
    const it1 = await w.user('itUnit')
    const it2 = await w.user('itUnit')
    const gone = await w.user('itUnit')
    const security = await w.user('securityOfficer')
    await setLineManager(deps, reporter.id, manager.id)
    await deps.db.updateTable('users').set({ active: false }).where('id', '=', gone.id).execute()
    const c = await createCase(deps, DEC_15, w.system, {
      seriesPrefix: w.series,
      title: 'Bygglov för förskola',
      caseOfficerId: reporter.id,
    })
    const draft = await aiDraft(deps, w, { createdBy: reporter, caseId: c.id })
    return { w, reporter, manager, it1, it2, gone, security, c, draft }
  }

  it('a report on a draft is stored and routed to the line manager, every active IT unit user and the security officer', async () => {
    const { w, reporter, manager, it1, it2, gone, security, draft } = await unit()
    const r = await reportIncident(deps, DEC_15, reporter, {
      draftId: draft.id,
      category: 'personalData',
      description: 'Utkastet innehöll sökandens personnummer 19121212-1212.',
    })
    expect(r.incident).toMatchObject({
      draft_id: draft.id,
      log_seq: expect.anything(),
      status: 'open',
      reported_by: reporter.id,
      reported_by_name: reporter.displayName,
    })
    expect(Number(r.incident.log_seq)).toBe(Number(draft.log_seq))
    expect(r.unreached).toEqual([])
    expect(r.notified.map((n) => [n.reason, n.recipientId]).sort()).toEqual(
      [
        ['itUnit', it1.id],
        ['itUnit', it2.id],
        ['lineManager', manager.id],
        ['securityOfficer', security.id],
      ].sort(),
    )
    expect(r.notified.map((n) => n.recipientId)).not.toContain(gone.id)
    const rows = await deps.db
      .selectFrom('ai_incident_notifications')
      .selectAll()
      .where('incident_id', '=', r.incident.id)
      .execute()
    expect(rows).toHaveLength(4)

    const [logged] = await listAiLog(
      deps.db,
      w.municipalityId,
      { action: 'ai.incident.reported' },
      { limit: 1 },
    )
    expect(logged).toMatchObject({
      actorId: reporter.id,
      entityType: 'ai_incident',
      entityId: r.incident.id,
      data: {
        category: 'personalData',
        draftId: draft.id,
        logSeq: Number(draft.log_seq),
        notified: { lineManager: 1, itUnit: 2, securityOfficer: 1 },
        unreached: [],
      },
    })
    // The description may hold what leaked: it stays in the report, never in a log. (The number
    // as written: a bare "1212" can turn up inside a random UUID.)
    expect(JSON.stringify(logged!.data)).not.toMatch(/1212-1212|personnummer/)
    const audit = await deps.db
      .selectFrom('audit_events')
      .select('data')
      .where('municipality_id', '=', w.municipalityId)
      .where('action', '=', 'ai.incident.report')
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(audit.data)).not.toMatch(/1212-1212|personnummer/)
    for (const chain of ['audit', 'ai'] as const)
      expect((await verifyAuditChain(deps.db, w.municipalityId, chain)).problems).toEqual([])
  })

  it('with no IT unit, no security officer and no line manager the report is still stored, and the answer says who was not reached', async () => {
    const w = await newWorld(deps)
    const reporter = await w.user('secretary')
    const seq = await aiCall(deps, w, { actor: reporter, decision: 'BLOCK' })
    const r = await reportIncident(deps, DEC_15, reporter, {
      logSeq: seq,
      category: 'misuse',
      description: 'En kollega klistrade in en elevakt.',
    })
    expect(r.notified).toEqual([])
    expect(r.unreached.map((u) => u.reason)).toEqual(['lineManager', 'itUnit', 'securityOfficer'])
    expect(r.unreached[1]!.message).toContain('Rapporten är sparad')
    const stored = await getIncident(deps, reporter, r.incident.id)
    expect(stored.incident).toMatchObject({ log_seq: expect.anything(), draft_id: null })
    const [logged] = await listAiLog(
      deps.db,
      w.municipalityId,
      { action: 'ai.incident.reported' },
      { limit: 1 },
    )
    expect(logged!.data).toMatchObject({
      logSeq: seq,
      unreached: ['lineManager', 'itUnit', 'securityOfficer'],
    })
  })

  it('refuses unclear reports with Swedish field errors, and unknown outputs as not found', async () => {
    const { w, reporter, draft } = await unit()
    const neither = await rejection(
      reportIncident(deps, DEC_15, reporter, { category: 'other', description: 'x' }),
    )
    expect(neither).toMatchObject({ code: 'validation_failed' })
    expect(neither.fields?.[0]).toMatchObject({ field: 'draftId' })
    const both = await rejection(
      reportIncident(deps, DEC_15, reporter, {
        draftId: draft.id,
        logSeq: 1,
        category: 'other',
        description: 'x',
      }),
    )
    expect(both.fields?.map((f) => f.field)).toEqual(['draftId'])
    const bad = await rejection(
      reportIncident(deps, DEC_15, reporter, {
        draftId: draft.id,
        category: 'trams',
        description: '  ',
      }),
    )
    expect(bad.fields?.map((f) => f.field)).toEqual(['category', 'description'])
    expect(bad.fields?.[0]?.message).toContain('Felaktigt eller vilseledande innehåll')
    expect(
      (
        await rejection(
          reportIncident(deps, DEC_15, reporter, {
            logSeq: 99_999,
            category: 'other',
            description: 'x',
          }),
        )
      ).code,
    ).toBe('ai_log_entry_not_found')
    expect(
      (
        await rejection(
          reportIncident(deps, DEC_15, reporter, {
            draftId: 'inget-id',
            category: 'other',
            description: 'x',
          }),
        )
      ).code,
    ).toBe('ai_draft_not_found')
    const member = await w.user('member')
    expect(
      (
        await rejection(
          reportIncident(deps, DEC_15, member, {
            draftId: draft.id,
            category: 'other',
            description: 'x',
          }),
        )
      ).code,
    ).toBe('forbidden')
  })

  it('recipients read their inbox and mark entries read; only the IT unit or the security officer closes', async () => {
    const { w, reporter, manager, it1, security, draft } = await unit()
    const r = await reportIncident(deps, DEC_15, reporter, {
      draftId: draft.id,
      category: 'incorrectContent',
      description: 'Sammanfattningen angav fel belopp.',
    })
    const inbox = await incidentInbox(deps, manager)
    expect(inbox).toHaveLength(1)
    expect(inbox[0]).toMatchObject({ reason: 'lineManager', read_at: null, id: r.incident.id })
    expect(await incidentInbox(deps, reporter)).toEqual([])

    const notification = inbox[0]!.notification_id
    const other = await rejection(markIncidentNotificationRead(deps, DEC_16, it1, notification))
    expect(other.code).toBe('ai_notification_not_found')
    const read = await markIncidentNotificationRead(deps, DEC_16, manager, notification)
    expect(new Date(read.read_at!).toISOString()).toBe(DEC_16.now().toISOString())
    const again = await markIncidentNotificationRead(
      deps,
      fixedCtx('2025-12-20T10:00:00+01:00'),
      manager,
      notification,
    )
    expect(new Date(again.read_at!).toISOString()).toBe(DEC_16.now().toISOString())
    expect(await incidentInbox(deps, manager, { unreadOnly: true })).toEqual([])

    // The line manager sees the report they were sent; someone uninvolved does not.
    expect((await getIncident(deps, manager, r.incident.id)).incident.id).toBe(r.incident.id)
    const bystander = await w.user('caseOfficer')
    expect((await rejection(getIncident(deps, bystander, r.incident.id))).code).toBe(
      'ai_incident_not_found',
    )
    expect(await listIncidentsFor(deps, bystander, {})).toEqual([])
    expect((await listIncidentsFor(deps, reporter, {})).map((x) => x.incident.id)).toEqual([
      r.incident.id,
    ])
    const all = await listIncidentsFor(deps, security, { status: 'open' })
    expect(all.map((x) => x.incident.id)).toEqual([r.incident.id])
    expect(all[0]!.notifications).toHaveLength(4)

    expect(
      (
        await rejection(
          closeIncident(deps, DEC_16, manager, { incidentId: r.incident.id, resolution: 'Klart.' }),
        )
      ).code,
    ).toBe('forbidden')
    expect(
      (
        await rejection(
          closeIncident(deps, DEC_16, security, { incidentId: r.incident.id, resolution: ' ' }),
        )
      ).fields?.[0]?.field,
    ).toBe('resolution')
    const closed = await closeIncident(deps, DEC_16, security, {
      incidentId: r.incident.id,
      resolution: 'Tjänstens instruktion rättad; utkastet avvisat.',
    })
    expect(closed).toMatchObject({
      status: 'closed',
      closed_by: security.id,
      closed_by_name: security.displayName,
    })
    expect(
      (
        await rejection(
          closeIncident(deps, DEC_16, it1, { incidentId: r.incident.id, resolution: 'Igen.' }),
        )
      ).code,
    ).toBe('ai_incident_closed')
    const [logged] = await listAiLog(
      deps.db,
      w.municipalityId,
      { action: 'ai.incident.closed' },
      { limit: 1 },
    )
    expect(logged).toMatchObject({
      actorId: security.id,
      data: { incidentId: r.incident.id, category: 'incorrectContent', draftId: draft.id },
    })
    expect(JSON.stringify(logged!.data)).not.toContain('instruktion')
    expect(await listIncidentsFor(deps, security, { status: 'open' })).toEqual([])
  })

  it('a draft about a confidential case is reported only by those who may read it', async () => {
    const w = await newWorld(deps)
    const officer = await w.user('caseOfficer')
    const c = await createCase(deps, DEC_15, w.system, {
      seriesPrefix: w.series,
      title: 'Skyddad ärendemening',
      titleProtected: true,
      caseOfficerId: officer.id,
    })
    const d = await aiDraft(deps, w, { createdBy: officer, caseId: c.id })
    const other = await w.user('caseOfficer')
    const e = await rejection(
      reportIncident(deps, DEC_15, other, { draftId: d.id, category: 'other', description: 'x' }),
    )
    expect(e.code).toBe('confidential')
    const ok = await reportIncident(deps, DEC_15, officer, {
      draftId: d.id,
      category: 'other',
      description: 'Oklart svar.',
    })
    expect(ok.incident.draft_id).toBe(d.id)
  })

  describe('over HTTP', () => {
    let app: FastifyInstance
    beforeAll(async () => {
      app = await testApp(deps)
    })
    afterAll(async () => {
      await app?.close()
    })

    it('report, inbox, read and close through the API; bad input is a 400 in Swedish', async () => {
      const { reporter, manager, security, draft } = await unit()
      const asReporter = await loginAs(app, reporter.username)
      const cats = await app.inject({
        method: 'GET',
        url: '/api/ai/incidents/categories',
        headers: asReporter,
      })
      expect(cats.json().categories).toContainEqual({ code: 'other', label: 'Annat' })
      const res = await app.inject({
        method: 'POST',
        url: '/api/ai/incidents',
        headers: asReporter,
        payload: { draftId: draft.id, category: 'misuse', description: 'Fel användning.' },
      })
      expect(res.statusCode).toBe(201)
      const body = res.json()
      expect(body.incident).toMatchObject({
        category: 'misuse',
        categoryLabel: 'Otillåten användning',
        status: 'open',
        reportedBy: { id: reporter.id },
      })
      expect(body.notified).toContainEqual({
        recipient: { id: manager.id, name: manager.displayName },
        reason: 'lineManager',
        reasonLabel: 'närmaste chef',
      })
      expect(body.unreached).toEqual([])

      const asManager = await loginAs(app, manager.username)
      const inbox = await app.inject({
        method: 'GET',
        url: '/api/ai/incidents/inbox?unread=true',
        headers: asManager,
      })
      expect(inbox.statusCode).toBe(200)
      const [entry] = inbox.json().entries
      expect(entry).toMatchObject({ reason: 'lineManager', readAt: null })
      expect(entry.incident.id).toBe(body.incident.id)
      const read = await app.inject({
        method: 'POST',
        url: `/api/ai/incidents/notifications/${entry.notificationId}/read`,
        headers: asManager,
      })
      expect(read.statusCode).toBe(200)
      expect(read.json().readAt).toEqual(expect.any(String))

      const notMine = await app.inject({
        method: 'POST',
        url: `/api/ai/incidents/${body.incident.id}/close`,
        headers: asManager,
        payload: { resolution: 'Klart.' },
      })
      expect(notMine.statusCode).toBe(403)
      const asSecurity = await loginAs(app, security.username)
      const closed = await app.inject({
        method: 'POST',
        url: `/api/ai/incidents/${body.incident.id}/close`,
        headers: asSecurity,
        payload: { resolution: 'Utrett med användaren.' },
      })
      expect(closed.statusCode).toBe(200)
      expect(closed.json()).toMatchObject({
        status: 'closed',
        resolution: 'Utrett med användaren.',
        closedBy: { id: security.id },
      })
      expect(closed.json().notifications).toHaveLength(4)

      const bad = [
        { category: 'misuse', description: 'x' },
        { draftId: draft.id, category: 'misuse' },
        { draftId: draft.id, category: 'misuse', description: 'x', extra: 1 },
        { logSeq: 'tio', category: 'misuse', description: 'x' },
        { logSeq: 0, category: 'misuse', description: 'x' },
      ]
      for (const payload of bad) {
        const r = await app.inject({
          method: 'POST',
          url: '/api/ai/incidents',
          headers: asReporter,
          payload,
        })
        expect(r.statusCode, JSON.stringify(payload)).toBe(400)
        expect(r.json().error.code).not.toBe('internal')
        expect(r.json().error.message).toMatch(/^[A-ZÅÄÖ].+\./)
      }
      const missing = await app.inject({
        method: 'POST',
        url: '/api/ai/incidents/notifications/00000000-0000-4000-8000-000000000000/read',
        headers: asReporter,
      })
      expect(missing.statusCode).toBe(404)
      expect((await app.inject({ method: 'GET', url: '/api/ai/incidents/inbox' })).statusCode).toBe(
        401,
      )
    })
  })
})
