import { describe, expect, it } from 'vitest'
import { isDraftTarget, normaliseClasses, trainingIsValid, trainingValidUntil } from './ai-rules.js'

describe('AI guideline rules', () => {
  it('a training counts for one year (punkt 7)', () => {
    expect(trainingValidUntil('2025-12-01')).toBe('2026-11-30')
    expect(trainingIsValid('2025-12-01', '2026-11-30')).toBe(true)
    expect(trainingIsValid('2025-12-01', '2026-12-01')).toBe(false)
    expect(trainingIsValid('2026-12-02', '2026-12-01')).toBe(false)
    expect(trainingValidUntil('2024-02-29')).toBe('2025-02-28')
  })

  it('public is implied and unknown classes dropped (punkt 5)', () => {
    expect(normaliseClasses(['personal'])).toEqual(['public', 'personal'])
    expect(normaliseClasses(['confidential', 'nonsense', 'public'])).toEqual([
      'public',
      'confidential',
    ])
  })

  it('no decision field is a draft target (punkt 4)', () => {
    expect(isDraftTarget('report.summary')).toBe(true)
    expect(isDraftTarget('report.proposedDecision')).toBe(false)
    expect(isDraftTarget('minutes.decision')).toBe(false)
    expect(isDraftTarget('toString')).toBe(false)
  })
})
