import { describe, expect, it } from 'vitest'
import { caseFeatures, documentFeatures, type SortableDocument } from './features.js'

const doc = (over: Partial<SortableDocument> = {}): SortableDocument => ({
  direction: 'incoming',
  description: 'Ansökan om bygglov för garage',
  counterpartName: 'Länsstyrelsen i Norrbottens län',
  counterpartKind: 'organisation',
  fileText: 'Ärendet gäller strandskydd. Er beteckning: SBN-2025-00012',
  confidential: false,
  protectDescription: false,
  protectCounterpart: false,
  ...over,
})

const keys = (d: SortableDocument) => [...documentFeatures(d).keys()]

describe('sorter features', () => {
  it('reads the description, its word pairs, the organisation, the file text and Dnr references', () => {
    const k = keys(doc())
    expect(k).toEqual(
      expect.arrayContaining([
        'dir:incoming',
        'w:ansökan',
        'w:bygglov',
        'b:bygglov_garag',
        'cp:länsstyrelsen i norrbottens län',
        'cw:norrbot',
        'w:strandskyd',
        'ref:SBN-2025-12',
        'refseries:SBN',
      ]),
    )
  })

  it('uses only what the public view shows: no protected field, no confidential file text', () => {
    const k = keys(doc({ confidential: true, protectDescription: true, protectCounterpart: true }))
    expect(k).toEqual(['dir:incoming'])
  })

  it('counts a private person only as a person, and cuts personal data out of the text', () => {
    const k = keys(
      doc({
        counterpartName: 'Anna Nilsson',
        counterpartKind: 'person',
        description:
          'Ansökan om färdtjänst från Anna Nilsson, Storgatan 12, 952 31 Kalix, 19121212-1212',
        fileText: null,
      }),
    )
    expect(k).toContain('cp:(person)')
    expect(k).toContain('w:färdtjänst')
    expect(k.join(' ')).not.toMatch(/anna|nilsson|storgat|1212/)
  })

  it('a case is an example of itself: its number and, unless protected, its title', () => {
    expect([
      ...caseFeatures({
        caseNumber: 'KS-2025-00466',
        title: 'Budget 2026',
        titleProtected: false,
      }).keys(),
    ]).toEqual(['ref:KS-2025-466', 'refseries:KS', 'w:budget'])
    expect([
      ...caseFeatures({
        caseNumber: 'KS-2025-00467',
        title: 'Hemlig',
        titleProtected: true,
      }).keys(),
    ]).toEqual(['ref:KS-2025-467', 'refseries:KS'])
  })
})
