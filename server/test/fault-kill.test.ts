import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { ENGINES } from './support/engines.js'
import { login, startServer, type RunningServer } from './support/server-process.js'

/**
 * kill -9 in the middle of a stream of registrations: after a restart every acknowledged
 * registration is there with its file, and the case numbers have no gaps.
 */
// Starts, kills and restarts real server processes: a ceiling above the project's 60 s.
describe.each(ENGINES)('kill -9 during registrations on %s', { timeout: 180_000 }, (engine) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kansli-fault-'))
  const password = 'fault-test-lösenord-1'
  let dbName: string | null = null
  let databaseUrl: string | undefined
  let server: RunningServer | null = null

  afterAll(async () => {
    server?.child.kill('SIGKILL')
    if (dbName) {
      const admin = new pg.Client({ connectionString: process.env.KANSLI_TEST_DATABASE_URL })
      await admin.connect()
      await admin.query(`drop database if exists ${dbName} with (force)`)
      await admin.end()
    }
  })

  it('keeps every acknowledged registration', async () => {
    if (engine === 'postgres') {
      dbName = `kansli_fault_${randomBytes(5).toString('hex')}`
      const admin = new pg.Client({ connectionString: process.env.KANSLI_TEST_DATABASE_URL })
      await admin.connect()
      await admin.query(`create database ${dbName}`)
      await admin.end()
      const u = new URL(process.env.KANSLI_TEST_DATABASE_URL!)
      u.pathname = `/${dbName}`
      databaseUrl = u.toString()
    }
    const env = {
      KANSLI_DATA_DIR: dataDir,
      KANSLI_DEMO: 'false',
      KANSLI_ADMIN_PASSWORD: password,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    }
    server = await startServer(env)
    const auth = await login(server.url, 'admin', password)
    const headers = { ...auth, 'content-type': 'application/json' }
    const series = await fetch(`${server.url}/api/series`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ prefix: 'KS', name: 'Kommunstyrelsen' }),
    })
    expect(series.status).toBe(201)

    const acked: { caseNumber: string; fileUrl: string; content: string }[] = []
    let stop = false
    const url = server.url
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const content = `Registrering ${w}-${i} ${randomBytes(8).toString('hex')}`
        try {
          const res = await fetch(`${url}/api/documents`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              newCase: { seriesPrefix: 'KS', title: `Medborgarförslag ${w}-${i}` },
              direction: 'incoming',
              documentDate: '2025-12-01',
              counterpartName: 'Medborgare',
              description: `Förslag ${w}-${i}`,
              files: [
                {
                  fileName: `forslag-${w}-${i}.txt`,
                  contentBase64: Buffer.from(content).toString('base64'),
                },
              ],
            }),
          })
          if (res.status !== 201) throw new Error(`status ${res.status}`)
          const body = (await res.json()) as {
            case: { caseNumber: string }
            document: { files: { url: string }[] }
          }
          acked.push({
            caseNumber: body.case.caseNumber,
            fileUrl: body.document.files[0]!.url,
            content,
          })
        } catch {
          return // the server is gone
        }
      }
    }
    const workers = [0, 1, 2, 3].map(worker)
    while (acked.length < 40) await new Promise((r) => setTimeout(r, 20))
    server.child.kill('SIGKILL')
    stop = true
    await Promise.all(workers)
    server = null

    server = await startServer(env)
    const auth2 = await login(server.url, 'admin', password)
    for (const a of acked) {
      const c = await fetch(`${server.url}/api/cases/${a.caseNumber}`, { headers: auth2 })
      expect(c.status, a.caseNumber).toBe(200)
      const f = await fetch(`${server.url}${a.fileUrl}`, { headers: auth2 })
      expect(f.status, a.fileUrl).toBe(200)
      expect(await f.text()).toBe(a.content)
    }
    const list = await fetch(`${server.url}/api/cases?pageSize=100`, { headers: auth2 })
    const numbers = ((await list.json()) as { cases: { caseNumber: string }[] }).cases
      .map((c) => Number(c.caseNumber.split('-')[2]))
      .sort((x, y) => x - y)
    expect(numbers.length).toBeGreaterThanOrEqual(acked.length)
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1))
    const verify = await fetch(`${server.url}/api/health`)
    expect(verify.status).toBe(200)
  })
})

describe('the embedded data directory', () => {
  it('refuses a second process at once with a clear message, and touches nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kansli-lock-'))
    const env = {
      KANSLI_DATA_DIR: dataDir,
      KANSLI_DEMO: 'false',
      KANSLI_ADMIN_PASSWORD: 'lås-test-lösenord-1',
    }
    const first = await startServer(env)
    try {
      const started = Date.now()
      const second = await startServer(env).then(
        () => 'started',
        (err: Error) => err.message,
      )
      expect(second).toMatch(/exited with 3/)
      expect(second).toMatch(/används redan av en annan Kansli-process/)
      expect(Date.now() - started).toBeLessThan(15_000)
      const health = await fetch(`${first.url}/api/health`)
      expect(health.status).toBe(200)
    } finally {
      first.child.kill('SIGKILL')
    }
  })
})
