import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { ConflictError, ValidationError } from '../../domain/errors.js'
import { assertDecisionOrder, motionsForMinutes } from '../../domain/voting.js'
import { upsertDecision } from '../../repositories/agenda.repository.js'
import { listItemMotions, type MotionRow } from '../../repositories/motion.repository.js'
import { listMeetingVotes } from '../../repositories/vote.repository.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { runCommand } from '../command.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { assertQuorum, itemAtMeeting, type ItemEntry } from './item-conduct.js'
import { domainMotion } from './motions.js'

export interface DecisionInput {
  meetingId: string
  itemId: string
  /** The decision as minuted; defaults to the text of the motion adopted. */
  text?: string | null
  /** The motions in the order the chair put them to decision (propositionsordning). */
  propositionOrder?: string[] | null
  /** The motion the committee adopted. */
  adoptedMotionId?: string | null
}

/** The winner of the item's last decision vote, as a motion id, if the vote named motions. */
async function lastVoteWinner(trx: Kysely<DB>, meetingId: string, itemId: string) {
  const votes = (await listMeetingVotes(trx, meetingId)).filter(
    (v) => v.agenda_item_id === itemId && v.kind === 'decision',
  )
  const last = votes[votes.length - 1]
  if (!last) return null
  return last.outcome === 'ja' ? last.ja_motion_id : last.nej_motion_id
}

/** Checks the proposition order and the motion adopted against the item's motions and votes. */
async function followMotions(
  trx: Kysely<DB>,
  meetingId: string,
  entry: ItemEntry,
  input: DecisionInput,
): Promise<{ order: string[] | null; adopted: MotionRow | null }> {
  const motions = await listItemMotions(trx, entry.item.id)
  const standing = motionsForMinutes(motions.map(domainMotion))
  if (standing.length === 0) {
    if (input.propositionOrder?.length || input.adoptedMotionId) {
      throw new ValidationError('Punkten har inga yrkanden att ställa under proposition.', [
        { field: 'propositionOrder', message: 'Registrera yrkandena först.' },
      ])
    }
    return { order: null, adopted: null }
  }
  const order = input.propositionOrder ?? (standing.length === 1 ? [standing[0]!.id] : null)
  if (!order) {
    throw new ValidationError(
      'Ange i vilken ordning ordföranden ställde förslagen under proposition.',
      [{ field: 'propositionOrder', message: 'Ange förslagen i propositionsordning.' }],
    )
  }
  // KL 5 kap. 66 §: every proposal not withdrawn, each once.
  assertDecisionOrder(motions.map(domainMotion), order)
  const adoptedId = input.adoptedMotionId ?? (standing.length === 1 ? standing[0]!.id : null)
  const adopted = motions.find((x) => x.id === adoptedId && !x.withdrawn_at)
  if (!adopted || !order.includes(adopted.id)) {
    throw new ValidationError('Ange vilket förslag som bifölls.', [
      {
        field: 'adoptedMotionId',
        message: 'Välj ett av förslagen som ställdes under proposition.',
      },
    ])
  }
  const winner = await lastVoteWinner(trx, meetingId, entry.item.id)
  if (winner && winner !== adopted.id) {
    throw new ConflictError(
      'decision_contradicts_vote',
      'Beslutet stämmer inte med omröstningens resultat: det förslag som vann omröstningen ska bifallas.',
    )
  }
  return { order, adopted }
}

/**
 * `agenda.recordDecision`: the decision (beslut) on an item, refused when the committee lacks
 * quorum for that item: more than half of the members must serve (KL 6 kap. 27 §; those who
 * are jäviga do not count). When motions were made the decision follows them: the order the
 * chair put them and the one adopted, which must be the winner of the item's last vote.
 */
export async function recordDecision(deps: Deps, ctx: Ctx, actor: Actor, input: DecisionInput) {
  requireMeetingManager(actor, 'registrera beslut')
  const given = input.text?.trim() ?? ''
  if (given.length > 20_000 || (!given && !input.adoptedMotionId && input.text !== undefined)) {
    throw new ValidationError('Ange beslutet.', [
      { field: 'text', message: 'Skriv beslutet (högst 20 000 tecken).' },
    ])
  }
  return runCommand(deps, ctx, actor, 'agenda.recordDecision', async (trx, at) => {
    const { m, a, entry } = await itemAtMeeting(trx, actor, input, ['open'], 'registrera beslut')
    assertQuorum(entry, a.roster.members.length)
    const { order, adopted } = await followMotions(trx, m.id, entry, input)
    const text = given || adopted?.text || ''
    if (!text) {
      throw new ValidationError('Ange beslutet.', [
        { field: 'text', message: 'Skriv beslutet (högst 20 000 tecken).' },
      ])
    }
    const row = await upsertDecision(trx, {
      agenda_item_id: entry.item.id,
      text,
      recorded_at: at,
      recorded_by: actorId(actor),
      proposition_order: order,
      adopted_motion_id: adopted?.id ?? null,
    })
    return {
      result: row,
      audit: {
        entityType: 'agendaItem',
        entityId: entry.item.id,
        data: {
          meetingId: m.id,
          serving: entry.serving.map((s) => s.id),
          recused: entry.recused,
          replaced: entry.item.decision_text !== null,
          propositionOrder: order,
          adoptedMotionId: adopted?.id ?? null,
        },
      },
    }
  })
}
