import { describe, expect, it } from 'vitest'
import { fitTemperature } from './calibrate.js'
import { probabilities, rankNb, scoreNb, trainNb } from './naive-bayes.js'

const bag = (...words: string[]) => new Map(words.map((w) => [w, 1]))

describe('multinomial naive Bayes', () => {
  const examples = [
    { bag: bag('bygglov', 'garage'), label: 'SBN' },
    { bag: bag('bygglov', 'fritidshus'), label: 'SBN' },
    { bag: bag('strandskydd', 'dispens'), label: 'SBN' },
    { bag: bag('budget', 'prognos'), label: 'KS' },
    { bag: bag('motion', 'budget'), label: 'KS' },
  ]
  const m = trainNb(examples, { alpha: 0.5 })

  it('counts classes and features', () => {
    expect(m.labels).toEqual(['SBN', 'KS'])
    expect(m.classDocs).toEqual([3, 2])
    expect(m.classMass).toEqual([6, 4])
    expect(m.vocabulary).toBe(8)
    expect(m.postings.get('budget')).toEqual([1, 2])
  })

  it('scores as the textbook formula does', () => {
    // log P(KS) + log P(budget | KS): (2+1)/(5+2) · (2+0.5)/(4+0.5·8); the unknown word counts not
    const s = scoreNb(m, bag('budget', 'okänt'))
    expect(s[1]).toBeCloseTo(Math.log(3 / 7) + Math.log(2.5 / 8), 10)
    expect(s[0]).toBeCloseTo(Math.log(4 / 7) + Math.log(0.5 / 10), 10)
  })

  it('ranks the k best, skips what is not allowed, and its probabilities sum to one', () => {
    expect(rankNb(m, bag('bygglov'), 1)[0]?.label).toBe('SBN')
    expect(rankNb(m, bag('budget'), 2).map((r) => r.label)).toEqual(['KS', 'SBN'])
    expect(rankNb(m, bag('budget'), 2, (l) => l !== 'KS').map((r) => r.label)).toEqual(['SBN'])
    const p = probabilities(scoreNb(m, bag('budget', 'bygglov')), 3)
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
  })

  it('a shift moves a class up without touching the features', () => {
    const shift = new Float64Array([0, 5])
    expect(rankNb(m, bag('bygglov'), 1, undefined, shift)[0]?.label).toBe('KS')
  })

  it('Dirichlet smoothing lets a rare feature outweigh shared topic words', () => {
    // Case A's letters share the topic words; case B is the one the letter quotes by number.
    const w3 = (...words: string[]) => new Map(words.map((w) => [w, 3]))
    const cases = [
      { bag: w3('bygglov', 'ansökan', 'garage'), label: 'A' },
      { bag: w3('bygglov', 'ansökan', 'ritning'), label: 'A' },
      { bag: new Map([['ref:SBN-2025-7', 4]]), label: 'B' },
      { bag: w3('bygglov'), label: 'B' },
      { bag: w3('bygglov', 'ansökan'), label: 'C' },
    ]
    const letter = new Map([
      ['bygglov', 3],
      ['ansökan', 3],
      ['garage', 3],
      ['ritning', 3],
      ['ref:SBN-2025-7', 4],
    ])
    expect(rankNb(trainNb(cases, { alpha: 0.1 }), letter, 1)[0]?.label).toBe('A')
    expect(rankNb(trainNb(cases, { alpha: 0.1, mu: 2000 }), letter, 1)[0]?.label).toBe('B')
  })

  it('fits a temperature only with enough held-out answers', () => {
    expect(fitTemperature(m, examples)).toEqual({ temperature: 8, fitted: false })
    const many = Array.from({ length: 40 }, (_, i) => examples[i % examples.length]!)
    const fit = fitTemperature(m, many)
    expect(fit.fitted).toBe(true)
    expect(fit.temperature).toBeGreaterThan(0)
  })
})
