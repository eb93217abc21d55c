import { describe, expect, it } from 'vitest'
import { tokenize, wordDiff, type TextDiff } from './text-diff.js'

/** The approved text, rebuilt from the diff: what a reader of the diff sees as the result. */
const after = (d: TextDiff) =>
  d.segments
    .filter((s) => s.op !== 'delete')
    .map((s) => s.text)
    .join('')
const before = (d: TextDiff) =>
  d.segments
    .filter((s) => s.op !== 'insert')
    .map((s) => s.text)
    .join('')

describe('word diff of an AI draft and its approved text', () => {
  it('keeps case numbers, statute references and dates as one word each', () => {
    expect(tokenize('Dnr KS-2025-00466, OSL 26:1 den 2025-12-15.').map((t) => t.text)).toEqual([
      'Dnr',
      'KS-2025-00466',
      ',',
      'OSL',
      '26:1',
      'den',
      '2025-12-15',
      '.',
    ])
  })

  it('identical texts: one equal segment, nothing changed', () => {
    const d = wordDiff('Kommunstyrelsen beslutar.', 'Kommunstyrelsen beslutar.')
    expect(d).toMatchObject({ added: 0, removed: 0, unchanged: 2, coarse: false })
    expect(d.segments).toEqual([{ op: 'equal', text: 'Kommunstyrelsen beslutar.' }])
  })

  it('a replaced word is one deletion and one insertion in place', () => {
    const d = wordDiff(
      'Förskolan på Bergön byggs om under 2026.',
      'Förskolan på Bergön byggs till under 2026.',
    )
    expect(d).toMatchObject({ added: 1, removed: 1, unchanged: 6 })
    expect(d.segments).toEqual([
      { op: 'equal', text: 'Förskolan på Bergön byggs' },
      { op: 'delete', text: ' om' },
      { op: 'insert', text: ' till' },
      { op: 'equal', text: ' under 2026.' },
    ])
  })

  it('insertions and deletions anywhere: both texts can be rebuilt from the diff', () => {
    const g = 'Ärendet gäller revidering av delegationsordningen. Punkterna 10.1 och 10.2 ändras.'
    const f =
      'Ärendet gäller en revidering av kommunstyrelsens delegationsordning. Punkt 10.1 ändras.\n\nBeslutet fattas av kommunstyrelsen.'
    const d = wordDiff(g, f)
    expect(d.coarse).toBe(false)
    expect(after(d)).toBe(f)
    expect(before(d)).toBe(g)
    expect(d.added).toBe(8)
    expect(d.removed).toBe(4)
  })

  it('whitespace alone is no change; a new paragraph break is kept in the text', () => {
    const d = wordDiff('Ett  två\ntre', 'Ett två tre')
    expect(d).toMatchObject({ added: 0, removed: 0, unchanged: 3 })
    expect(after(wordDiff('a b', 'a\n\nb'))).toBe('a\n\nb')
  })

  it('a word deleted before the first kept word leaves a space between them', () => {
    const d = wordDiff('Nämnden beslutar', 'beslutar')
    expect(d.segments).toEqual([
      { op: 'delete', text: 'Nämnden' },
      { op: 'equal', text: ' beslutar' },
    ])
  })

  it('empty texts on either side', () => {
    expect(wordDiff('', '')).toMatchObject({ segments: [], added: 0, removed: 0 })
    expect(wordDiff('', 'Ny text.')).toMatchObject({ added: 2, removed: 0 })
    expect(wordDiff('Gammal text.', '')).toMatchObject({ added: 0, removed: 2 })
  })

  it('a text rewritten beyond the edit bound is shown as replaced, with exact counts', () => {
    const g = Array.from({ length: 300 }, (_, i) => `ord${i}`).join(' ')
    const f = Array.from({ length: 300 }, (_, i) => `nytt${i}`).join(' ')
    const d = wordDiff(`Början ${g} slut.`, `Början ${f} slut.`, 100)
    expect(d.coarse).toBe(true)
    expect(d).toMatchObject({ added: 300, removed: 300, unchanged: 2 })
    expect(d.segments.map((s) => s.op)).toEqual(['equal', 'delete', 'insert', 'equal'])
  })

  it('agrees with a brute-force LCS on random word sequences', () => {
    let seed = 7
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const words = ['och', 'att', 'nämnden', 'beslutar', 'ärendet', 'KS', 'förskola']
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: rnd(12) }, () => words[rnd(words.length)]!)
      const b = Array.from({ length: rnd(12) }, () => words[rnd(words.length)]!)
      const d = wordDiff(a.join(' '), b.join(' '))
      expect(d.unchanged).toBe(lcs(a, b))
      expect(d.added).toBe(b.length - d.unchanged)
      expect(d.removed).toBe(a.length - d.unchanged)
      expect(after(d).trimStart()).toBe(b.join(' '))
      expect(before(d).replace(/\s+/g, ' ').trim()).toBe(a.join(' '))
    }
  })
})

function lcs(a: string[], b: string[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      t[i]![j] =
        a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!)
  return t[a.length]![b.length]!
}
