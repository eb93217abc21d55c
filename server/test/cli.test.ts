import { execFile } from 'node:child_process'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { openPGlite } from '../src/db/connection.js'
import { minimalPdf } from './support/minimal-pdf.js'

const run = promisify(execFile)
const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const dataDir = mkdtempSync(join(tmpdir(), 'kansli-cli-'))
const env = {
  ...process.env,
  KANSLI_DATA_DIR: dataDir,
  KANSLI_DEMO: 'true',
  KANSLI_ADMIN_PASSWORD: 'cli-test-lösenord-1',
  LOG_LEVEL: 'warn',
  DATABASE_URL: '',
}

async function kansli(
  ...args: string[]
): Promise<{ code: number; json: Record<string, unknown>; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [MAIN, ...args], {
      env,
      maxBuffer: 10_000_000,
    })
    return {
      code: 0,
      json: stdout.trim().startsWith('{') ? JSON.parse(stdout) : { text: stdout },
      stderr,
    }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return {
      code: e.code,
      json: e.stdout.trim().startsWith('{') ? JSON.parse(e.stdout) : { text: e.stdout },
      stderr: e.stderr,
    }
  }
}

// Each test starts several real CLI processes (each opens and migrates the embedded database):
// a ceiling above the project's 60 s, so a busy machine makes them slow, not red.
describe('the kansli command', { timeout: 180_000 }, () => {
  let pdfPath: string
  beforeAll(() => {
    pdfPath = join(dataDir, 'yttrande-snoskoter.pdf')
    writeFileSync(pdfPath, minimalPdf(['Yttrande om snöskoterleden vid Bergön']))
  })

  it('lists its commands with --help', async () => {
    const r = await kansli('--help')
    for (const c of ['serve', 'migrate', 'user', 'register', 'search', 'verify', 'audit'])
      expect(r.json.text).toContain(c)
  })

  it('registers a document from a file, finds it, and shows the public exactly the public view', async () => {
    const reg = await kansli(
      'register',
      pdfPath,
      '--series',
      'KS',
      '--title',
      'Snöskoterleder i kommunen',
      '--direction',
      'incoming',
      '--date',
      '2025-12-01',
      '--counterpart',
      'Lars Lövgren',
      '--counterpart-kind',
      'person',
      '--description',
      'Yttrande om snöskoterled',
      '--confidential',
      'OSL 21:3',
      '--protect-counterpart',
      '--json',
    )
    expect(reg.code, reg.stderr).toBe(0)
    expect(reg.json.registrationNumber).toMatch(/^KS-\d{4}-\d{5}-1$/)

    const internal = await kansli('search', 'snöskoterleden', '--json')
    expect(internal.code).toBe(0)
    // The case (by its title) and the document (by its description and PDF text).
    expect(internal.json.total).toBe(2)
    const publicHit = await kansli('search', 'snöskoterled', '--public', '--json')
    expect(publicHit.json.total).toBe(2)
    expect(JSON.stringify(publicHit.json)).not.toContain('Lövgren')
    const publicByName = await kansli('search', 'Lövgren', '--public', '--json')
    expect(publicByName.json.total).toBe(0)
    // Confidential file text is not public either.
    const publicByFile = await kansli('search', 'Bergön', '--public', '--json')
    expect(JSON.stringify(publicByFile.json)).not.toContain(String(reg.json.registrationNumber))
  })

  it('finds the demo registry from the seeds', async () => {
    const r = await kansli('search', 'Riktlinjer', 'AI', '--json')
    expect(JSON.stringify(r.json)).toContain('KS-2025-00494')
  })

  it('refuses an invalid personnummer with exit code 2 and a Swedish message, storing nothing', async () => {
    const r = await kansli(
      'register',
      '--series',
      'KS',
      '--title',
      'Fel',
      '--direction',
      'incoming',
      '--date',
      '2025-12-01',
      '--counterpart',
      'Anna',
      '--counterpart-kind',
      'person',
      '--counterpart-id',
      '19900101-0018',
      '--description',
      'x',
      '--json',
    )
    expect(r.code).toBe(2)
    expect(JSON.stringify(r.json)).toContain('Personnumret är inte giltigt')
  })

  it('adds a user and prints a generated password', async () => {
    const r = await kansli(
      'user',
      'add',
      'anna.andersson',
      '--name',
      'Anna Andersson',
      '--roles',
      'caseOfficer',
      '--json',
    )
    expect(r.code, r.stderr).toBe(0)
    expect(String(r.json.password).length).toBeGreaterThanOrEqual(12)
  })

  it('verify names an altered file by its registration number and exits 1', async () => {
    const ok = await kansli('verify', '--json')
    expect(ok.code).toBe(0)
    expect(ok.json.ok).toBe(true)
    const reg = await kansli(
      'register',
      pdfPath,
      '--series',
      'KS',
      '--title',
      'Att manipulera',
      '--direction',
      'drawnUp',
      '--date',
      '2025-12-02',
      '--description',
      'Handling som ändras',
      '--json',
    )
    writeFileSync(join(dataDir, 'other.txt'), 'x')
    const sha = (reg.json.files as { sha256: string }[])[0]!.sha256
    const p = join(dataDir, 'files', sha.slice(0, 2), sha.slice(2, 4), sha)
    chmodSync(p, 0o644)
    writeFileSync(p, 'krypterat')
    const bad = await kansli('verify', '--json')
    expect(bad.code).toBe(1)
    expect(JSON.stringify(bad.json.problems)).toContain(String(reg.json.registrationNumber))
    const human = await kansli('verify')
    expect(human.json.text).toContain('ÄNDRAD')
  })

  it('audit verify passes on an untouched log, and names a tampered event', async () => {
    const r = await kansli('audit', 'verify', '--json')
    expect(r.code).toBe(0)
    expect(r.json.ok).toBe(true)
    // Tamper directly in the embedded database, as an intruder with file access would.
    const database = await openPGlite(dataDir)
    const target = await database.db
      .selectFrom('audit_events')
      .select(['id', 'seq'])
      .where('action', '=', 'document.register')
      .orderBy('seq')
      .limit(1)
      .executeTakeFirstOrThrow()
    await sql`update audit_events set data = jsonb_set(data, '{direction}', '"outgoing"') where id = ${target.id}`.execute(
      database.db,
    )
    await database.close()
    const bad = await kansli('audit', 'verify', '--json')
    expect(bad.code).toBe(1)
    const problems = (
      bad.json.results as { problems: { seq: number; problem: string }[] }[]
    ).flatMap((x) => x.problems)
    expect(problems).toEqual([
      expect.objectContaining({ seq: Number(target.seq), problem: 'altered' }),
    ])
    const human = await kansli('audit', 'verify')
    expect(human.stderr + human.json.text).toContain(`Händelse ${target.seq}`)
  })
})
