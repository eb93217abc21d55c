import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { createMeetingSchedule } from '../src/services/meetings/schedule-plan.js'
import { createCase } from '../src/services/registry/create-case.js'
import { createCommittee } from '../src/services/registry/municipality.service.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, liveCtx, newWorld, testDeps } from './support/builders.js'
import { loginAs, testApp } from './support/http.js'
import { namedUser } from './support/meeting-builders.js'
import {
  expectArchivalPdf,
  expectInOrder,
  flatText,
  pdfDir,
  requirePdfTools,
} from './support/pdf-tools.js'

const files = pdfDir()
beforeAll(requirePdfTools)
afterAll(files.cleanup)

describe.each(ENGINES)('the meeting plan as a document on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  it("prints the KS plan with its utskott's dates first, as Kalix adopts them in one decision", async () => {
    const w = await newWorld(deps)
    const secretary = await namedUser(deps, w, 'johanna', 'Johanna Granström', 'secretary')
    const ctx = fixedCtx('2025-11-10T10:00:00+01:00')
    const c = await createCase(deps, ctx, w.system, {
      seriesPrefix: 'KS',
      title: 'Sammanträdesplan 2026 - Kommunstyrelsen',
      importedNumber: { year: 2025, seq: 404 },
    })
    const au = await createCommittee(deps, liveCtx(), w.system, {
      name: 'Kommunstyrelsens arbets- och personalutskott',
      shortName: 'KSAU',
      kind: 'subcommittee',
      parentId: w.committeeId,
    })
    await createMeetingSchedule(deps, ctx, secretary, {
      committeeId: au.id,
      year: 2026,
      entries: [
        { meetsOn: '2026-01-19', startsAt: '08:30', place: 'Kalixälven, kommunhuset' },
        { meetsOn: '2026-02-16', startsAt: '08:30', place: 'Kalixälven, kommunhuset' },
      ],
    })
    await createMeetingSchedule(deps, ctx, secretary, {
      committeeId: w.committeeId,
      year: 2026,
      caseId: c.id,
      entries: [
        { meetsOn: '2026-03-02', startsAt: '09:00', place: 'Folkets hus, Bergön', note: 'Bokslut' },
        { meetsOn: '2026-02-02', startsAt: '09:00', place: 'Folkets hus, Bergön' },
      ],
    })
    const app = await testApp(deps)
    const headers = await loginAs(app, secretary.username)
    const pdf = await app.inject({
      method: 'GET',
      url: `/api/committees/${w.committeeId}/schedules/2026/plan.pdf`,
      headers,
    })
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    const path = files.save(`plan-${engine}.pdf`, pdf.rawPayload)
    expectArchivalPdf(path, 'Sammanträdesplan 2026 – Kommunstyrelsen', /^Testkommun /)
    expectInOrder(flatText(path), [
      'Sammanträdesplan 2026 – Kommunstyrelsen',
      'Dnr KS-2025-00404',
      'Kommunstyrelsens arbets- och personalutskott',
      '2026-01-19 måndag 08:30 Kalixälven, kommunhuset',
      '2026-02-16 måndag 08:30',
      'Kommunstyrelsen',
      '2026-02-02 måndag 09:00 Folkets hus, Bergön',
      '2026-03-02 måndag 09:00 Folkets hus, Bergön Bokslut',
    ])
    const html = await app.inject({
      method: 'GET',
      url: `/api/committees/${w.committeeId}/schedules/2026/plan.html`,
      headers,
    })
    expect(html.statusCode).toBe(200)
    expect(html.body).toContain(
      '<caption id="plan-0">Sammanträden 2026, kommunstyrelsens arbets- och personalutskott</caption>',
    )
    for (const url of [
      `/api/committees/${w.committeeId}/schedules/2027/plan.pdf`,
      `/api/committees/${w.committeeId}/schedules/år/plan.pdf`,
      '/api/committees/not-a-uuid/schedules/2026/plan.html',
    ]) {
      const res = await app.inject({ method: 'GET', url, headers })
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400)
      expect(res.statusCode, url).toBeLessThan(500)
    }
    const anonymous = await app.inject({
      method: 'GET',
      url: `/api/committees/${w.committeeId}/schedules/2026/plan.pdf`,
    })
    expect(anonymous.statusCode).toBe(401)
    await app.close()
  })
})
