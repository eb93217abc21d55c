import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { testDeps } from './support/builders.js'
import { linkedUser, pdfsigBlocks, withSigning } from './support/signatures.js'
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
    deps = withSigning(testDeps(database))
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

  it('sends the minutes for attestation, lets each signer sign only their own signature, and attests', async () => {
    const k = await holdKalmarMeeting(deps)
    const staff = await loginAs(app, k.secretary.username)
    const url = `/api/meetings/${k.meetingId}/minutes`
    const chair = await linkedUser(deps, k.w, k.ksau.seats.get('Erik Ciardi')!, 'Erik Ciardi')
    const attester = await linkedUser(
      deps,
      k.w,
      k.ksau.seats.get('Dzenita Abaza')!,
      'Dzenita Abaza',
    )
    const member = await linkedUser(
      deps,
      k.w,
      k.ksau.seats.get('Liselotte Ross')!,
      'Liselotte Ross',
    )
    const [asChair, asAttester, asMember] = await Promise.all(
      [chair, attester, member].map((u) => loginAs(app, u.username)),
    )
    const post = (path: string, headers: Record<string, string>, payload: object = {}) =>
      app.inject({ method: 'POST', url: `${url}${path}`, headers, payload })

    expect((await post('/finalise', asChair)).statusCode).toBe(403)
    const fixed = await post('/finalise', staff, { storedAt: 'Kommunledningskontoret' })
    expect(fixed.statusCode).toBe(200)
    expect(fixed.json()).toMatchObject({
      stage: 'awaitingSignatures',
      stageLabel: 'skickat för justering',
    })
    const again = await post('/finalise', staff)
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('minutes_finalised')

    const refused = await post('/signatures', asMember)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error.message).toBe(
      'Du är inte ordförande eller justerare för det här protokollet.',
    )
    const first = await post('/signatures', asChair)
    expect(first.statusCode).toBe(200)
    expect(first.json()).toMatchObject({ attested: false })
    const second = await post('/signatures', asAttester)
    expect(second.json()).toMatchObject({
      attested: true,
      registration: { status: 'registered' },
      minutes: { stage: 'attested', attestation: { status: 'attested' } },
    })
    const pdf = await app.inject({ method: 'GET', url: `${url}.pdf`, headers: asMember })
    const path = files.save('http-signed.pdf', pdf.rawPayload)
    const blocks = pdfsigBlocks(path)
    expect(blocks.map((b) => /Common Name: (.+)/.exec(b)?.[1])).toEqual([
      'Erik Ciardi',
      'Dzenita Abaza',
    ])
    expect(blocks.every((b) => b.includes('Signature is Valid.'))).toBe(true)
    const html = await app.inject({ method: 'GET', url: `${url}.html`, headers: asMember })
    expect(html.body).toContain('Förvaringsplats för protokollet')
    expect(html.body).toContain('Kommunledningskontoret')
    const edit = await app.inject({
      method: 'PUT',
      url: `${url}/sections/${k.items[0]!.id}`,
      headers: staff,
      payload: { background: 'Ändring i efterhand.' },
    })
    expect(edit.statusCode).toBe(409)
    expect(edit.json().error).toMatchObject({
      code: 'minutes_attested',
      message:
        'Protokollet är justerat och kan inte ändras. En rättelse görs som en ny, registrerad handling.',
    })
  })
})
