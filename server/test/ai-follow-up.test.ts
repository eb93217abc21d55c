import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderAiFollowUpHtml } from '../src/render/ai-follow-up-html.js'
import { renderAiFollowUpPdf } from '../src/render/ai-follow-up-pdf.js'
import { followUpTitle, type AiFollowUpView } from '../src/render/ai-follow-up-view.js'
import { applyDraft } from '../src/services/ai/apply-draft.js'
import { aiFollowUp } from '../src/services/ai/follow-up.js'
import { closeIncident, reportIncident } from '../src/services/ai/incidents.js'
import { approveDraft, rejectDraft } from '../src/services/ai/review-draft.js'
import type { Deps } from '../src/services/context.js'
import { createCase } from '../src/services/registry/create-case.js'
import {
  aiCall,
  aiDraft,
  aiService,
  sortSuggestionLogged,
  trainUser,
  trainedUser,
} from './support/ai-builders.js'
import { fixedCtx, newWorld, testDeps, type World } from './support/builders.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { loginAs, testApp } from './support/http.js'
import {
  expectArchivalPdf,
  expectInOrder,
  flatText,
  pdfDir,
  requirePdfTools,
} from './support/pdf-tools.js'

const DEC_15 = fixedCtx('2025-12-15T10:00:00+01:00')
const FEB_2026 = fixedCtx('2026-02-02T09:00:00+01:00')

async function rejection(p: Promise<unknown>) {
  try {
    await p
  } catch (err) {
    return err as Error & { code?: string; fields?: { field: string }[] }
  }
  throw new Error('expected a rejection')
}

describe.each(ENGINES)('the yearly AI follow-up on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let files: ReturnType<typeof pdfDir>
  beforeAll(async () => {
    requirePdfTools()
    files = pdfDir()
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => {
    files.cleanup()
    await database?.close()
  })

  /**
   * A year of AI use: two services, calls inside 2025 and just outside it, drafts approved,
   * rejected and left, incidents open and closed, staff with and without a valid training.
   */
  async function yearOfUse(): Promise<{ w: World; security: Awaited<ReturnType<World['user']>> }> {
    const w = await newWorld(deps)
    const officer = await trainedUser(deps, w, 'caseOfficer')
    const registrar = await trainedUser(deps, w, 'registrar')
    await w.user('secretary') // staff without a training
    const lapsed = await w.user('caseOfficer')
    await trainUser(deps, w, lapsed.id, '2024-11-01') // valid until 2025-10-31
    await w.user('member') // elected, not staff: not counted
    const security = await trainedUser(deps, w, 'securityOfficer')
    const it = await w.user('itUnit') // staff without a training
    const a = await aiService(deps, w, 'Kommunens språkmodell')
    const b = await aiService(deps, w, 'Översättningstjänst')
    const c = await createCase(deps, DEC_15, w.system, {
      seriesPrefix: w.series,
      title: 'Bidrag 2026',
      caseOfficerId: officer.id,
    })

    const at = (iso: string) => new Date(iso)
    // Outside 2025, on either side of the year's edges in Swedish time.
    await aiCall(deps, w, { actor: officer, serviceId: a.id, at: at('2024-12-31T23:59:00+01:00') })
    await aiCall(deps, w, { actor: officer, serviceId: a.id, at: at('2026-01-01T00:00:00+01:00') })
    // Inside: the first minute and the last.
    await aiCall(deps, w, {
      actor: officer,
      serviceId: a.id,
      decision: 'BLOCK',
      findings: { personnummer: 1, sensitive: 2 },
      at: at('2025-01-01T00:00:00+01:00'),
    })
    await aiCall(deps, w, {
      actor: registrar,
      serviceId: b.id,
      purpose: 'Utkast till tjänsteskrivelse',
      decision: 'ALLOW',
      at: at('2025-12-31T23:59:59+01:00'),
    })
    // Passed the guard, but the service did not answer.
    await aiCall(deps, w, {
      actor: registrar,
      serviceId: b.id,
      purpose: 'Utkast till tjänsteskrivelse',
      decision: 'ALLOW',
      outcome: 'error',
      at: at('2025-06-01T12:00:00+02:00'),
    })
    // Two ärendesortering suggestions in 2025 and one in 2024: the local model, no service.
    await sortSuggestionLogged(deps, w, { actor: registrar, at: at('2025-03-03T10:00:00+01:00') })
    await sortSuggestionLogged(deps, w, { actor: registrar, at: at('2025-03-04T10:00:00+01:00') })
    await sortSuggestionLogged(deps, w, { actor: registrar, at: at('2024-12-30T10:00:00+01:00') })
    const approved = await aiDraft(deps, w, {
      createdBy: officer,
      serviceId: a.id,
      caseId: c.id,
      findings: { name: 2, personnummer: 1 },
    })
    const rejected = await aiDraft(deps, w, { createdBy: officer, serviceId: a.id, caseId: c.id })
    await aiDraft(deps, w, { createdBy: officer, serviceId: a.id, caseId: c.id })
    await approveDraft(deps, DEC_15, officer, {
      draftId: approved.id,
      finalText: 'En kortare sammanfattning.',
    })
    await applyDraft(deps, DEC_15, officer, approved.id)
    await rejectDraft(deps, DEC_15, registrar, { draftId: rejected.id, note: 'Fel.' })
    const leak = await reportIncident(deps, DEC_15, officer, {
      draftId: rejected.id,
      category: 'personalData',
      description: 'Ett namn fanns kvar.',
    })
    await reportIncident(deps, DEC_15, it, {
      logSeq: Number(approved.log_seq),
      category: 'other',
      description: 'Långsamt svar.',
    })
    await closeIncident(deps, DEC_15, security, {
      incidentId: leak.incident.id,
      resolution: 'Utrett.',
    })
    return { w, security }
  }

  function expectFigures(v: AiFollowUpView) {
    expect(v).toMatchObject({
      year: 2025,
      period: { from: '2025-01-01', to: '2025-12-31' },
      totals: { calls: 8, blocked: 1, redacted: 3, allowed: 2, failed: 1, users: 2 },
      drafts: {
        created: 3,
        approved: 1,
        approvedEdited: 1,
        rejected: 1,
        selfReviewed: 1,
        applied: 1,
        unreviewed: 1,
      },
      incidents: {
        reported: 2,
        open: 1,
        closed: 1,
        byCategory: [
          {
            category: 'personalData',
            label: 'Personuppgifter eller sekretessbelagda uppgifter läckte',
            open: 0,
            closed: 1,
          },
          { category: 'other', label: 'Annat', open: 1, closed: 0 },
        ],
      },
      // officer, registrar, security trained; secretary, it and the lapsed officer not.
      training: { asOf: '2025-12-31', staff: 6, trained: 3, percent: 50 },
    })
    // By service name: the local model sorts before the language model.
    expect(v.usage).toEqual([
      {
        serviceId: null,
        service: 'Kommunens egen modell (lokal, ingen extern tjänst)',
        purpose: 'sorting',
        purposeLabel: 'Ärendesortering',
        calls: 2,
        blocked: 0,
        redacted: 0,
        allowed: 0,
        failed: 0,
      },
      {
        serviceId: expect.any(String),
        service: 'Kommunens språkmodell',
        purpose: 'Sammanfattning av ärende',
        purposeLabel: 'Sammanfattning av ärende',
        calls: 4,
        blocked: 1,
        redacted: 3,
        allowed: 0,
        failed: 0,
      },
      {
        serviceId: expect.any(String),
        service: 'Översättningstjänst',
        purpose: 'Utkast till tjänsteskrivelse',
        purposeLabel: 'Utkast till tjänsteskrivelse',
        calls: 2,
        blocked: 0,
        redacted: 0,
        allowed: 2,
        failed: 1,
      },
    ])
    // Three drafts' calls were redacted with { name: 1 } each, one with { name: 2, personnummer: 1 }.
    expect(v.findings).toEqual([
      { type: 'name', label: 'namn', blocked: 0, redacted: 4 },
      { type: 'sensitive', label: 'känslig personuppgift', blocked: 2, redacted: 0 },
      { type: 'personnummer', label: 'personnummer', blocked: 1, redacted: 1 },
    ])
  }

  it('computes use, blocks and redactions, reviews, incidents and training coverage from the log and the tables', async () => {
    const { w, security } = await yearOfUse()
    const v = await aiFollowUp(deps, FEB_2026, security, 2025)
    expectFigures(v)
    expect(v.municipality).toMatch(/^Testkommun/)
    expect(v.generatedOn).toBe('2026-02-02')

    // The year still running counts up to today, training on today.
    const now = await aiFollowUp(deps, DEC_15, security, 2025)
    expect(now.training.asOf).toBe('2025-12-15')
    const empty = await aiFollowUp(deps, FEB_2026, security, 2024)
    expect(empty.totals.calls).toBe(2)
    expect(empty.drafts.created).toBe(0)

    expect((await rejection(aiFollowUp(deps, FEB_2026, security, 2027))).fields?.[0]?.field).toBe(
      'year',
    )
    const officer = await w.user('caseOfficer')
    expect((await rejection(aiFollowUp(deps, FEB_2026, officer, 2025))).code).toBe('forbidden')
  })

  it('renders the follow-up as accessible HTML and as PDF/A-2b with the same figures', async () => {
    const { security } = await yearOfUse()
    const v = await aiFollowUp(deps, FEB_2026, security, 2025)
    const html = renderAiFollowUpHtml(v)
    expect(html).toContain('<html lang="sv">')
    expect(html).toContain(`<h1>${followUpTitle(v)}</h1>`)
    expect(html).toContain('<th scope="row">Kommunens språkmodell</th>')
    expect(html).toContain('användes AI 8 gånger')
    expect(html).toContain('ärendesortering) av 2 personer')
    expect(html).toContain('3 av 6 (50 %)')

    const path = files.save('follow-up.pdf', await renderAiFollowUpPdf(v, { now: FEB_2026.now() }))
    expectArchivalPdf(path, 'Uppföljning av AI-användningen 2025', /^Testkommun/)
    const text = flatText(path)
    expectInOrder(text, [
      'Uppföljning av AI-användningen 2025',
      'Sammanfattning',
      'Användning per tjänst och ändamål',
      'Kommunens egen modell',
      'Ärendesortering 2 0 0 0 0',
      'Kommunens språkmodell Sammanfattning av ärende 4 1 3 0 0',
      'Översättningstjänst Utkast till tjänsteskrivelse 2 0 0 2 1',
      'Totalt 8 1 3 2 1',
      'Stoppade och maskerade anrop',
      'namn 0 4',
      'Granskning av AI-utkast',
      'Ännu inte granskade 1',
      'Incidenter',
      'Annat 1 0',
      'Utbildning',
      '3 av 6 (50 %)',
    ])
  })

  describe('over HTTP', () => {
    let app: FastifyInstance
    beforeAll(async () => {
      app = await testApp(deps)
    })
    afterAll(async () => {
      await app?.close()
    })

    it('serves 2025.json, .html and .pdf to the security officer; others and bad names are refused', async () => {
      const { w, security } = await yearOfUse()
      const headers = await loginAs(app, security.username)
      const json = await app.inject({ method: 'GET', url: '/api/ai/follow-up/2025.json', headers })
      expect(json.statusCode).toBe(200)
      expectFigures(json.json() as AiFollowUpView)
      const html = await app.inject({ method: 'GET', url: '/api/ai/follow-up/2025.html', headers })
      expect(html.headers['content-type']).toContain('text/html')
      expect(html.body).toContain('Granskning av AI-utkast')
      const pdf = await app.inject({ method: 'GET', url: '/api/ai/follow-up/2025.pdf', headers })
      expect(pdf.headers['content-type']).toBe('application/pdf')
      const path = files.save('http.pdf', pdf.rawPayload)
      expectArchivalPdf(path, 'Uppföljning av AI-användningen 2025', /^Testkommun/)

      for (const url of ['/api/ai/follow-up/2025.docx', '/api/ai/follow-up/tjugo.json']) {
        const r = await app.inject({ method: 'GET', url, headers })
        expect(r.statusCode, url).toBe(400)
        expect(r.json().error.message).toBe('Uppgifterna är inte giltiga.')
      }
      const future = await app.inject({
        method: 'GET',
        url: '/api/ai/follow-up/2999.json',
        headers,
      })
      expect(future.statusCode).toBe(400)
      expect(future.json().error.fields[0].field).toBe('year')
      const officer = await w.user('caseOfficer')
      const denied = await app.inject({
        method: 'GET',
        url: '/api/ai/follow-up/2025.json',
        headers: await loginAs(app, officer.username),
      })
      expect(denied.statusCode).toBe(403)
    })
  })
})
