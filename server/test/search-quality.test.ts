import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerDocument } from '../src/services/registry/register-document.js'
import { changeCaseStatus } from '../src/services/registry/case-status.js'
import { searchRegistry } from '../src/services/registry/search.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, newWorld, testDeps, type World } from './support/builders.js'
import type { Actor, Deps } from '../src/services/context.js'

const text = (s: string) => new TextEncoder().encode(s)

describe.each(ENGINES)('search quality on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let w: World
  let registrar: Actor
  const numbers: Record<string, string> = {}

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    w = await newWorld(deps)
    registrar = await w.user('registrar')
    const reg = async (at: string, title: string, doc: Record<string, unknown>) => {
      const r = await registerDocument(deps, fixedCtx(at), registrar, {
        newCase: { seriesPrefix: 'KS', title },
        direction: 'incoming',
        documentDate: at.slice(0, 10),
        counterpartName: 'Länsstyrelsen Norrbotten',
        description: 'Inkommen handling',
        ...doc,
      })
      numbers[title] = r.case.case_number
      return r
    }
    await reg('2024-03-01T10:00:00+01:00', 'Förskolans lokaler i Bergön', {
      description: 'Tjänsteskrivelse om lokalbehov',
      direction: 'drawnUp',
      counterpartName: null,
    })
    await reg('2025-02-03T10:00:00+01:00', 'Revidering – Kommunstyrelsens delegationsordning', {
      description: 'Förslag till ny delegationsordning',
      direction: 'drawnUp',
      counterpartName: null,
      files: [
        {
          fileName: 'forslag.txt',
          bytes: text('Kommunstyrelsens delegationsordning revideras i sin helhet.'),
        },
      ],
    })
    await reg('2025-05-12T10:00:00+01:00', 'Yttrande över detaljplan för Kvarnbacken', {
      description: 'Remiss från samhällsbyggnadsförvaltningen',
      counterpartName: 'Samhällsbyggnadsförvaltningen',
    })
    await reg('2025-06-02T10:00:00+01:00', 'Avtal – bredband med IT Norrbotten', {
      description: 'Avtal undertecknat',
      direction: 'outgoing',
      counterpartName: 'IT Norrbotten',
    })
    await reg('2025-06-20T10:00:00+01:00', 'Lån hos Kommuninvest', {
      description: 'Omplacering av befintligt lån',
      counterpartName: 'Kommuninvest',
    })
    const closed = await reg('2025-09-01T10:00:00+01:00', 'Avtal om snöröjning i Töre', {
      description: 'Avtal undertecknat',
      counterpartName: 'Trafikverket',
    })
    await changeCaseStatus(deps, fixedCtx('2025-09-02T10:00:00+01:00'), registrar, {
      caseId: closed.case.id,
      status: 'closed',
    })
  })
  afterAll(async () => database?.close())

  const caseNumbers = (r: Awaited<ReturnType<typeof searchRegistry>>) => [
    ...new Set(r.rows.map((h) => h.case_number)),
  ]

  it('tolerates a small typo and says which words it corrected', async () => {
    for (const typo of ['förskloa', 'delegationsordnign', 'detaljpaln']) {
      const r = await searchRegistry(deps, w.publicActor, { q: typo }, true)
      expect(r.total, typo).toBeGreaterThan(0)
      expect(r.corrections.map((c) => c.word)).toEqual([typo])
    }
    const r = await searchRegistry(deps, w.publicActor, { q: 'förskloa' }, true)
    expect(caseNumbers(r)).toEqual([numbers['Förskolans lokaler i Bergön']])
    expect(r.corrections[0]?.suggestions).toContain('förskolans')
    // A correctly spelled word is not "corrected".
    expect(
      (await searchRegistry(deps, w.publicActor, { q: 'förskola' }, true)).corrections,
    ).toEqual([])
    // A typo next to a good word: only the typo is widened, and both must still match.
    const both = await searchRegistry(deps, w.publicActor, { q: 'detaljpaln kvarnbacken' }, true)
    expect(caseNumbers(both)).toEqual([numbers['Yttrande över detaljplan för Kvarnbacken']])
    expect(both.corrections.map((c) => c.word)).toEqual(['detaljpaln'])
  })

  it('matches words as prefixes, inflected forms included', async () => {
    const r = await searchRegistry(deps, w.publicActor, { q: 'förskola' }, true)
    expect(caseNumbers(r)).toEqual([numbers['Förskolans lokaler i Bergön']])
    const star = await searchRegistry(deps, w.publicActor, { q: 'delegations*' }, true)
    expect(caseNumbers(star)).toEqual([numbers['Revidering – Kommunstyrelsens delegationsordning']])
    const stem = await searchRegistry(deps, w.publicActor, { q: 'detaljplaner' }, true)
    expect(caseNumbers(stem)).toEqual([numbers['Yttrande över detaljplan för Kvarnbacken']])
  })

  it('matches a phrase only with its words in order, in titles and in file text', async () => {
    const r = await searchRegistry(
      deps,
      w.publicActor,
      { q: '"kommunstyrelsens delegationsordning"' },
      true,
    )
    expect(caseNumbers(r)).toEqual([numbers['Revidering – Kommunstyrelsens delegationsordning']])
    expect(r.total).toBe(2) // the case and its document
    const file = await searchRegistry(deps, w.publicActor, { q: '"revideras i sin helhet"' }, true)
    expect(file.total).toBe(1)
    expect(file.rows[0]?.kind).toBe('document')
    const reversed = await searchRegistry(
      deps,
      w.publicActor,
      { q: '"revideras delegationsordning"' },
      true,
    )
    expect(reversed.total).toBe(0)
  })

  it('supports OR and NOT', async () => {
    const or = await searchRegistry(deps, w.publicActor, { q: 'bredband OR snöröjning' }, true)
    expect(caseNumbers(or).sort()).toEqual(
      [numbers['Avtal – bredband med IT Norrbotten'], numbers['Avtal om snöröjning i Töre']].sort(),
    )
    const not = await searchRegistry(deps, w.publicActor, { q: 'avtal -bredband' }, true)
    expect(caseNumbers(not)).toEqual([numbers['Avtal om snöröjning i Töre']])
    const orNot = await searchRegistry(
      deps,
      w.publicActor,
      { q: 'avtal OR lån -kommuninvest' },
      true,
    )
    expect(caseNumbers(orNot).sort()).toEqual(
      [numbers['Avtal – bredband med IT Norrbotten'], numbers['Avtal om snöröjning i Töre']].sort(),
    )
  })

  it('filters by series, year, status, direction, committee and date range', async () => {
    const all = await searchRegistry(deps, registrar, { q: 'avtal' }, false)
    expect(all.total).toBe(4)
    expect(
      (await searchRegistry(deps, registrar, { q: 'avtal', direction: 'outgoing' }, false)).total,
    ).toBe(1)
    expect(
      (await searchRegistry(deps, registrar, { q: 'avtal', status: 'closed' }, false)).total,
    ).toBe(2)
    expect((await searchRegistry(deps, registrar, { q: 'avtal', year: 2024 }, false)).total).toBe(0)
    expect(
      (await searchRegistry(deps, registrar, { q: 'avtal', year: 2025, series: 'ks' }, false))
        .total,
    ).toBe(4)
    expect(
      (await searchRegistry(deps, registrar, { q: 'avtal', series: 'BUN' }, false)).total,
    ).toBe(0)
    expect(
      (await searchRegistry(deps, registrar, { q: 'avtal', committeeId: w.committeeId }, false))
        .total,
    ).toBe(4)
    const range = await searchRegistry(
      deps,
      registrar,
      { q: 'avtal', dateFrom: '2025-08-01', dateTo: '2025-12-31' },
      false,
    )
    expect(caseNumbers(range)).toEqual([numbers['Avtal om snöröjning i Töre']])
    // Filters without words list by date, newest first.
    const listed = await searchRegistry(
      deps,
      registrar,
      { year: 2025, direction: 'drawnUp' },
      false,
    )
    expect(listed.rows.map((h) => h.kind)).toEqual(['document'])
  })

  it('ranks a title match above a match in file text only', async () => {
    const r = await searchRegistry(deps, w.publicActor, { q: 'delegationsordning' }, true)
    expect(r.rows[0]?.rank).toBeGreaterThan(0)
    const bodyOnly = await searchRegistry(deps, w.publicActor, { q: 'helhet' }, true)
    expect(bodyOnly.rows[0]!.rank).toBeLessThan(r.rows[0]!.rank)
  })
})
