import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerDocument } from '../src/services/registry/register-document.js'
import { createCase } from '../src/services/registry/create-case.js'
import { searchRegistry } from '../src/services/registry/search.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, newWorld, testDeps, type World } from './support/builders.js'
import type { Actor, Deps } from '../src/services/context.js'

describe.each(ENGINES)('search paging and the count cap on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let w: World
  let registrar: Actor

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    w = await newWorld(deps)
    registrar = await w.user('registrar')
    // 4 cases with "skolskjuts" in the title, each with a document mentioning it only in its
    // file text, and 3 more documents with it only in the file text: 4 + 4 + 3 = 11 entries,
    // 4 with a head match (the cases' own entries are head matches too: 8 in all).
    for (let i = 1; i <= 4; i++) {
      await registerDocument(deps, fixedCtx(`2025-0${i}-10T10:00:00+01:00`), registrar, {
        newCase: { seriesPrefix: 'KS', title: `Skolskjuts för elev ${i}` },
        direction: 'incoming',
        documentDate: `2025-0${i}-10`,
        counterpartName: 'Vårdnadshavare',
        description: `Ansökan ${i}`,
        files: [
          {
            fileName: 'a.txt',
            bytes: new TextEncoder().encode(`Ansökan gäller skolskjuts nummer ${i}`),
          },
        ],
      })
    }
    const other = await createCase(deps, fixedCtx(), registrar, {
      seriesPrefix: 'KS',
      title: 'Övriga frågor',
    })
    for (let i = 1; i <= 3; i++) {
      await registerDocument(deps, fixedCtx(`2025-0${i + 4}-10T10:00:00+01:00`), registrar, {
        caseId: other.id,
        direction: 'drawnUp',
        documentDate: `2025-0${i + 4}-10`,
        description: `Minnesanteckningar ${i}`,
        files: [
          {
            fileName: 'b.txt',
            bytes: new TextEncoder().encode(`Frågan om skolskjuts togs upp (${i})`),
          },
        ],
      })
    }
  })
  afterAll(async () => database?.close())

  const key = (h: { kind: string; case_id: string; document_id: string | null }) =>
    h.document_id ?? `case:${h.case_id}`

  async function allPages(
    actor: Actor,
    opts: { rankAll?: number; countCap?: number; recentWindow?: number },
    pageSize = 3,
  ) {
    const seen: string[] = []
    const firsts = []
    for (let page = 1; page <= 6; page++) {
      const r = await searchRegistry(deps, actor, { q: 'skolskjuts', page, pageSize }, false, opts)
      firsts.push(r)
      seen.push(...r.rows.map(key))
    }
    return { seen, first: firsts[0]! }
  }

  it('pages through every hit exactly once, ranked or in tiers', async () => {
    for (const rankAll of [undefined, 5, 2]) {
      // A recent window too small for a page makes the head tier fall back to the full listing.
      for (const recentWindow of [undefined, 4, 1]) {
        const { seen, first } = await allPages(registrar, { rankAll, recentWindow })
        expect(first.total).toBe(11)
        expect(first.totalIsLowerBound).toBe(false)
        expect(seen).toHaveLength(11)
        expect(new Set(seen).size).toBe(11)
      }
    }
  })

  it('lists a large head tier newest first whether or not the recent window holds the page', async () => {
    const pages = async (recentWindow: number | undefined) => {
      const out: string[] = []
      for (let page = 1; page <= 3; page++) {
        const r = await searchRegistry(
          deps,
          registrar,
          { q: 'skolskjuts', page, pageSize: 3 },
          false,
          { rankAll: 2, recentWindow },
        )
        out.push(...r.rows.map(key))
      }
      return out
    }
    const full = await pages(1)
    expect(await pages(undefined)).toEqual(full)
    expect(await pages(6)).toEqual(full)
  })

  it('counts a phrase by its head matches first and says when that reaches the cap', async () => {
    // "skolskjuts för elev" is in 4 case titles and so in the heads of their 4 documents.
    const capped = await searchRegistry(deps, registrar, { q: '"skolskjuts för elev"' }, false, {
      countCap: 5,
    })
    expect(capped.total).toBe(5)
    expect(capped.totalIsLowerBound).toBe(true)
    expect(capped.rows).toHaveLength(8)
    const exact = await searchRegistry(deps, registrar, { q: '"skolskjuts för elev"' }, false)
    expect(exact.total).toBe(8)
    expect(exact.totalIsLowerBound).toBe(false)
    // Word order is checked: reversed, nothing matches.
    expect(
      (await searchRegistry(deps, registrar, { q: '"elev för skolskjuts"' }, false)).total,
    ).toBe(0)
  })

  it('puts title and description matches before file-text-only matches in the tiers', async () => {
    const r = await searchRegistry(deps, registrar, { q: 'skolskjuts', pageSize: 11 }, false, {
      rankAll: 2,
    })
    const headFirst = r.rows.slice(0, 8)
    expect(headFirst.every((h) => h.title.startsWith('Skolskjuts'))).toBe(true)
    expect(r.rows.slice(8).every((h) => h.title === 'Övriga frågor')).toBe(true)
    // Newest first within a tier that is too large to rank.
    const dates = headFirst.map((h) => h.document_date ?? h.opened_on)
    expect([...dates].sort().reverse()).toEqual(dates)
  })

  it('caps the total and says it is a lower bound', async () => {
    const capped = await searchRegistry(deps, registrar, { q: 'skolskjuts' }, false, {
      countCap: 5,
    })
    expect(capped.total).toBe(5)
    expect(capped.totalIsLowerBound).toBe(true)
    expect(capped.rows).toHaveLength(11)
    const exact = await searchRegistry(deps, registrar, { q: 'skolskjuts' }, false, {
      countCap: 11,
    })
    expect(exact.total).toBe(11)
    expect(exact.totalIsLowerBound).toBe(false)
    const list = await searchRegistry(deps, registrar, {}, false, { countCap: 3 })
    expect(list.total).toBe(3)
    expect(list.totalIsLowerBound).toBe(true)
  })

  it('returns an empty page past the end and refuses pages out of range', async () => {
    const r = await searchRegistry(
      deps,
      registrar,
      { q: 'skolskjuts', page: 5, pageSize: 3 },
      false,
    )
    expect(r.rows).toEqual([])
    expect(r.total).toBe(11)
    await expect(
      searchRegistry(deps, registrar, { q: 'skolskjuts', page: 0 }, false),
    ).rejects.toThrow()
    await expect(
      searchRegistry(deps, registrar, { q: 'skolskjuts', pageSize: 101 }, false),
    ).rejects.toThrow()
  })
})
