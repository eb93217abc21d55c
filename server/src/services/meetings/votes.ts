import { randomInt } from 'node:crypto'
import type { VoteKind } from '../../db/schema.js'
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import { voteResult, type Ballot } from '../../domain/voting.js'
import { listItemMotions, type MotionRow } from '../../repositories/motion.repository.js'
import { deleteVote, insertVote, listMeetingVotes } from '../../repositories/vote.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { genitiveName } from '../minutes/wording.js'
import type { MeetingAttendance } from './attendance.js'
import { assertQuorum, itemAtMeeting, personOf, presidingChair } from './item-conduct.js'

export interface VoteInput {
  meetingId: string
  itemId: string
  /** 'decision' settles a tie by the chair's casting vote, 'election' by lot (LEGAL-RULES 25). */
  kind: VoteKind
  /** A decision vote: ja for one motion, nej for the other. */
  jaMotionId?: string | null
  nejMotionId?: string | null
  /** An election: the two candidates (or what ja and nej stand for). */
  jaLabel?: string | null
  nejLabel?: string | null
  ballots: Ballot[]
  /** Who chaired the item, when neither the chair nor the vice chair serves on it. */
  chairMembershipId?: string | null
}

/** How a motion is named in the vote question: 'Johan Perssons (S) yrkande'. */
export function motionLabel(motion: MotionRow, a: MeetingAttendance): string {
  if (motion.source === 'papers') return motion.label ?? 'förslaget till beslut'
  const p = a.people.find((x) => x.id === motion.membership_id)
  return p ? `${genitiveName(p.name)} (${p.party}) yrkande` : 'yrkandet'
}

/** A fair coin from the operating system's CSPRNG: ja or nej. */
export const cryptoLot = (): 'ja' | 'nej' => (randomInt(2) === 0 ? 'ja' : 'nej')

function standingMotion(motions: MotionRow[], id: string | null | undefined, field: string) {
  const found = motions.find((x) => x.id === id)
  if (!found || found.withdrawn_at) {
    throw new ValidationError(
      'Omröstningen måste gälla två förslag i punkten som inte återtagits.',
      [{ field, message: 'Välj ett förslag i punkten.' }],
    )
  }
  return found
}

/**
 * `agenda.recordVote`: an open, named vote (votering). Every serving member has exactly one
 * ballot (KL 5 kap. 66–67 §§ via 6 kap. 35 §: the minutes show how each voted); abstaining is
 * refused in myndighetsutövning; a tie goes to the chair's casting vote in a decision and to a
 * lot in an election (domain/voting.ts). The lot is a real draw, recorded with the vote.
 */
export async function recordVote(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: VoteInput,
  options: { drawLot?: () => 'ja' | 'nej' } = {},
) {
  requireMeetingManager(actor, 'registrera omröstningar')
  const fields: FieldError[] = []
  if (input.kind !== 'decision' && input.kind !== 'election')
    fields.push({ field: 'kind', message: 'Ange decision (beslut) eller election (val).' })
  if (input.kind === 'election') {
    for (const f of ['jaLabel', 'nejLabel'] as const) {
      const v = input[f]?.trim() ?? ''
      if (!v || v.length > 300)
        fields.push({ field: f, message: 'Ange vad rösten gäller (högst 300 tecken).' })
    }
  }
  if (!Array.isArray(input.ballots) || input.ballots.length === 0)
    fields.push({ field: 'ballots', message: 'Ange hur varje tjänstgörande ledamot röstade.' })
  assertNoFieldErrors(fields, 'Omröstningen kunde inte registreras.')
  return runCommand(deps, ctx, actor, 'agenda.recordVote', async (trx, at) => {
    const { m, a, entry } = await itemAtMeeting(
      trx,
      actor,
      input,
      ['open'],
      'registrera omröstningar',
    )
    assertQuorum(entry, a.roster.members.length)
    let jaLabel = input.jaLabel?.trim() ?? ''
    let nejLabel = input.nejLabel?.trim() ?? ''
    let jaMotion: MotionRow | null = null
    let nejMotion: MotionRow | null = null
    if (input.kind === 'decision' || input.jaMotionId || input.nejMotionId) {
      const motions = await listItemMotions(trx, entry.item.id)
      jaMotion = standingMotion(motions, input.jaMotionId, 'jaMotionId')
      nejMotion = standingMotion(motions, input.nejMotionId, 'nejMotionId')
      if (jaMotion.id === nejMotion.id) {
        throw new ValidationError('Ja och nej måste gälla olika förslag.', [
          { field: 'nejMotionId', message: 'Välj ett annat förslag.' },
        ])
      }
      jaLabel ||= motionLabel(jaMotion, a)
      nejLabel ||= motionLabel(nejMotion, a)
    }
    const chair = presidingChair(a, entry, input.chairMembershipId)
    const result = voteResult({
      kind: input.kind,
      serving: entry.serving.map((s) => s.id),
      ballots: input.ballots,
      chairId: chair.id,
      exerciseOfAuthority: entry.item.exercise_of_authority,
      drawLot: options.drawLot ?? cryptoLot,
    })
    const choiceOf = new Map(input.ballots.map((b) => [b.memberId, b.choice]))
    const vote = await insertVote(
      trx,
      {
        agenda_item_id: entry.item.id,
        kind: input.kind,
        ja_motion_id: jaMotion?.id ?? null,
        nej_motion_id: nejMotion?.id ?? null,
        ja_label: jaLabel,
        nej_label: nejLabel,
        chair_membership_id: chair.id,
        exercise_of_authority: entry.item.exercise_of_authority,
        ja_count: result.ja,
        nej_count: result.nej,
        abstain_count: result.avstår,
        outcome: result.outcome,
        decided_by: result.decidedBy,
        recorded_at: at,
        recorded_by: actorId(actor),
      },
      entry.serving.map((s, i) => ({
        membership_id: s.id,
        choice: choiceOf.get(s.id)!,
        serving_for: s.servingFor,
        position: i + 1,
      })),
    )
    return {
      result: { vote, result, chair: personOf(a, chair.id) },
      audit: {
        entityType: 'agendaItem',
        entityId: entry.item.id,
        data: {
          meetingId: m.id,
          voteId: vote.id,
          kind: input.kind,
          tally: { ja: result.ja, nej: result.nej, avstår: result.avstår },
          outcome: result.outcome,
          decidedBy: result.decidedBy,
          ballots: vote.ballots.map((b) => [b.membership_id, b.choice]),
        },
      },
    }
  })
}

/** `agenda.removeVote`: a vote recorded by mistake is taken back while the meeting is open. */
export async function removeVote(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string; voteId: string },
) {
  requireMeetingManager(actor, 'ta bort omröstningar')
  return runCommand(deps, ctx, actor, 'agenda.removeVote', async (trx) => {
    const { m, entry } = await itemAtMeeting(trx, actor, input, ['open'], 'ta bort omröstningar')
    const votes = (await listMeetingVotes(trx, m.id)).filter(
      (v) => v.agenda_item_id === entry.item.id,
    )
    const vote = votes.find((v) => v.id === input.voteId)
    if (!vote) throw new NotFoundError('vote_not_found', 'Omröstningen finns inte i punkten.')
    if (vote !== votes[votes.length - 1]) {
      throw new ConflictError(
        'vote_not_last',
        'Bara den senaste omröstningen i punkten kan tas bort.',
      )
    }
    if (entry.item.decision_text !== null) {
      throw new ConflictError(
        'decision_recorded',
        'Beslutet är registrerat efter omröstningen. Ändra beslutet innan omröstningen tas bort.',
      )
    }
    await deleteVote(trx, vote.id)
    return {
      result: null,
      audit: {
        entityType: 'agendaItem',
        entityId: entry.item.id,
        data: { meetingId: m.id, voteId: vote.id },
      },
    }
  })
}
