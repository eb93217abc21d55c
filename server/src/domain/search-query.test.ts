import { describe, expect, it } from 'vitest'
import {
  buildTsquery,
  correctable,
  maxTypoEdits,
  parseSearchQuery,
  typoDistance,
  vocabularyWords,
} from './search-query.js'

describe('search query parsing', () => {
  it('makes plain words prefix terms joined by AND', () => {
    expect(parseSearchQuery('förskola Kalix').tsquery).toBe("'förskola':* & 'kalix':*")
  })
  it('handles phrases, OR and NOT', () => {
    expect(parseSearchQuery('"kommunstyrelsens delegationsordning"').tsquery).toBe(
      "('kommunstyrelsens' <-> 'delegationsordning')",
    )
    expect(parseSearchQuery('avtal OR lån -kommuninvest').tsquery).toBe(
      "('avtal':* | 'lån':*) & !'kommuninvest':*",
    )
  })
  it('drops tsquery syntax a user might type, and gives null for nothing searchable', () => {
    expect(parseSearchQuery("a'b & ! :*").tsquery).toBe("('a' <-> 'b')")
    expect(parseSearchQuery('  !!! ').tsquery).toBeNull()
    expect(parseSearchQuery('-bara').tsquery).toBeNull()
  })
})

describe('typo helpers', () => {
  it('widens plain words with their corrections, never negated ones or phrases', () => {
    const parsed = parseSearchQuery('förskloa "vatten och avlopp" -avtal')
    expect(parsed.words).toEqual(['förskloa'])
    expect(buildTsquery(parsed.groups, new Map([['förskloa', ['förskola', 'förskolans']]]))).toBe(
      "('förskloa':* | 'förskola':* | 'förskolans':*) & ('vatten' <-> 'och' <-> 'avlopp') & !'avtal':*",
    )
  })
  it('measures typos as edits against the word or a prefix of it', () => {
    expect(typoDistance('förskloa', 'förskolans')).toBe(1)
    expect(typoDistance('delegationsordnign', 'delegationsordning')).toBe(1)
    expect(typoDistance('förskloa', 'förslag')).toBeGreaterThan(maxTypoEdits('förskloa'))
    expect(maxTypoEdits('avtl')).toBe(1)
  })
  it('keeps letters-only words of 4–32 characters in the vocabulary', () => {
    expect([...vocabularyWords('Förskolans lokaler i Bergön, KS-2025-00001 och 2025')]).toEqual([
      'förskolans',
      'lokaler',
      'bergön',
    ])
    expect(correctable('avt')).toBe(false)
    expect(correctable('förskloa')).toBe(true)
  })
})
