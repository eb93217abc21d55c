import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerDocument } from '../src/services/registry/register-document.js'
import { createCase } from '../src/services/registry/create-case.js'
import type { Deps } from '../src/services/context.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { liveCtx, newWorld, testDeps } from './support/builders.js'

// Concurrency is real only on PostgreSQL (PGlite serializes transactions); PGlite runs the
// same test to prove the serializing dialect keeps concurrent callers apart.
describe.each(ENGINES)('concurrent registration on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  it('gives 50 simultaneous registrations 50 distinct consecutive numbers', async () => {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        registerDocument(deps, liveCtx(), registrar, {
          newCase: { seriesPrefix: 'KS', title: `Medborgarförslag nummer ${i}` },
          direction: 'incoming',
          documentDate: '2025-11-20',
          counterpartName: 'Medborgare',
          description: `Förslag ${i}`,
          files: [{ fileName: `f${i}.txt`, bytes: new TextEncoder().encode(`fil ${i}`) }],
        }),
      ),
    )
    const numbers = results.map((r) => r.case.sequence_number).sort((a, b) => a - b)
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    expect(new Set(results.map((r) => r.case.case_number)).size).toBe(50)
  })

  it('numbers 30 simultaneous documents in one case 1..30', async () => {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    const c = await createCase(deps, liveCtx(), registrar, {
      seriesPrefix: 'KS',
      title: 'Meddelanden',
    })
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        registerDocument(deps, liveCtx(), registrar, {
          caseId: c.id,
          direction: 'drawnUp',
          documentDate: '2025-11-20',
          description: `Handling ${i}`,
        }),
      ),
    )
    expect(results.map((r) => r.document.document_number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    )
  })

  it("keeps a failed transaction from undoing another caller's committed work", async () => {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    const ops = Array.from({ length: 20 }, (_, i) =>
      registerDocument(deps, liveCtx(), registrar, {
        newCase: { seriesPrefix: i % 2 ? 'KS' : 'NOPE', title: `Ärende ${i}` },
        direction: 'drawnUp',
        documentDate: '2025-11-20',
        description: `Handling ${i}`,
      }).then(
        (r) => r.case.case_number,
        () => null,
      ),
    )
    const done = (await Promise.all(ops)).filter(Boolean)
    expect(done).toHaveLength(10)
    const stored = await deps.db
      .selectFrom('cases')
      .select('case_number')
      .where('municipality_id', '=', w.municipalityId)
      .execute()
    expect(stored.map((s) => s.case_number).sort()).toEqual([...done].sort())
  })
})
