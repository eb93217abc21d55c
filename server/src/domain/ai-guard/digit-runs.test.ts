import { describe, expect, it } from 'vitest'
import { digitRuns, isAsciiUpper, matchAtRuns } from './digit-runs.js'
import { isDigit } from './scan.js'

describe('digit runs: where the digit detectors look', () => {
  it('finds each run of digits once, in text order', () => {
    expect(digitRuns('Dnr KS 2025/0466, tel 070-123')).toEqual([7, 11, 12, 16, 22, 25, 26, 29])
    expect(digitRuns('inga siffror')).toEqual([])
  })

  it('tries a pattern at the offsets before each run and only where its first character fits', () => {
    const text = 'ABC 123, xyz 45, SE-392 32, DEF456'
    const plate = /[A-Z]{3} ?\d{2,3}/y
    const seen: string[] = []
    let tried = 0
    const first = (c: number) => {
      tried++
      return isAsciiUpper(c)
    }
    matchAtRuns(text, digitRuns(text), plate, [-4, -3], first, (m) => {
      seen.push(m[0])
      return m.index + m[0].length
    })
    expect(seen).toEqual(['ABC 123', 'DEF456'])
    // Two candidates per run, one for the first run (its first one matched).
    expect(tried).toBe(9)
  })

  it('skips a run inside the previous match, as a global search resumes after it', () => {
    const text = '850101-1236 och 12 34'
    const runs = digitRuns(text)
    const matches: string[] = []
    matchAtRuns(text, runs, /\d+(?:-\d+)?/y, [0], isDigit, (m) => {
      matches.push(m[0])
      return m.index + m[0].length
    })
    expect(matches).toEqual(['850101-1236', '12', '34'])
  })
})
