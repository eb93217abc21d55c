import { describe, expect, it } from 'vitest'
import { caseReferences, propertyDesignations, stems } from './tokenize.js'

describe('tokenizer', () => {
  it('lower-cases, splits compounds at hyphens, drops digits, stop words and one-letter words', () => {
    expect(stems('Uppföljning av ANDTS-plan 2025 för Kalix kommun, § 3')).toEqual([
      'uppföljning',
      'andt',
      'plan',
      'kalix',
      'kommun',
    ])
  })

  it('normalises decomposed å, ä, ö before stemming', () => {
    expect(stems('Fo\u0308rskolans')).toEqual(['förskolan'])
  })

  it('finds case numbers whatever the template, in one form', () => {
    expect(
      caseReferences(
        'Er beteckning KS-2025-00466, tidigare KS 2022/1197 och BUN 2024.123; SBN-2025-7-2',
      ),
    ).toEqual(['KS-2025-466', 'KS-2022-1197', 'BUN-2024-123', 'SBN-2025-7'])
    expect(caseReferences('OSL 26:1 och 2025-12-15')).toEqual([])
  })

  it('finds property designations', () => {
    expect(
      propertyDesignations('Bygglov på fastigheten Näsbyn 2:14 och Kalix Nyborg 10:3'),
    ).toEqual(['näsbyn 2:14', 'kalix nyborg 10:3'])
    expect(propertyDesignations('OSL 26:1')).toEqual([])
  })
})
