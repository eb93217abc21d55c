import { describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { registerDocument } from '../src/services/registry/register-document.js'
import { ENGINES, openTestDatabase } from './support/engines.js'
import { fixedCtx, newWorld, testDeps } from './support/builders.js'

describe.each(ENGINES)('search vocabulary on %s', (engine) => {
  it('writes each word once per scope, confidential words never as public', async () => {
    const database = await openTestDatabase(engine)
    try {
      const deps = testDeps(database)
      const w = await newWorld(deps)
      const registrar = await w.user('registrar')
      await registerDocument(deps, fixedCtx(), registrar, {
        newCase: { seriesPrefix: 'KS', title: 'Ansökan om bostadsanpassning' },
        direction: 'incoming',
        documentDate: '2025-12-01',
        counterpartName: 'Hildegard Strömqvistson',
        counterpartKind: 'person',
        description: 'Intyg från arbetsterapeut',
        confidentiality: { ground: 'OSL 26 kap. 1 §', protectCounterpart: true },
        files: [
          { fileName: 'intyg.txt', bytes: new TextEncoder().encode('Rullstol behövs i badrummet') },
        ],
      })
      const rows = await sql<{ scope: string; word: string }>`
        select scope, word from search_terms where municipality_id = ${w.municipalityId} order by scope, word`.execute(
        deps.db,
      )
      const byWord = new Map(rows.rows.map((r) => [r.word, r.scope]))
      expect(byWord.get('bostadsanpassning')).toBe('p')
      expect(byWord.get('strömqvistson')).toBe('c')
      expect(byWord.get('rullstol')).toBe('c')
      expect(rows.rows.filter((r) => r.scope === 'p').map((r) => r.word)).not.toContain('rullstol')
      expect(new Set(rows.rows.map((r) => `${r.scope}${r.word}`)).size).toBe(rows.rows.length)
    } finally {
      await database.close()
    }
  })
})
