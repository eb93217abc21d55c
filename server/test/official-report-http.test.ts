import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { newWorld, testDeps, type World } from './support/builders.js'
import { loginAs, testApp } from './support/http.js'
import { kalixCase } from './support/delegation-builders.js'
import { namedUser } from './support/meeting-builders.js'

describe.each(ENGINES)('official reports API on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let app: FastifyInstance
  let w: World
  let caseId: string
  let officer: Record<string, string>
  let member: Record<string, string>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    w = await newWorld(deps)
    app = await testApp(deps)
    caseId = (await kalixCase(deps, w, 'KS-2025-00461', 'Uppföljning - ANDTS-plan 2025')).id
    const malin = await namedUser(deps, w, 'malin', 'Malin Åberg', 'caseOfficer')
    officer = await loginAs(app, malin.username)
    const m = await namedUser(deps, w, 'susanne', 'Susanne Andersson', 'member')
    member = await loginAs(app, m.username)
  })
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  // The seed's report of 2025-11-13 on the ANDTS plan, shortened.
  const andts = () => ({
    committeeId: w.committeeId,
    title:
      'Uppföljning av ANDTS-plan (alkohol, narkotika, doping, tobak och spel) för Kalix kommun',
    reportDate: '2025-11-13',
    department: 'Kommunledningsförvaltningen',
    proposedDecision: 'Kommunstyrelsen godkänner uppföljningen av ANDTS-plan för Kalix kommun.',
    description:
      'Kommunfullmäktige beslutade den 29 november 2021 att anta en kommunövergripande handlingsplan i ANDTS.',
    summary:
      'Särskilt prioriterade mål är:\n- Att alla barn ska ha en drogfri uppväxtmiljö\n- Att skjuta upp alkoholdebuten',
    equalityAnalysis: 'Insatser behöver därför vara könsmedvetna, inte könsneutrala.',
    signature: {
      name: 'Malin Åberg',
      title: 'Trygghets- och preventionssamordnare',
      phone: '0730437612',
      email: 'malin.aberg@kalix.se',
    },
  })

  it('writes, saves, finalises and lists a report; the case shows it as a drawn-up document', async () => {
    const created = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/official-reports`,
      headers: officer,
      payload: andts(),
    })
    expect(created.statusCode, created.body).toBe(201)
    const report = created.json()
    expect(report).toMatchObject({
      status: 'draft',
      caseNumber: 'KS-2025-00461',
      summary: [
        'Särskilt prioriterade mål är:',
        { list: ['Att alla barn ska ha en drogfri uppväxtmiljö', 'Att skjuta upp alkoholdebuten'] },
      ],
    })
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/official-reports/${report.id}`,
      headers: officer,
      payload: {
        ...andts(),
        childRightsAnalysis: 'Barnets bästa ska alltid stå i fokus enligt barnkonventionen.',
      },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const preview = await app.inject({
      url: `/api/official-reports/${report.id}/html`,
      headers: officer,
    })
    expect(preview.headers['content-type']).toContain('text/html')
    expect(preview.body).toContain('Utkast – inte registrerat')

    const final = await app.inject({
      method: 'POST',
      url: `/api/official-reports/${report.id}/finalise`,
      headers: officer,
    })
    expect(final.statusCode, final.body).toBe(200)
    expect(final.json()).toMatchObject({
      status: 'final',
      statusLabel: 'registrerad',
      registrationNumber: 'KS-2025-00461-1',
    })
    const again = await app.inject({
      method: 'PUT',
      url: `/api/official-reports/${report.id}`,
      headers: officer,
      payload: andts(),
    })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('official_report_final')

    const theCase = await app.inject({ url: `/api/cases/${caseId}`, headers: officer })
    const docs = theCase.json().documents as { registrationNumber: string; direction: string }[]
    expect(docs.map((d) => [d.registrationNumber, d.direction])).toEqual([
      ['KS-2025-00461-1', 'drawnUp'],
    ])
    const list = await app.inject({
      url: `/api/cases/${caseId}/official-reports`,
      headers: officer,
    })
    expect(list.json().reports.map((r: { status: string }) => r.status)).toEqual(['final'])
  })

  it('answers bad input with Swedish field errors and changes nothing', async () => {
    const before = await app.inject({
      url: `/api/cases/${caseId}/official-reports`,
      headers: officer,
    })
    const bad = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/official-reports`,
      headers: officer,
      payload: {
        ...andts(),
        signature: { name: 'Malin Åberg', title: 'Samordnare', email: 'malin' },
      },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toMatchObject({
      code: 'validation_failed',
      fields: [
        {
          field: 'signature.email',
          message: 'Ange en e-postadress, t.ex. fornamn.efternamn@kommun.se.',
        },
      ],
    })
    const unknownField = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/official-reports`,
      headers: officer,
      payload: { ...andts(), signedOff: true },
    })
    expect(unknownField.statusCode).toBe(400)
    const noCase = await app.inject({
      method: 'POST',
      url: '/api/cases/00000000-0000-0000-0000-000000000000/official-reports',
      headers: officer,
      payload: andts(),
    })
    expect(noCase.statusCode).toBe(404)
    const after = await app.inject({
      url: `/api/cases/${caseId}/official-reports`,
      headers: officer,
    })
    expect(after.json().reports).toHaveLength(before.json().reports.length)
  })

  it('does not let a member write or read a report', async () => {
    const denied = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/official-reports`,
      headers: member,
      payload: andts(),
    })
    expect(denied.statusCode).toBe(403)
    expect(denied.json().error.message).toBe('Du har inte behörighet att skriva tjänsteskrivelser.')
    const list = await app.inject({ url: `/api/cases/${caseId}/official-reports`, headers: member })
    expect(list.statusCode).toBe(403)
    const anonymous = await app.inject({ url: `/api/cases/${caseId}/official-reports` })
    expect(anonymous.statusCode).toBe(403)
  })
})
