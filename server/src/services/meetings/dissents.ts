import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import {
  assertDissentAllowed,
  assertDissentUnattested,
  assertGroundsEditable,
  decisionParticipants,
} from '../../domain/dissent.js'
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../domain/errors.js'
import { findAttestationPlan } from '../../repositories/attester.repository.js'
import {
  deleteDissent,
  findDissent,
  insertDissent,
  listMeetingDissents,
  updateDissent,
  type DissentRow,
} from '../../repositories/dissent.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import { listMeetingVotes } from '../../repositories/vote.repository.js'
import { runCommand } from '../command.js'
import { actorId, hasRole, type Actor, type Ctx, type Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { requireUser } from '../access/policies.js'
import { itemAtMeeting, type ItemAtMeeting } from './item-conduct.js'

const MAX_GROUNDS = 20_000

function groundsText(grounds: string | null | undefined): string | null {
  const text = grounds?.trim() || null
  if (text && text.length > MAX_GROUNDS) {
    throw new ValidationError('Motiveringen är för lång.', [
      { field: 'grounds', message: `Högst ${MAX_GROUNDS} tecken.` },
    ])
  }
  return text
}

/** The attestation clock of a meeting's minutes (domain/dissent.ts). */
async function clockOf(trx: Kysely<DB>, m: MeetingRow) {
  const plan = await findAttestationPlan(trx, m.id)
  return {
    attestationDueAt: plan?.due_at ? new Date(plan.due_at) : null,
    attestedAt: m.status === 'attested' ? new Date(m.updated_at) : null,
  }
}

/**
 * `agenda.announceDissent`: one or more members reserve themselves against the decision
 * (reservation). Only while the meeting is open and only those who took part in the decision:
 * serving on the item and not abstaining in its last vote (KL 4 kap. 27 §, domain/dissent.ts).
 */
export async function announceDissent(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string; membershipIds: string[]; grounds?: string | null },
) {
  requireMeetingManager(actor, 'registrera reservationer')
  const ids = [...new Set(input.membershipIds ?? [])]
  if (ids.length === 0) {
    throw new ValidationError('Ange vem som reserverar sig.', [
      { field: 'membershipIds', message: 'Välj minst en ledamot.' },
    ])
  }
  const grounds = groundsText(input.grounds)
  return runCommand(deps, ctx, actor, 'agenda.announceDissent', async (trx, at) => {
    const { m, entry } = await itemAtMeeting(
      trx,
      actor,
      input,
      ['open', 'closed'],
      'registrera reservationer',
    )
    if (entry.item.decision_text === null) {
      throw new ConflictError('no_decision', 'Beslutet i punkten är inte registrerat ännu.')
    }
    const votes = (await listMeetingVotes(trx, m.id)).filter(
      (v) => v.agenda_item_id === entry.item.id,
    )
    const last = votes[votes.length - 1]
    const participants = decisionParticipants(
      entry.serving.map((s) => s.id),
      (last?.ballots ?? []).map((b) => ({ memberId: b.membership_id, choice: b.choice })),
    )
    for (const id of ids) {
      assertDissentAllowed({ memberId: id, meetingOpen: m.status === 'open', participants })
    }
    const existing = (await listMeetingDissents(trx, m.id)).filter(
      (d) => d.agenda_item_id === entry.item.id,
    )
    const again = ids.filter((id) => existing.some((d) => d.membership_ids.includes(id)))
    if (again.length > 0) {
      throw new ConflictError('dissent_exists', 'Ledamoten har redan reserverat sig i punkten.')
    }
    if (grounds) assertGroundsEditable(await clockOf(trx, m), at)
    const row = await insertDissent(trx, {
      agenda_item_id: entry.item.id,
      membership_ids: ids,
      grounds,
      announced_at: at,
      grounds_updated_at: grounds ? at : null,
      recorded_by: actorId(actor),
    })
    return {
      result: row,
      audit: {
        entityType: 'agendaItem',
        entityId: entry.item.id,
        data: { meetingId: m.id, dissentId: row.id, members: ids, withGrounds: !!grounds },
      },
    }
  })
}

/** A member of the dissent may hand in its grounds themselves; staff do it on their behalf. */
async function requireGroundsEditor(trx: Kysely<DB>, actor: Actor, d: DissentRow) {
  if (actor.kind === 'system' || hasRole(actor, 'secretary', 'admin')) return
  requireUser(actor)
  const own = await trx
    .selectFrom('committee_memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select('m.id')
    .where('p.user_id', '=', actor.id)
    .where('m.id', 'in', d.membership_ids)
    .executeTakeFirst()
  if (!own) {
    throw new ForbiddenError(
      'forbidden',
      'Bara den som reserverat sig eller sekreteraren kan lämna motiveringen.',
    )
  }
}

async function dissentAt(
  trx: Kysely<DB>,
  actor: Actor,
  input: { meetingId: string; itemId: string; dissentId: string },
): Promise<ItemAtMeeting & { dissent: DissentRow }> {
  const at = await itemAtMeeting(
    trx,
    actor,
    input,
    ['open', 'closed', 'attested'],
    'ändra reservationer',
  )
  const dissent = await findDissent(trx, at.entry.item.id, input.dissentId)
  if (!dissent) throw new NotFoundError('dissent_not_found', 'Reservationen finns inte i punkten.')
  return { ...at, dissent }
}

/**
 * `agenda.setDissentGrounds`: the written grounds of a dissent, handed in or changed before the
 * time set for attestation and never after attestation (KL 4 kap. 27 §). The whole reservation
 * goes into the minutes.
 */
export async function setDissentGrounds(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string; dissentId: string; grounds: string | null },
) {
  const grounds = groundsText(input.grounds)
  return runCommand(deps, ctx, actor, 'agenda.setDissentGrounds', async (trx, at) => {
    const { m, dissent } = await dissentAt(trx, actor, input)
    await requireGroundsEditor(trx, actor, dissent)
    assertGroundsEditable(await clockOf(trx, m), at)
    const row = await updateDissent(trx, dissent.id, { grounds, grounds_updated_at: at })
    return {
      result: row,
      audit: {
        entityType: 'agendaItem',
        entityId: dissent.agenda_item_id,
        data: { meetingId: m.id, dissentId: dissent.id, withGrounds: !!grounds },
      },
    }
  })
}

/** `agenda.withdrawDissent`: a dissent taken back before the minutes are attested. */
export async function withdrawDissent(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string; dissentId: string },
) {
  requireMeetingManager(actor, 'ta bort reservationer')
  return runCommand(deps, ctx, actor, 'agenda.withdrawDissent', async (trx) => {
    const { m, dissent } = await dissentAt(trx, actor, input)
    assertDissentUnattested(await clockOf(trx, m))
    await deleteDissent(trx, dissent.id)
    return {
      result: null,
      audit: {
        entityType: 'agendaItem',
        entityId: dissent.agenda_item_id,
        data: { meetingId: m.id, dissentId: dissent.id, members: dissent.membership_ids },
      },
    }
  })
}
