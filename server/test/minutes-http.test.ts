import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { testDeps } from './support/builders.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { loginAs, testApp } from './support/http.js'
import { holdKalmarMeeting } from './support/kalmar-minutes-meeting.js'
import { namedUser } from './support/meeting-builders.js'
import { expectArchivalPdf, flatText, pdfDir, requirePdfTools } from './support/pdf-tools.js'

describe.each(ENGINES)('the minutes over HTTP on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let app: FastifyInstance
  const files = pdfDir()
  beforeAll(async () => {
    requirePdfTools()
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    app = await testApp(deps)
  })
  afterAll(async () => {
    files.cleanup()
    await app?.close()
    await database?.close()
  })

  it('serves the draft as JSON, HTML and PDF and takes the secretary’s text per §', async () => {
    const k = await holdKalmarMeeting(deps)
    const staff = await loginAs(app, k.secretary.username)
    const url = `/api/meetings/${k.meetingId}/minutes`
    const state = await app.inject({ method: 'GET', url, headers: staff })
    expect(state.statusCode).toBe(200)
    expect(state.json()).toMatchObject({
      stage: 'draft',
      stageLabel: 'under arbete',
      problems: [],
      attestation: { deadline: '2024-04-09', warningFrom: '2024-04-05' },
      signers: [
        { name: 'Erik Ciardi', role: 'chair', userLinked: false, signedAt: null },
        { name: 'Dzenita Abaza', role: 'attester', userLinked: false, signedAt: null },
      ],
    })
    expect(state.json().view.sections).toHaveLength(10)

    const item = k.items[2]!
    const bad = await app.inject({
      method: 'PUT',
      url: `${url}/sections/${item.id}`,
      headers: staff,
      payload: { confidentialityGround: 'hemligt', recipients: ['x'.repeat(301)] },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.code).toBe('validation_failed')
    const ok = await app.inject({
      method: 'PUT',
      url: `${url}/sections/${item.id}`,
      headers: staff,
      payload: { recipients: ['Kommunfullmäktige', 'Samtliga nämnder och bolag'] },
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.json().view.sections[2].recipients).toEqual([
      'Kommunfullmäktige',
      'Samtliga nämnder och bolag',
    ])
    // The other texts of the § stay as they were.
    expect(ok.json().view.sections[2].background).toHaveLength(2)

    const html = await app.inject({ method: 'GET', url: `${url}.html`, headers: staff })
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(html.body).toContain('<h1>Kommunstyrelsens arbetsutskott</h1>')
    expect(html.body).toContain('Utkast till protokoll, sammanträdesdatum 2024-03-26')
    const pdf = await app.inject({ method: 'GET', url: `${url}.pdf`, headers: staff })
    expect(pdf.headers['content-type']).toBe('application/pdf')
    const path = files.save('draft.pdf', pdf.rawPayload)
    expectArchivalPdf(
      path,
      'Utkast till protokoll – Kommunstyrelsens arbetsutskott 2024-03-26',
      /^Testkommun /,
    )
    expect(flatText(path)).toContain('Beslutet skickas till')

    // Someone outside the committee does not read its minutes; nobody unauthenticated either.
    const outsider = await namedUser(deps, k.w, 'utomstaende', 'Utomstående Person', 'member')
    const other = await loginAs(app, outsider.username)
    expect((await app.inject({ method: 'GET', url, headers: other })).statusCode).toBe(403)
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401)
    expect(
      (
        await app.inject({
          method: 'PUT',
          url: `${url}/sections/${item.id}`,
          headers: other,
          payload: {},
        })
      ).statusCode,
    ).toBe(403)
  })
})
