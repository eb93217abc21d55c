import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lookup } from '../../src/domain/ai-guard/name-lexicon.js'
import { evaluate, loadSet, SET_FILE } from './evaluate.js'
import { generateSet, serialise } from './generate-set.js'
import { UNSEEN_GIVEN, UNSEEN_SURNAMES } from './people.js'

/** The targets of issue 4 on the committed evaluation set, so that CI keeps them (see run-eval.ts). */
describe('the AI guard on the labelled evaluation set', () => {
  it('is the set the generator writes (regenerate with npx tsx server/eval/guard/generate-set.ts)', () => {
    expect(serialise(generateSet()) === readFileSync(SET_FILE, 'utf8')).toBe(true)
  })

  it('measures unseen names with names that really are outside the guard’s lexicon', () => {
    const inLexicon = [...UNSEEN_GIVEN, ...UNSEEN_SURNAMES].filter(
      (n) => lookup(n.toLowerCase()) !== null,
    )
    expect(inLexicon).toEqual([])
  })

  it('meets every target', () => {
    const report = evaluate(loadSet())
    const missed = report.targets.filter((t) => !t.ok).map((t) => `${t.name}: ${t.value}`)
    expect(missed).toEqual([])
    // Nothing that must be blocked is allowed through untouched.
    expect(report.confusion.BLOCK.ALLOW).toBe(0)
    expect(report.confusion.ALLOW.BLOCK + report.confusion.ALLOW.REDACT).toBe(0)
  })
})
