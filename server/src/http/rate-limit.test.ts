import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rate-limit.js'

describe('RateLimiter', () => {
  it('allows the limit per window and per key, then again in the next window', () => {
    let t = 0
    const r = new RateLimiter({ limit: 2, windowMs: 1000, now: () => t })
    expect([r.take('a'), r.take('a'), r.take('a'), r.take('b')]).toEqual([true, true, false, true])
    t = 1000
    expect(r.take('a')).toBe(true)
  })
})
