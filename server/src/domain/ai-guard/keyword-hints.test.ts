import { describe, expect, it } from 'vitest'
import { findConfidentialStamps } from './confidential.js'
import { keywordHints } from './keyword-hints.js'

describe('keyword hints: one scan for the account, giro and secrecy detectors', () => {
  it('finds every place each kind of word starts, also inside another keyword', () => {
    const text = 'Uppgiften omfattas av sekretess. Bankgiro 5050-1055, kontonr 1234; KONFIDENTIELL'
    const h = keywordHints(text)
    expect(h.secrecy.map((p) => text.slice(p, p + 9))).toEqual(['omfattas ', 'sekretess'])
    expect(h.stampWords.map((p) => text.slice(p, p + 5))).toEqual(['sekre', 'KONFI'])
    // "Uppgiften" holds "pg": a hint only, the giro pattern then finds no number there.
    expect(h.giros.map((p) => text.slice(p, p + 8))).toEqual(['Uppgifte', 'Bankgiro'])
    expect(h.accounts).toEqual([text.indexOf('kontonr'), text.indexOf('kontonr')])
  })

  it('gives the word start of a hint inside a word ("Kommunkontoret")', () => {
    const text = 'Kommunkontoret och plusgirot'
    const h = keywordHints(text)
    expect(h.accounts).toEqual([text.indexOf('konto'), 0])
    expect(h.giros).toEqual([text.indexOf('plusgirot')])
  })

  it('lets the stamps in capitals stand only at the start of a line', () => {
    const stamps = (t: string) => findConfidentialStamps(t).map((f) => f.value)
    expect(stamps('Rubrik\n  \tSEKRETESSBELAGD\nText')).toEqual(['SEKRETESSBELAGD'])
    expect(stamps('HEMLIG')).toEqual(['HEMLIG'])
    expect(stamps('Texten är HEMLIG enligt ingen')).toEqual([])
    expect(stamps('Omfattas av sekretess enligt 26 kap. 1 § OSL')).toEqual([
      'Omfattas av sekretess enligt 26 kap. 1 §',
    ])
  })
})
