import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerDocument } from '../src/services/registry/register-document.js'
import { createCase } from '../src/services/registry/create-case.js'
import { grantCaseAccess } from '../src/services/registry/grant-access.js'
import { searchRegistry } from '../src/services/registry/search.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, newWorld, testDeps, type World } from './support/builders.js'
import type { Actor, Deps } from '../src/services/context.js'

/**
 * OSL 5 kap. 2 §: the public search sees only the public view. A word that occurs only in a
 * protected counterpart, a protected description, a protected case title or a confidential file
 * must not make a public hit, a count, or a suggested correction; an entitled user finds it.
 */
describe.each(ENGINES)('search confidentiality on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let w: World
  let registrar: Actor
  let officer: Actor
  let other: Actor
  let granted: Actor
  const protectedCases: string[] = []

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    w = await newWorld(deps)
    registrar = await w.user('registrar')
    officer = await w.user('caseOfficer')
    other = await w.user('caseOfficer')
    granted = await w.user('caseOfficer')
    const ctx = fixedCtx()
    const reg = await registerDocument(deps, ctx, registrar, {
      newCase: {
        seriesPrefix: 'KS',
        title: 'Ansökan om färdtjänst',
        caseOfficerId: (officer as { id: string }).id,
      },
      direction: 'incoming',
      documentDate: '2025-12-01',
      counterpartName: 'Ottilia Kvastfeningsdotter',
      counterpartKind: 'person',
      description: 'Läkarintyg om diagnosen pseudoxanthom',
      confidentiality: {
        ground: 'OSL 26 kap. 1 §',
        protectCounterpart: true,
        protectDescription: true,
      },
      files: [
        {
          fileName: 'intyg.txt',
          bytes: new TextEncoder().encode('Patienten har utretts för morbus hjortronvallen'),
        },
      ],
    })
    protectedCases.push(reg.case.id)
    await grantCaseAccess(deps, ctx, registrar, {
      caseId: reg.case.id,
      userId: (granted as { id: string }).id,
    })
    const hidden = await createCase(deps, ctx, registrar, {
      seriesPrefix: 'KS',
      title: 'Skyddad rubrik om Fjällgrönlund',
      titleProtected: true,
    })
    protectedCases.push(hidden.id)
    // A public document whose words are near the secret ones, so a public correction exists.
    await registerDocument(deps, ctx, registrar, {
      newCase: { seriesPrefix: 'KS', title: 'Bärplockning på allmänningen' },
      direction: 'incoming',
      documentDate: '2025-12-02',
      counterpartName: 'Länsstyrelsen Norrbotten',
      description: 'Information om blåbärsriset',
    })
  })
  afterAll(async () => database?.close())

  const secrets = ['kvastfeningsdotter', 'pseudoxanthom', 'hjortronvallen', 'fjällgrönlund']
  const typos: Record<string, string> = {
    kvastfeningsdotter: 'kvastfenigsdotter',
    pseudoxanthom: 'pseudoxantom',
    hjortronvallen: 'hjortronvalen',
    fjällgrönlund: 'fjällgrönlnud',
  }

  it('never lets the public match, count or be offered a protected word', async () => {
    for (const word of secrets) {
      for (const q of [
        word,
        typos[word]!,
        `"${word}"`,
        `${word} OR obefintligtord`,
        `${word.slice(0, 6)}*`,
      ]) {
        const r = await searchRegistry(deps, w.publicActor, { q }, true)
        const suggested = r.corrections.flatMap((c) => c.suggestions)
        expect(
          suggested.filter((s) => secrets.includes(s)),
          q,
        ).toEqual([])
        // Nothing of the protected registrations matches (a public near word may, as it should).
        expect(
          r.rows.filter((h) => protectedCases.includes(h.case_id)),
          q,
        ).toEqual([])
        if (q !== typos[word] && !q.endsWith('*')) expect(r.total, q).toBe(0)
      }
    }
    // Members search as the public does.
    const member = await w.user('member')
    expect((await searchRegistry(deps, member, { q: 'pseudoxanthom' }, false)).total).toBe(0)
  })

  it('lets entitled users find protected words, and suggests them only to them', async () => {
    for (const actor of [registrar, officer, granted]) {
      for (const word of ['kvastfeningsdotter', 'pseudoxanthom', 'hjortronvallen']) {
        const r = await searchRegistry(deps, actor, { q: word }, false)
        expect(r.total, word).toBe(1)
      }
    }
    const fixed = await searchRegistry(deps, registrar, { q: 'pseudoxantom' }, false)
    expect(fixed.total).toBe(1)
    expect(fixed.corrections).toEqual([{ word: 'pseudoxantom', suggestions: ['pseudoxanthom'] }])
    const officerFixed = await searchRegistry(deps, officer, { q: 'pseudoxantom' }, false)
    expect(officerFixed.total).toBe(1)
    // A protected case title: the registrar finds it, an officer of another case does not.
    expect((await searchRegistry(deps, registrar, { q: 'fjällgrönlnud' }, false)).total).toBe(1)
    expect((await searchRegistry(deps, other, { q: 'fjällgrönlund' }, false)).total).toBe(0)
  })

  it('keeps confidential content from unentitled staff, in hits, counts and corrections', async () => {
    for (const word of ['kvastfeningsdotter', 'pseudoxanthom', 'hjortronvallen', 'fjällgrönlund']) {
      expect((await searchRegistry(deps, other, { q: word }, false)).total, word).toBe(0)
      const r = await searchRegistry(deps, other, { q: typos[word]! }, false)
      expect(r.total).toBe(0)
      expect(
        r.corrections.flatMap((c) => c.suggestions).filter((s) => secrets.includes(s)),
      ).toEqual([])
    }
  })

  it('still finds the public parts of a confidential registration', async () => {
    const r = await searchRegistry(deps, w.publicActor, { q: 'färdtjänst' }, true)
    expect(r.total).toBe(2)
    expect(r.rows.find((h) => h.kind === 'document')?.confidential).toBe(true)
    const near = await searchRegistry(deps, w.publicActor, { q: 'blåbärsirset' }, true)
    expect(near.corrections.flatMap((c) => c.suggestions)).toContain('blåbärsriset')
    expect(near.total).toBe(1)
    expect(near.corrections.flatMap((c) => c.suggestions)).not.toContain('hjortronvallen')
  })
  it("counts and pages each part of a case officer's view once: ranked and in tiers", async () => {
    const ctx = fixedCtx()
    const id = (a: Actor) => (a as { id: string }).id
    const reg = (title: string, caseOfficer: Actor, description: string, confidential: boolean) =>
      registerDocument(deps, ctx, registrar, {
        newCase: { seriesPrefix: 'KS', title, caseOfficerId: id(caseOfficer) },
        direction: 'incoming',
        documentDate: '2025-12-03',
        counterpartName: 'Länsstyrelsen Norrbotten',
        description,
        confidentiality: confidential
          ? { ground: 'OSL 26 kap. 1 §', protectCounterpart: false, protectDescription: true }
          : null,
      })
    // Public: the case and its document match.
    await reg('Snöskoterled vid älven', officer, 'Ansökan', false)
    // The officer's own confidential document: only its protected description matches.
    await reg('Buller från fordon', officer, 'Klagomål om snöskoterled', true)
    // Another officer's confidential document with the word in its public title: both match.
    await reg('Snöskoterled genom renbetesland', other, 'Yttrande om snöskoterled', true)
    // Another officer's confidential document with the word only where it is protected.
    await reg('Fiske i älven', other, 'Synpunkter om snöskoterled', true)
    const expected = new Map<Actor, number>([
      [w.publicActor, 4],
      [officer, 5],
      [other, 5],
      [registrar, 6],
    ])
    for (const [actor, total] of expected) {
      const publicView = actor === w.publicActor
      for (const rankAll of [undefined, 1]) {
        const first = await searchRegistry(deps, actor, { q: 'snöskoterled' }, publicView, {
          rankAll,
        })
        expect(first.total, `${total} ${rankAll}`).toBe(total)
        const seen: string[] = []
        for (let page = 1; page <= total + 1; page++) {
          const r = await searchRegistry(
            deps,
            actor,
            { q: 'snöskoterled', page, pageSize: 1 },
            publicView,
            { rankAll },
          )
          seen.push(...r.rows.map((h) => `${h.kind}:${h.document_id ?? h.case_id}`))
        }
        expect(seen, `${total} ${rankAll}`).toHaveLength(total)
        expect(new Set(seen).size).toBe(total)
      }
    }
  })
})
