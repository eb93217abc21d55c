import { describe, expect, it } from 'vitest'
import { parseSearchQuery } from './search-query.js'

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
