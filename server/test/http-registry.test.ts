import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { newWorld, testDeps, type World } from './support/builders.js'
import { loginAs, testApp } from './support/http.js'

function multipart(
  data: unknown,
  files: { name: string; content: string | Buffer; type?: string }[],
) {
  const boundary = '----kansli' + Math.random().toString(16).slice(2)
  const parts: Buffer[] = []
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify(data)}\r\n`,
    ),
  )
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'text/plain'}\r\n\r\n`,
      ),
    )
    parts.push(Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content))
    parts.push(Buffer.from('\r\n'))
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

describe.each(ENGINES)('HTTP API on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let app: FastifyInstance
  let w: World
  let registrar: Awaited<ReturnType<World['user']>>
  let auth: Record<string, string>

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    w = await newWorld(deps)
    registrar = await w.user('registrar')
    app = await testApp(deps)
    auth = await loginAs(app, registrar.username)
  })
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  const count = async (table: 'documents' | 'cases' | 'document_files' | 'audit_events') =>
    Number(
      (
        await deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  it('answers health with version and engine', async () => {
    const res = await app.inject('/api/health')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'ok', version: 'test', database: engine })
  })

  it('registers with a file upload and serves the verified file back', async () => {
    const body = multipart(
      {
        newCase: { seriesPrefix: 'KS', title: 'Yttrande över detaljplan för kv Tallen' },
        direction: 'incoming',
        documentDate: '2025-12-05',
        counterpartName: 'Samhällsbyggnadsnämnden',
        description: 'Remiss av detaljplaneförslag',
      },
      [{ name: 'remiss åäö.txt', content: 'Planförslaget gäller kvarteret Tallen' }],
    )
    const res = await app.inject({
      method: 'POST',
      url: '/api/documents/upload',
      ...body,
      headers: { ...body.headers, ...auth },
    })
    expect(res.statusCode).toBe(201)
    const doc = res.json().document
    expect(doc.registrationNumber).toMatch(/^KS-\d{4}-\d{5}-1$/)
    const file = await app.inject({ url: doc.files[0].url, headers: auth })
    expect(file.statusCode).toBe(200)
    expect(file.body).toBe('Planförslaget gäller kvarteret Tallen')
    expect(file.headers['content-disposition']).toContain(
      "filename*=UTF-8''remiss%20%C3%A5%C3%A4%C3%B6.txt",
    )
  })

  it('finds a misspelled word and says what it searched for instead', async () => {
    const res = await app.inject('/api/public/search?q=detaljplna')
    expect(res.statusCode).toBe(200)
    expect(res.json().total).toBeGreaterThan(0)
    expect(res.json().corrections).toEqual([
      expect.objectContaining({
        word: 'detaljplna',
        suggestions: expect.arrayContaining(['detaljplan']),
      }),
    ])
  })

  it('requires login to register, and the CSRF token with a session', async () => {
    const payload = {
      caseId: null,
      newCase: { seriesPrefix: 'KS', title: 'x' },
      direction: 'drawnUp',
      documentDate: '2025-12-01',
      description: 'x',
    }
    const anon = await app.inject({ method: 'POST', url: '/api/documents', payload })
    expect(anon.statusCode).toBe(401)
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload,
      headers: { cookie: auth.cookie! },
    })
    expect(noCsrf.statusCode).toBe(403)
    expect(noCsrf.json().error.code).toBe('csrf')
  })

  it('forbids members from the internal registry', async () => {
    const member = await w.user('member')
    const h = await loginAs(app, member.username)
    const res = await app.inject({ url: '/api/cases', headers: h })
    expect(res.statusCode).toBe(403)
    expect(res.json().error.message).toMatch(/behörighet/)
  })

  it('limits failed logins', async () => {
    const u = await w.user('caseOfficer')
    let last = 0
    for (let i = 0; i < 11; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: u.username, password: 'fel-lösenord-123' },
        remoteAddress: '10.0.0.9',
      })
      last = res.statusCode
    }
    expect(last).toBe(429)
    const right = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: 'korrekt-häst-batteri' },
    })
    expect(right.statusCode).toBe(429)
  })

  const bad: Array<[string, { method: 'GET' | 'POST'; url: string; payload?: unknown }, number]> = [
    [
      'wrong types',
      {
        method: 'POST',
        url: '/api/documents',
        payload: { direction: 5, documentDate: [], description: {} },
      },
      400,
    ],
    ['missing fields', { method: 'POST', url: '/api/documents', payload: {} }, 400],
    [
      'huge strings',
      {
        method: 'POST',
        url: '/api/documents',
        payload: {
          newCase: { seriesPrefix: 'KS', title: 'x'.repeat(100_000) },
          direction: 'drawnUp',
          documentDate: '2025-12-01',
          description: 'x',
        },
      },
      400,
    ],
    [
      'unknown field',
      {
        method: 'POST',
        url: '/api/documents',
        payload: {
          newCase: { seriesPrefix: 'KS', title: 't' },
          direction: 'drawnUp',
          documentDate: '2025-12-01',
          description: 'x',
          evil: 1,
        },
      },
      400,
    ],
    [
      'invalid personnummer',
      {
        method: 'POST',
        url: '/api/documents',
        payload: {
          newCase: { seriesPrefix: 'KS', title: 't' },
          direction: 'incoming',
          documentDate: '2025-12-01',
          description: 'x',
          counterpartName: 'Anna',
          counterpartKind: 'person',
          counterpartIdNumber: '19900101-0018',
        },
      },
      400,
    ],
    [
      'impossible date',
      {
        method: 'POST',
        url: '/api/documents',
        payload: {
          newCase: { seriesPrefix: 'KS', title: 't' },
          direction: 'drawnUp',
          documentDate: '2025-02-30',
          description: 'x',
        },
      },
      400,
    ],
    [
      'unknown series',
      {
        method: 'POST',
        url: '/api/documents',
        payload: {
          newCase: { seriesPrefix: 'ZZ', title: 't' },
          direction: 'drawnUp',
          documentDate: '2025-12-01',
          description: 'x',
        },
      },
      400,
    ],
    [
      'unknown case id',
      {
        method: 'POST',
        url: '/api/documents',
        payload: {
          caseId: '7d0c6a4e-1c1b-4f7e-9d55-0d5f3c1a9b11',
          direction: 'drawnUp',
          documentDate: '2025-12-01',
          description: 'x',
        },
      },
      404,
    ],
    [
      'malformed case id',
      {
        method: 'POST',
        url: '/api/documents',
        payload: {
          caseId: "' or 1=1 --",
          direction: 'drawnUp',
          documentDate: '2025-12-01',
          description: 'x',
        },
      },
      400,
    ],
    [
      'path trick in base64 file name',
      {
        method: 'POST',
        url: '/api/documents',
        payload: {
          newCase: { seriesPrefix: 'KS', title: 't' },
          direction: 'drawnUp',
          documentDate: '2025-12-01',
          description: 'x',
          files: [{ fileName: '../../etc/passwd', contentBase64: 'aGVq' }],
        },
      },
      400,
    ],
    [
      'bad base64',
      {
        method: 'POST',
        url: '/api/documents',
        payload: {
          newCase: { seriesPrefix: 'KS', title: 't' },
          direction: 'drawnUp',
          documentDate: '2025-12-01',
          description: 'x',
          files: [{ fileName: 'a.txt', contentBase64: '!!!' }],
        },
      },
      400,
    ],
    [
      'bad secrecy ground',
      {
        method: 'POST',
        url: '/api/documents',
        payload: {
          newCase: { seriesPrefix: 'KS', title: 't' },
          direction: 'drawnUp',
          documentDate: '2025-12-01',
          description: 'x',
          confidentiality: { ground: 'hemligt' },
        },
      },
      400,
    ],
    ['unknown case', { method: 'GET', url: '/api/cases/KS-1999-99999' }, 404],
    [
      'unknown case uuid',
      { method: 'GET', url: '/api/cases/7d0c6a4e-1c1b-4f7e-9d55-0d5f3c1a9b11' },
      404,
    ],
    [
      'unknown file',
      {
        method: 'GET',
        url: '/api/documents/7d0c6a4e-1c1b-4f7e-9d55-0d5f3c1a9b11/files/7d0c6a4e-1c1b-4f7e-9d55-0d5f3c1a9b11',
      },
      404,
    ],
    ['garbage file ids', { method: 'GET', url: '/api/documents/..%2F..%2Fetc/files/passwd' }, 404],
    [
      'bad status',
      {
        method: 'POST',
        url: '/api/cases/7d0c6a4e-1c1b-4f7e-9d55-0d5f3c1a9b11/status',
        payload: { status: 'deleted' },
      },
      400,
    ],
    [
      'status of unknown case',
      {
        method: 'POST',
        url: '/api/cases/7d0c6a4e-1c1b-4f7e-9d55-0d5f3c1a9b11/status',
        payload: { status: 'closed' },
      },
      404,
    ],
    ['search page out of range', { method: 'GET', url: '/api/search?page=0' }, 400],
    ['search with bad date', { method: 'GET', url: '/api/search?dateFrom=igår' }, 400],
    ['search with bad year', { method: 'GET', url: '/api/search?year=abc' }, 400],
    ['search with huge query', { method: 'GET', url: `/api/search?q=${'a'.repeat(600)}` }, 400],
    ['public search unknown param', { method: 'GET', url: '/api/public/search?evil=1' }, 400],
    ['NUL in a path', { method: 'GET', url: '/api/public/cases/%00%00' }, 400],
    [
      'NUL in a body',
      {
        method: 'POST',
        url: '/api/documents',
        payload: {
          newCase: { seriesPrefix: 'KS', title: 'a\u0000b' },
          direction: 'drawnUp',
          documentDate: '2025-12-01',
          description: 'x',
        },
      },
      400,
    ],
    ['public case unknown', { method: 'GET', url: '/api/public/cases/KS-2000-00001' }, 404],
    [
      'create user bad roles',
      {
        method: 'POST',
        url: '/api/users',
        payload: { username: 'x', displayName: 'X', password: 'kort', roles: ['god'] },
      },
      400,
    ],
    ['unknown route', { method: 'GET', url: '/api/nothing-here' }, 404],
  ]

  it.each(bad)('answers %s with a clear 4xx and stores nothing', async (_name, req, status) => {
    const before = await Promise.all([count('documents'), count('cases'), count('document_files')])
    const res = await app.inject({ ...req, payload: req.payload as never, headers: auth })
    expect(res.statusCode).toBe(status)
    const body = res.json()
    expect(body.error.code).toEqual(expect.any(String))
    expect(body.error.message).toMatch(/[a-zåäö]/i)
    const after = await Promise.all([count('documents'), count('cases'), count('document_files')])
    expect(after).toEqual(before)
  })

  it("reports the new case's problems together with the document's, under the names sent", async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: auth,
      payload: {
        newCase: { seriesPrefix: 'KS', title: ' ' },
        direction: 'incoming',
        documentDate: '2025-12-01',
        description: '',
      },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      'counterpartName',
      'description',
      'newCase.title',
    ])
    const unknownSeries = await app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: auth,
      payload: {
        newCase: { seriesPrefix: 'QQ', title: 'Ärende' },
        direction: 'drawnUp',
        documentDate: '2025-12-01',
        description: 'x',
      },
    })
    expect(unknownSeries.json().error.fields).toEqual([
      { field: 'newCase.seriesPrefix', message: 'Det finns ingen diarieserie QQ.' },
    ])
  })

  it('logs a case opened by a registration as case.create, and names people on the case page', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: auth,
      payload: {
        newCase: { seriesPrefix: 'KS', title: 'Ärende med historik', caseOfficerId: registrar.id },
        direction: 'drawnUp',
        documentDate: '2025-12-01',
        description: 'PM',
      },
    })
    const caseId = res.json().case.id
    const history = await app.inject({ url: `/api/cases/${caseId}/history`, headers: auth })
    expect(
      history
        .json()
        .events.map((e: { action: string }) => e.action)
        .sort(),
    ).toEqual(['case.create', 'document.register'])
    const page = await app.inject({ url: `/api/cases/${caseId}`, headers: auth })
    expect(page.json()).toMatchObject({
      seriesPrefix: 'KS',
      caseOfficerName: registrar.displayName,
      committeeName: 'Kommunstyrelsen',
    })
    expect(page.json().documents[0].registeredByName).toBe(registrar.displayName)
  })

  it('rejects malformed JSON and a path-trick file name in a multipart upload', async () => {
    const broken = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: '{"direction":',
      headers: { ...auth, 'content-type': 'application/json' },
    })
    expect(broken.statusCode).toBe(400)
    const before = await count('documents')
    const body = multipart(
      {
        newCase: { seriesPrefix: 'KS', title: 'Trick' },
        direction: 'drawnUp',
        documentDate: '2025-12-01',
        description: 'x',
      },
      [{ name: '..\\..\\windows\\win.ini', content: 'x' }],
    )
    const res = await app.inject({
      method: 'POST',
      url: '/api/documents/upload',
      ...body,
      headers: { ...body.headers, ...auth },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields[0].field).toBe('files[0]')
    expect(await count('documents')).toBe(before)
  })

  it('shows the public a protected sender only as "Sekretess"', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: auth,
      payload: {
        newCase: { seriesPrefix: 'KS', title: 'Ansökan om bidrag' },
        direction: 'incoming',
        documentDate: '2025-12-01',
        counterpartName: 'Kristina Testsson',
        counterpartKind: 'person',
        counterpartIdNumber: '900101-0017',
        description: 'Ansökan om föreningsbidrag',
        confidentiality: { ground: 'OSL 26:1', protectCounterpart: true },
        files: [
          {
            fileName: 'ansokan.txt',
            contentBase64: Buffer.from('Hemlig bilaga').toString('base64'),
          },
        ],
      },
    })
    expect(res.statusCode).toBe(201)
    const caseNumber = res.json().case.caseNumber
    const pub = await app.inject(`/api/public/cases/${caseNumber}`)
    expect(pub.statusCode).toBe(200)
    expect(pub.body).not.toContain('Kristina')
    expect(pub.body).not.toContain('19900101')
    expect(pub.json().documents[0].counterpartName).toBe('Sekretess enligt OSL 26:1')
    expect(pub.json().documents[0].files).toEqual([])
    const search = await app.inject('/api/public/search?q=Kristina')
    expect(search.json().total).toBe(0)
  })
})
