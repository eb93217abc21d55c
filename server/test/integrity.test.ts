import { readdirSync, writeFileSync, chmodSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerDocument } from '../src/services/registry/register-document.js'
import { readDocumentFile } from '../src/services/registry/read-file.js'
import { verifyAllFiles } from '../src/services/recovery/verify-files.js'
import { verifyAuditChain } from '../src/repositories/audit.repository.js'
import { IntegrityError } from '../src/domain/errors.js'
import type { Deps } from '../src/services/context.js'
import { FilesystemFileStore } from '../src/storage/file-store.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, newWorld, testDeps } from './support/builders.js'

function filesRoot(deps: Deps): string {
  return (deps.files as unknown as { root: string }).root
}

function pathOf(deps: Deps, sha: string) {
  return join(filesRoot(deps), sha.slice(0, 2), sha.slice(2, 4), sha)
}

describe.each(ENGINES)('integrity on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  async function registerWithFile(text: string) {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    const r = await registerDocument(deps, fixedCtx(), registrar, {
      newCase: { seriesPrefix: 'KS', title: 'Avtal med leverantör' },
      direction: 'incoming',
      documentDate: '2025-11-20',
      counterpartName: 'Atea AV',
      description: 'Avtal om teknik till sessionssalen',
      files: [{ fileName: 'avtal.txt', bytes: new TextEncoder().encode(text) }],
    })
    return { w, registrar, r }
  }

  it('stores files read-only under their SHA-256, written once', async () => {
    const { r } = await registerWithFile('Avtal mellan Atea AV och kommunen')
    const sha = r.files[0]!.sha256
    const st = statSync(pathOf(deps, sha))
    expect(st.mode & 0o222).toBe(0)
    expect(readdirSync(join(filesRoot(deps), 'tmp'))).toEqual([])
    const again = await deps.files.put(
      new TextEncoder().encode('Avtal mellan Atea AV och kommunen'),
    )
    expect(again.sha256).toBe(sha)
  })

  it('refuses to serve an altered file, names its document, and kansli verify lists it', async () => {
    const { r, registrar } = await registerWithFile(`Originaltext ${Math.random()}`)
    const sha = r.files[0]!.sha256
    const p = pathOf(deps, sha)
    chmodSync(p, 0o644)
    writeFileSync(p, 'krypterad av utpressningsprogram')
    const err = await readDocumentFile(
      deps,
      fixedCtx(),
      registrar,
      r.document.id,
      r.files[0]!.id,
    ).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(IntegrityError)
    expect((err as Error).message).toContain(r.document.registration_number)
    const { problems } = await verifyAllFiles(deps)
    expect(problems).toContainEqual(
      expect.objectContaining({
        registrationNumber: r.document.registration_number,
        problem: 'altered',
        sha256: sha,
      }),
    )
  })

  it('lists a deleted file as missing', async () => {
    const { r } = await registerWithFile(`Försvinner ${Math.random()}`)
    rmSync(pathOf(deps, r.files[0]!.sha256), { force: true })
    const { problems } = await verifyAllFiles(deps)
    expect(problems).toContainEqual(
      expect.objectContaining({
        registrationNumber: r.document.registration_number,
        problem: 'missing',
      }),
    )
  })

  it('names an altered, a deleted and an inserted audit event', async () => {
    const { w } = await registerWithFile('Händelser')
    const events = await deps.db
      .selectFrom('audit_events')
      .select(['id', 'seq', 'action'])
      .where('municipality_id', '=', w.municipalityId)
      .orderBy('seq')
      .execute()
    expect((await verifyAuditChain(deps.db, w.municipalityId)).problems).toEqual([])
    expect(events.length).toBeGreaterThan(4)

    const altered = events[2]!
    await sql`update audit_events set data = ${JSON.stringify({ forged: true })}::jsonb where id = ${altered.id}`.execute(
      deps.db,
    )
    let result = await verifyAuditChain(deps.db, w.municipalityId)
    expect(result.problems).toEqual([
      expect.objectContaining({ seq: Number(altered.seq), problem: 'altered' }),
    ])

    const deleted = events[3]!
    await sql`delete from audit_events where id = ${deleted.id}`.execute(deps.db)
    result = await verifyAuditChain(deps.db, w.municipalityId)
    expect(result.problems).toContainEqual(
      expect.objectContaining({ seq: Number(deleted.seq), problem: 'deleted' }),
    )
  })

  it('detects an event inserted into the chain', async () => {
    const { w } = await registerWithFile('Infogad')
    const last = await deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('municipality_id', '=', w.municipalityId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow()
    // A forger appends a plausible event without updating the chain head's hash correctly.
    await sql`insert into audit_events (municipality_id, seq, occurred_at, actor_id, action, entity_type, entity_id, data, prev_hash, hash)
      values (${w.municipalityId}, ${Number(last.seq) + 1}, now(), null, 'document.register', 'document', null, '{}'::jsonb, ${'f'.repeat(64)}, ${'e'.repeat(64)})`.execute(
      deps.db,
    )
    const result = await verifyAuditChain(deps.db, w.municipalityId)
    expect(result.problems.length).toBeGreaterThan(0)
    expect(result.problems[0]).toEqual(expect.objectContaining({ seq: Number(last.seq) + 1 }))
  })

  it('rolls back the registration, its number and its audit event together', async () => {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    const before = await deps.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('municipality_id', '=', w.municipalityId)
      .executeTakeFirstOrThrow()
    await expect(
      registerDocument(deps, fixedCtx(), registrar, {
        newCase: { seriesPrefix: 'KS', title: 'Ska inte finnas' },
        direction: 'drawnUp',
        documentDate: '2025-11-20',
        description: 'x',
        caseId: '11111111-1111-1111-1111-111111111111',
      }),
    ).rejects.toThrow(/finns inte/)
    const after = await deps.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('municipality_id', '=', w.municipalityId)
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
    const ok = await registerDocument(deps, fixedCtx(), registrar, {
      newCase: { seriesPrefix: 'KS', title: 'Första' },
      direction: 'drawnUp',
      documentDate: '2025-11-20',
      description: 'x',
    })
    expect(ok.case.case_number).toBe('KS-2025-00001')
  })
})

describe('file store', () => {
  it('never leaves a temporary file behind and reads back verified bytes', async () => {
    const { mkdtempSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const root = mkdtempSync(join(tmpdir(), 'kansli-store-'))
    const store = new FilesystemFileStore(root)
    const { sha256 } = await store.put(new Uint8Array([1, 2, 3]))
    const read = await store.read(sha256)
    expect('bytes' in read && Array.from(read.bytes)).toEqual([1, 2, 3])
    expect(await store.check('0'.repeat(64))).toBe('missing')
  })
})
