import { describe, expect, it } from 'vitest'
import { ConflictError, ValidationError } from './errors.js'
import {
  assertChoiceAllowed,
  assertDecisionOrder,
  motionsForMinutes,
  voteResult,
  type Ballot,
  type Motion,
  type VoteChoice,
  type VoteInput,
} from './voting.js'

const serving = ['chair', 'm2', 'm3', 'm4', 'm5', 'm6']
const ballots = (...choices: VoteChoice[]): Ballot[] =>
  choices.map((choice, i) => ({ memberId: serving[i] ?? `x${i}`, choice }))
const vote = (over: Partial<VoteInput>): VoteInput => ({
  kind: 'decision',
  serving,
  ballots: [],
  chairId: 'chair',
  exerciseOfAuthority: false,
  ...over,
})

describe('assertChoiceAllowed (rule 24)', () => {
  it('allows ja, nej and avstår in ordinary items', () => {
    for (const c of ['ja', 'nej', 'avstår'] as const) {
      expect(() => assertChoiceAllowed(c, false)).not.toThrow()
    }
  })
  it('refuses avstår in myndighetsutövning', () => {
    expect(() => assertChoiceAllowed('avstår', true)).toThrow(ValidationError)
    try {
      assertChoiceAllowed('avstår', true)
    } catch (err) {
      expect((err as ValidationError).code).toBe('abstention_not_allowed')
    }
    expect(() => assertChoiceAllowed('ja', true)).not.toThrow()
  })
})

describe('voteResult', () => {
  it('decides by majority, counting abstentions apart', () => {
    expect(
      voteResult(vote({ ballots: ballots('ja', 'ja', 'ja', 'nej', 'nej', 'avstår') })),
    ).toEqual({ ja: 3, nej: 2, avstår: 1, outcome: 'ja', decidedBy: 'majority' })
    expect(
      voteResult(vote({ ballots: ballots('ja', 'nej', 'nej', 'nej', 'ja', 'avstår') })),
    ).toMatchObject({ outcome: 'nej', decidedBy: 'majority' })
  })
  it('lets the chair’s own vote decide a tied decision', () => {
    expect(voteResult(vote({ ballots: ballots('ja', 'ja', 'ja', 'nej', 'nej', 'nej') }))).toEqual({
      ja: 3,
      nej: 3,
      avstår: 0,
      outcome: 'ja',
      decidedBy: 'castingVote',
    })
    expect(
      voteResult(vote({ ballots: ballots('nej', 'ja', 'ja', 'nej', 'avstår', 'avstår') })),
    ).toMatchObject({ outcome: 'nej', decidedBy: 'castingVote' })
  })
  it('refuses a tied decision when the chair abstained', () => {
    expect(() =>
      voteResult(vote({ ballots: ballots('avstår', 'ja', 'nej', 'avstår', 'avstår', 'avstår') })),
    ).toThrow(ConflictError)
  })
  it('settles a tied election by lot', () => {
    let draws = 0
    const drawLot = () => {
      draws++
      return 'nej' as const
    }
    const tied = ballots('ja', 'ja', 'ja', 'nej', 'nej', 'nej')
    expect(voteResult(vote({ kind: 'election', ballots: tied, drawLot }))).toMatchObject({
      outcome: 'nej',
      decidedBy: 'lot',
    })
    expect(draws).toBe(1)
    const clear = ballots('ja', 'ja', 'ja', 'ja', 'nej', 'nej')
    expect(voteResult(vote({ kind: 'election', ballots: clear, drawLot }))).toMatchObject({
      outcome: 'ja',
      decidedBy: 'majority',
    })
    expect(draws).toBe(1)
  })
  it('needs a lot for a tied election', () => {
    const tied = ballots('ja', 'ja', 'ja', 'nej', 'nej', 'nej')
    expect(() => voteResult(vote({ kind: 'election', ballots: tied }))).toThrow(ConflictError)
  })
  it('refuses avstår in myndighetsutövning', () => {
    const b = ballots('ja', 'ja', 'ja', 'nej', 'nej', 'avstår')
    expect(() => voteResult(vote({ ballots: b, exerciseOfAuthority: true }))).toThrow(
      ValidationError,
    )
  })
  it('needs one ballot from every serving member and no one else', () => {
    expect(() => voteResult(vote({ ballots: ballots('ja', 'ja', 'ja', 'nej', 'nej') }))).toThrow(
      /Alla tjänstgörande/,
    )
    const twice = [
      ...ballots('ja', 'ja', 'ja', 'nej', 'nej', 'nej'),
      { memberId: 'm2', choice: 'nej' as const },
    ]
    expect(() => voteResult(vote({ ballots: twice }))).toThrow(/en gång/)
    const stranger = [
      ...ballots('ja', 'ja', 'ja', 'nej', 'nej', 'nej'),
      { memberId: 'x', choice: 'ja' as const },
    ]
    expect(() => voteResult(vote({ ballots: stranger }))).toThrow(/tjänstgörande/)
  })
  it('needs the chair to be serving', () => {
    const b = ballots('ja', 'ja', 'ja', 'nej', 'nej', 'nej')
    expect(() => voteResult(vote({ ballots: b, chairId: 'nobody' }))).toThrow(ValidationError)
  })
})

const motions: Motion[] = [
  { id: 'p1', movedBy: null, text: 'Förslag till beslut', withdrawn: false },
  { id: 'y1', movedBy: 'm2', text: 'Avslag', withdrawn: false },
  { id: 'y2', movedBy: 'm3', text: 'Återremiss', withdrawn: true },
  { id: 'y3', movedBy: 'm4', text: 'Tilläggsyrkande', withdrawn: false },
]

describe('motions and the order of decision (KL 5 kap. 66 §)', () => {
  it('records the motions not withdrawn, in the order made', () => {
    expect(motionsForMinutes(motions).map((m) => m.id)).toEqual(['p1', 'y1', 'y3'])
  })
  it('accepts an order that puts every remaining motion once', () => {
    expect(assertDecisionOrder(motions, ['y1', 'p1', 'y3'])).toEqual(['y1', 'p1', 'y3'])
  })
  it('refuses withdrawn, unknown, repeated or missing motions', () => {
    expect(() => assertDecisionOrder(motions, ['p1', 'y1', 'y2', 'y3'])).toThrow(/återtaget/)
    expect(() => assertDecisionOrder(motions, ['p1', 'y1', 'y3', 'zz'])).toThrow(ValidationError)
    expect(() => assertDecisionOrder(motions, ['p1', 'y1', 'y1', 'y3'])).toThrow(/mer än en gång/)
    expect(() => assertDecisionOrder(motions, ['p1', 'y3'])).toThrow(/Alla förslag/)
  })
})
