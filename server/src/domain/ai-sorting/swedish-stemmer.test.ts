import { describe, expect, it } from 'vitest'
import { stemSwedish } from './swedish-stemmer.js'

describe('Swedish Snowball stemmer', () => {
  // What PostgreSQL's swedish_stem gives (ts_lexize); server/test/ai-sorting-stemmer.test.ts
  // compares thousands of words against both engines.
  it.each([
    ['kommunfullmäktiges', 'kommunfullmäkt'],
    ['förskolans', 'förskolan'],
    ['förskola', 'förskol'],
    ['fabriken', 'fabrik'],
    ['samhällsbyggnadsnämnden', 'samhällsbyggnadsnämnd'],
    ['yttrande', 'yttr'],
    ['detaljplanen', 'detaljplan'],
    ['kommunens', 'kommun'],
    ['ekonomiska', 'ekonomisk'],
    ['hjärtligt', 'hjärt'],
    ['lösts', 'löst'],
    ['huset', 'huset'],
    ['beslutet', 'beslutet'],
    ['bygglov', 'bygglov'],
    ['ansökan', 'ansökan'],
    ['fullt', 'fullt'],
  ])('%s → %s', (word, stem) => {
    expect(stemSwedish(word)).toBe(stem)
  })

  it('keeps short words and takes suffixes only from R1', () => {
    expect(stemSwedish('är')).toBe('är')
    // R1 never starts before the fourth letter: "ena" keeps its a, "arna" loses only its last.
    expect(stemSwedish('ena')).toBe('ena')
    expect(stemSwedish('arna')).toBe('arn')
  })

  it('removes a final s only after an s-ending letter', () => {
    expect(stemSwedish('ledamots')).toBe('ledamot')
    expect(stemSwedish('kurs')).toBe('kur')
    expect(stemSwedish('process')).toBe('process')
  })

  it('undoubles consonant pairs and replaces löst and fullt', () => {
    expect(stemSwedish('kraftigt')).toBe('kraft')
    expect(stemSwedish('omsorgsfullt')).toBe('omsorgsfull')
    expect(stemSwedish('upplöst')).toBe('upplös')
    // -öst after i, k, l, n, p, r, t, u, v (PostgreSQL 18's Snowball; 15 keeps altröst)
    expect(stemSwedish('altröst')).toBe('altrös')
    expect(stemSwedish('röst')).toBe('röst')
    expect(stemSwedish('sydöst')).toBe('sydöst')
  })
})
