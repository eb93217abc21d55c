import { ConflictError, ValidationError } from './errors.js'

/** An open, named vote: ja for the proposal put first, nej for the counter-proposal. */
export type VoteChoice = 'ja' | 'nej' | 'avstår'
/** 'decision' (beslut) or 'election' (val): they settle ties differently. */
export type VoteKind = 'decision' | 'election'

/** One member's vote, recorded by name (KL 5 kap. 66 §: open votes are minuted per member). */
export interface Ballot {
  memberId: string
  choice: VoteChoice
}

/**
 * Refuses abstaining in an item of myndighetsutövning mot enskild: whoever takes part in
 * handling such an item must vote (KL 4 kap. 25 §, verify the paragraph; LEGAL-RULES rule 24).
 */
export function assertChoiceAllowed(choice: VoteChoice, exerciseOfAuthority: boolean): void {
  if (choice !== 'ja' && choice !== 'nej' && choice !== 'avstår') {
    throw new ValidationError('Ogiltig röst.', [
      { field: 'choice', message: 'Rösta ja, nej eller avstår.' },
    ])
  }
  if (choice === 'avstår' && exerciseOfAuthority) {
    throw new ValidationError(
      'Det går inte att avstå från att rösta i ett ärende som gäller myndighetsutövning.',
      [{ field: 'choice', message: 'Rösta ja eller nej.' }],
      'abstention_not_allowed',
    )
  }
}

/** An open vote on one item. */
export interface VoteInput {
  kind: VoteKind
  /** The members serving on the item; each must have exactly one ballot. */
  serving: string[]
  ballots: Ballot[]
  /** The chair (ordförande) of the meeting, one of `serving`. */
  chairId: string
  exerciseOfAuthority: boolean
  /** Draws lots between ja and nej; injected so that tests are deterministic. */
  drawLot?: () => 'ja' | 'nej'
}

/** The tally and how the outcome was reached, for the minutes. */
export interface VoteResult {
  ja: number
  nej: number
  avstår: number
  outcome: 'ja' | 'nej'
  decidedBy: 'majority' | 'castingVote' | 'lot'
}

/**
 * The result of an open vote. The protocol must show how each member voted (KL 5 kap. 66 §,
 * applied to nämnder by 6 kap. 35 §), so every serving member has exactly one ballot. On a
 * tie the chair has the casting vote (utslagsröst) in a decision, and lots decide in an
 * election (KL 5 kap. and 6 kap. voting rules; verify the paragraphs, LEGAL-RULES rule 25).
 */
export function voteResult(input: VoteInput): VoteResult {
  const serving = new Set(input.serving)
  if (!serving.has(input.chairId)) {
    throw new ValidationError('Ordföranden måste vara tjänstgörande i ärendet.', [
      { field: 'chairId', message: 'Ordföranden tjänstgör inte i ärendet.' },
    ])
  }
  const byMember = new Map<string, VoteChoice>()
  for (const b of input.ballots) {
    if (!serving.has(b.memberId)) {
      throw new ValidationError('Bara tjänstgörande ledamöter får rösta.', [
        { field: 'ballots', message: `${b.memberId} tjänstgör inte i ärendet.` },
      ])
    }
    if (byMember.has(b.memberId)) {
      throw new ValidationError('En ledamot kan bara rösta en gång.', [
        { field: 'ballots', message: `${b.memberId} har röstat mer än en gång.` },
      ])
    }
    assertChoiceAllowed(b.choice, input.exerciseOfAuthority)
    byMember.set(b.memberId, b.choice)
  }
  const missing = input.serving.filter((id) => !byMember.has(id))
  if (missing.length > 0) {
    throw new ValidationError('Alla tjänstgörande ledamöter ska ha en registrerad röst.', [
      { field: 'ballots', message: `Röst saknas för: ${missing.join(', ')}.` },
    ])
  }

  const count = (c: VoteChoice) => [...byMember.values()].filter((v) => v === c).length
  const tally = { ja: count('ja'), nej: count('nej'), avstår: count('avstår') }
  if (tally.ja !== tally.nej) {
    return { ...tally, outcome: tally.ja > tally.nej ? 'ja' : 'nej', decidedBy: 'majority' }
  }
  if (input.kind === 'election') {
    if (!input.drawLot) {
      throw new ConflictError(
        'lot_required',
        'Lika röstetal i ett val: valet avgörs genom lottning.',
      )
    }
    return { ...tally, outcome: input.drawLot(), decidedBy: 'lot' }
  }
  const chairChoice = byMember.get(input.chairId)
  if (chairChoice !== 'ja' && chairChoice !== 'nej') {
    throw new ConflictError(
      'casting_vote_missing',
      'Lika röstetal: ordföranden har utslagsröst men har inte röstat ja eller nej.',
    )
  }
  return { ...tally, outcome: chairChoice, decidedBy: 'castingVote' }
}

/** A proposal or motion (förslag, yrkande) on an item. */
export interface Motion {
  id: string
  /** Who moved it; null for the proposal in the papers (förslag till beslut). */
  movedBy: string | null
  text: string
  withdrawn: boolean
}

/**
 * The proposals and motions the protocol must show: those not withdrawn, in the order made
 * (KL 5 kap. 66 §, via 6 kap. 35 §).
 */
export function motionsForMinutes(motions: Motion[]): Motion[] {
  return motions.filter((m) => !m.withdrawn)
}

/**
 * Checks the order in which the chair put the proposals to decision (KL 5 kap. 66 §, via
 * 6 kap. 35 §): every proposal not withdrawn, each once, no withdrawn or unknown ones.
 * Returns the order as given.
 */
export function assertDecisionOrder(motions: Motion[], order: string[]): string[] {
  const byId = new Map(motions.map((m) => [m.id, m]))
  const seen = new Set<string>()
  for (const id of order) {
    const m = byId.get(id)
    const problem = !m
      ? `Okänt förslag: ${id}.`
      : m.withdrawn
        ? `Förslaget ${id} är återtaget och kan inte ställas under proposition.`
        : seen.has(id)
          ? `Förslaget ${id} förekommer mer än en gång.`
          : null
    if (problem) {
      throw new ValidationError(`Ordningen för beslut är ogiltig. ${problem}`, [
        { field: 'order', message: problem },
      ])
    }
    seen.add(id)
  }
  const left = motionsForMinutes(motions).filter((m) => !seen.has(m.id))
  if (left.length > 0) {
    throw new ValidationError('Alla förslag som inte återtagits ska ställas under proposition.', [
      { field: 'order', message: `Saknas: ${left.map((m) => m.id).join(', ')}.` },
    ])
  }
  return order
}
