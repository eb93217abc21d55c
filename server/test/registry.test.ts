import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerDocument } from '../../server/src/services/registry/register-document.js'
import { createCase } from '../../server/src/services/registry/create-case.js'
import { changeCaseStatus } from '../../server/src/services/registry/case-status.js'
import { readCase, readPublicCase } from '../../server/src/services/registry/read-case.js'
import { readDocumentFile } from '../../server/src/services/registry/read-file.js'
import { searchRegistry } from '../../server/src/services/registry/search.js'
import { verifyAuditChain } from '../../server/src/repositories/audit.repository.js'
import { ValidationError } from '../../server/src/domain/errors.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, newWorld, testDeps } from './support/builders.js'
import type { Deps } from '../../server/src/services/context.js'

describe.each(ENGINES)('registry on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  it('draws consecutive case numbers per series and year in the municipality format', async () => {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    const ctx = fixedCtx()
    const a = await createCase(deps, ctx, registrar, {
      seriesPrefix: 'KS',
      title: 'Riktlinjer för användning av AI',
    })
    const b = await createCase(deps, ctx, registrar, {
      seriesPrefix: 'KS',
      title: 'Sammanträdesplan 2026',
    })
    expect(a.case_number).toBe('KS-2025-00001')
    expect(b.case_number).toBe('KS-2025-00002')
    const next = await createCase(deps, fixedCtx('2026-01-02T09:00:00+01:00'), registrar, {
      seriesPrefix: 'KS',
      title: 'Nytt år',
    })
    expect(next.case_number).toBe('KS-2026-00001')
  })

  it('supports the "BUN 2018/41" style', async () => {
    const w = await newWorld(deps, { template: '{series} {year}/{seq}', series: 'BUN' })
    const registrar = await w.user('registrar')
    const c = await createCase(deps, fixedCtx('2018-03-01T10:00:00+01:00'), registrar, {
      seriesPrefix: 'BUN',
      title: 'Skolskjuts',
    })
    expect(c.case_number).toBe('BUN 2018/1')
  })

  it('numbers documents within the case and keeps document date apart from registration time', async () => {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    const ctx = fixedCtx()
    const first = await registerDocument(deps, ctx, registrar, {
      newCase: { seriesPrefix: 'KS', title: 'Meddelanden – 15 december 2025' },
      direction: 'incoming',
      documentDate: '2025-11-19',
      counterpartName: 'Socialförvaltningen',
      description: 'Beslut om kommuntal år 2026 till kommuner i Norrbottens län',
      files: [
        {
          fileName: 'kommuntal.txt',
          bytes: new TextEncoder().encode('Kommuntal för Norrbottens län'),
        },
      ],
    })
    const second = await registerDocument(deps, ctx, registrar, {
      caseId: first.case.id,
      direction: 'incoming',
      documentDate: '2025-12-03',
      counterpartName: 'Länsstyrelsen Norrbotten',
      description: 'Beslut om revidering av kommuntal',
    })
    expect(first.document.registration_number).toBe('KS-2025-00001-1')
    expect(second.document.registration_number).toBe('KS-2025-00001-2')
    expect(first.document.document_date).toBe('2025-11-19')
    expect(new Date(first.document.registered_at).toISOString()).toBe('2025-12-15T09:00:00.000Z')
    expect(first.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses an incomplete registration in Swedish and stores nothing', async () => {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    const before = await deps.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    const err = await registerDocument(deps, fixedCtx(), registrar, {
      newCase: { seriesPrefix: 'KS', title: 'X' },
      direction: 'incoming',
      documentDate: '2025-11-19',
      counterpartName: '',
      description: '',
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ValidationError)
    expect((err as ValidationError).fields.map((f) => f.field)).toEqual([
      'counterpartName',
      'description',
    ])
    expect((err as ValidationError).fields[0]?.message).toMatch(/avsändare/)
    const after = await deps.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
  })

  it('keeps confidential content from the public and from unentitled staff, and audits entitled reads', async () => {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    const officer = await w.user('caseOfficer')
    const other = await w.user('caseOfficer')
    const ctx = fixedCtx()
    const reg = await registerDocument(deps, ctx, registrar, {
      newCase: { seriesPrefix: 'KS', title: 'Ansökan om skolskjuts', caseOfficerId: officer.id },
      direction: 'incoming',
      documentDate: '2025-12-01',
      counterpartName: 'Kristoffer Blåbärsson',
      counterpartKind: 'person',
      description: 'Ansökan om skolskjuts för elev med särskilda behov',
      confidentiality: { ground: 'OSL 23:2', protectCounterpart: true },
      files: [
        {
          fileName: 'ansokan.txt',
          bytes: new TextEncoder().encode('Eleven har diagnosen zebrafinkallergi'),
        },
      ],
    })
    const fileId = reg.files[0]!.id

    const pub = await readPublicCase(deps, w.publicActor, reg.case.case_number)
    expect(pub.documents[0]?.files).toEqual([])
    await expect(
      readDocumentFile(deps, ctx, w.publicActor, reg.document.id, fileId),
    ).rejects.toThrow(/sekretess/)
    await expect(readDocumentFile(deps, ctx, other, reg.document.id, fileId)).rejects.toThrow(
      /sekretess/,
    )
    const content = await readDocumentFile(deps, ctx, officer, reg.document.id, fileId)
    expect(new TextDecoder().decode(content.bytes)).toContain('zebrafinkallergi')

    for (const word of ['zebrafinkallergi', 'Blåbärsson']) {
      const publicHits = await searchRegistry(deps, w.publicActor, { q: word }, true)
      expect(publicHits.total).toBe(0)
      const unentitled = await searchRegistry(deps, other, { q: word }, false)
      expect(unentitled.total).toBe(0)
      const entitled = await searchRegistry(deps, officer, { q: word }, false)
      expect(entitled.total).toBe(1)
    }
    const publicByDescription = await searchRegistry(deps, w.publicActor, { q: 'skolskjuts' }, true)
    expect(publicByDescription.total).toBeGreaterThan(0)

    const reads = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('municipality_id', '=', w.municipalityId)
      .where('action', '=', 'document.readConfidential')
      .execute()
    expect(reads).toEqual([{ action: 'document.readConfidential', actor_id: officer.id }])
    const view = await readCase(deps, ctx, other, reg.case.id)
    expect(view.documents[0]?.entitled).toBe(false)
  })

  it('finds "förskolans" when searching "förskola", and filters', async () => {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    await registerDocument(deps, fixedCtx(), registrar, {
      newCase: { seriesPrefix: 'KS', title: 'Förskolans lokaler i Bergön' },
      direction: 'drawnUp',
      documentDate: '2025-12-01',
      description: 'Tjänsteskrivelse om lokalbehov',
    })
    const hits = await searchRegistry(deps, registrar, { q: 'förskola' }, false)
    expect(hits.total).toBe(2)
    const filtered = await searchRegistry(
      deps,
      registrar,
      { q: 'förskola', direction: 'drawnUp' },
      false,
    )
    expect(filtered.total).toBe(1)
    const none = await searchRegistry(deps, registrar, { q: 'förskola', year: 2024 }, false)
    expect(none.total).toBe(0)
  })

  it('moves status open → decided → closed and logs a reopening', async () => {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    const ctx = fixedCtx()
    const c = await createCase(deps, ctx, registrar, { seriesPrefix: 'KS', title: 'Avtal' })
    await changeCaseStatus(deps, ctx, registrar, { caseId: c.id, status: 'decided' })
    await changeCaseStatus(deps, ctx, registrar, { caseId: c.id, status: 'closed' })
    await expect(
      changeCaseStatus(deps, ctx, registrar, { caseId: c.id, status: 'decided' }),
    ).rejects.toThrow(/kan inte gå/)
    const reopened = await changeCaseStatus(deps, ctx, registrar, {
      caseId: c.id,
      status: 'open',
      reason: 'Ny begäran',
    })
    expect(reopened.status).toBe('open')
    const events = await deps.db
      .selectFrom('audit_events')
      .select('data')
      .where('entity_id', '=', c.id)
      .where('action', '=', 'case.changeStatus')
      .execute()
    expect(events.map((e) => (e.data as { to: string }).to)).toEqual(['decided', 'closed', 'open'])
    expect((await verifyAuditChain(deps.db, w.municipalityId)).problems).toEqual([])
  })
})
