import type { MotionSource } from '../../db/schema.js'
import {
  ConflictError,
  NotFoundError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import type { Motion } from '../../domain/voting.js'
import {
  listItemMotions,
  insertMotion,
  setMotionWithdrawn,
  type MotionRow,
} from '../../repositories/motion.repository.js'
import { listMeetingVotes } from '../../repositories/vote.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { assertServing, itemAtMeeting } from './item-conduct.js'

/** The label of the proposal in the papers when none is given. */
export const PAPERS_LABEL = 'Förslag till beslut'

export interface NewMotionInput {
  meetingId: string
  itemId: string
  /** 'papers': the proposal in the papers (förslag till beslut); 'member': a yrkande. */
  source: MotionSource
  membershipId?: string | null
  /** For the papers: whose proposal, 'Kommunledningskontorets förslag'. */
  label?: string | null
  text: string
  /** Members who second the motion (yrkar bifall). */
  supportedBy?: string[]
}

/** A motion as domain/voting.ts sees it. */
export const domainMotion = (r: MotionRow): Motion => ({
  id: r.id,
  movedBy: r.membership_id,
  text: r.text,
  withdrawn: r.withdrawn_at !== null,
})

/**
 * `agenda.addMotion`: a motion (yrkande) by a serving member, or the proposal in the papers,
 * recorded in the order made. The minutes show every motion not withdrawn (KL 5 kap. 66 §,
 * applied to nämnder by 6 kap. 35 §).
 */
export async function addMotion(deps: Deps, ctx: Ctx, actor: Actor, input: NewMotionInput) {
  requireMeetingManager(actor, 'registrera yrkanden')
  const text = input.text?.trim() ?? ''
  const label = input.label?.trim() || null
  const fields: FieldError[] = []
  if (!text || text.length > 10_000)
    fields.push({ field: 'text', message: 'Skriv yrkandet (högst 10 000 tecken).' })
  if (label && label.length > 200)
    fields.push({ field: 'label', message: 'Benämningen får vara högst 200 tecken.' })
  if (input.source === 'member' && !input.membershipId)
    fields.push({ field: 'membershipId', message: 'Ange vem som yrkar.' })
  if (input.source === 'papers' && input.membershipId)
    fields.push({
      field: 'membershipId',
      message: 'Förslaget i handlingarna har ingen yrkande ledamot.',
    })
  if (input.source !== 'papers' && input.source !== 'member')
    fields.push({
      field: 'source',
      message: 'Ange papers (förslaget i handlingarna) eller member.',
    })
  assertNoFieldErrors(fields, 'Yrkandet kunde inte registreras.')
  const supporters = [...new Set(input.supportedBy ?? [])]
  return runCommand(deps, ctx, actor, 'agenda.addMotion', async (trx, at) => {
    const { m, entry } = await itemAtMeeting(trx, actor, input, ['open'], 'registrera yrkanden')
    const movers = input.source === 'member' ? [input.membershipId as string] : []
    assertServing(entry, movers, 'membershipId')
    assertServing(entry, supporters, 'supportedBy')
    const row = await insertMotion(trx, {
      agenda_item_id: entry.item.id,
      source: input.source,
      membership_id: input.source === 'member' ? (input.membershipId as string) : null,
      label: input.source === 'papers' ? (label ?? PAPERS_LABEL) : null,
      text,
      supporters: supporters.filter((s) => !movers.includes(s)),
      withdrawn_at: null,
      created_at: at,
      recorded_by: actorId(actor),
    })
    return {
      result: row,
      audit: {
        entityType: 'agendaItem',
        entityId: entry.item.id,
        data: { meetingId: m.id, motionId: row.id, source: row.source, by: row.membership_id },
      },
    }
  })
}

/**
 * `agenda.withdrawMotion`: the mover takes the motion back; it is no longer put to decision and
 * the minutes leave it out. Not once it has been put to decision or to a vote.
 */
export async function withdrawMotion(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string; motionId: string },
) {
  requireMeetingManager(actor, 'återta yrkanden')
  return runCommand(deps, ctx, actor, 'agenda.withdrawMotion', async (trx, at) => {
    const { m, entry } = await itemAtMeeting(trx, actor, input, ['open'], 'återta yrkanden')
    const motion = (await listItemMotions(trx, entry.item.id)).find((x) => x.id === input.motionId)
    if (!motion) throw new NotFoundError('motion_not_found', 'Yrkandet finns inte i punkten.')
    if (motion.source === 'papers') {
      throw new ConflictError(
        'papers_proposal',
        'Förslaget i handlingarna kan inte återtas vid sammanträdet.',
      )
    }
    if (motion.withdrawn_at)
      throw new ConflictError('motion_withdrawn', 'Yrkandet är redan återtaget.')
    const inVote = (await listMeetingVotes(trx, m.id)).some(
      (v) => v.ja_motion_id === motion.id || v.nej_motion_id === motion.id,
    )
    const inDecision = (entry.item.proposition_order ?? []).includes(motion.id)
    if (inVote || inDecision) {
      throw new ConflictError(
        'motion_used',
        'Yrkandet har redan ställts under proposition eller omröstning och kan inte återtas.',
      )
    }
    const row = await setMotionWithdrawn(trx, motion.id, at)
    return {
      result: row,
      audit: {
        entityType: 'agendaItem',
        entityId: entry.item.id,
        data: { meetingId: m.id, motionId: motion.id },
      },
    }
  })
}
