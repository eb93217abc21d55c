import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { swedishDate } from '../../domain/dates.js'
import { NotFoundError } from '../../domain/errors.js'
import {
  deleteDelegatedDecision,
  findDelegatedDecisionDetail,
  insertDelegatedDecision,
  lockDelegatedDecision,
  updateDelegatedDecision,
  type DelegatedDecisionRow,
} from '../../repositories/delegated-decision.repository.js'
import { findMeeting } from '../../repositories/meeting.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { loadCommittee } from '../committees/committee-access.js'
import { isUuid } from '../registry/create-case.js'
import { decisionFields, type DecisionInput } from './decision-fields.js'
import {
  assertReportable,
  resolveCase,
  resolvePoint,
  resolveReportMeeting,
} from './decision-refs.js'
import { requireDelegationManager } from './delegation-access.js'

export function notFoundDecision(): NotFoundError {
  return new NotFoundError('delegated_decision_not_found', 'Delegationsbeslutet finns inte.')
}

/** The row's columns from a checked input; the point, case and meeting resolved in `trx`. */
async function columns(trx: Kysely<DB>, actor: Actor, input: DecisionInput, today: string) {
  const f = decisionFields(input, today)
  const point = await resolvePoint(trx, actor, input.committeeId, input, f)
  const c = await resolveCase(trx, actor, input.caseId)
  const meeting =
    f.recording === 'report' && input.reportTo
      ? await resolveReportMeeting(trx, actor, input.committeeId, input.reportTo, f.lastDay)
      : null
  return {
    kind: f.kind,
    point_id: point?.id ?? null,
    decided_on: f.decidedOn,
    period_from: f.periodFrom,
    period_to: f.periodTo,
    case_id: c?.id ?? null,
    decision_maker_name: f.decisionMakerName,
    decision_maker_title: f.decisionMakerTitle,
    unit: f.unit,
    action: f.action,
    amount_sek: f.amountSek,
    recording: f.recording,
    report_meeting_id: meeting?.id ?? null,
    separate_minutes_reference: f.separateMinutesReference,
    separate_minutes_posted_on: f.separateMinutesPostedOn,
  }
}

const auditData = (row: DelegatedDecisionRow, caseNumber: string | null, point: string | null) => ({
  committeeId: row.committee_id,
  kind: row.kind,
  decidedOn: row.decided_on,
  period: row.period_from ? { from: row.period_from, to: row.period_to } : null,
  point,
  caseNumber,
  recording: row.recording,
  reportMeetingId: row.report_meeting_id,
})

/** A decision with its point, case and meeting, for the command's result. */
async function detail(trx: Kysely<DB>, actor: Actor, id: string) {
  return (await findDelegatedDecisionDetail(trx, actor.municipalityId, id))!
}

/**
 * `delegation.registerDecision`: a decision taken under delegation, or a period summary,
 * registered against a point of the version in force that day, reported to a meeting (now or
 * later) or minuted separately (KL 6 kap. 37–40 §§).
 */
export async function registerDelegatedDecision(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: DecisionInput,
) {
  requireDelegationManager(actor, 'registrera delegationsbeslut')
  const committee = await loadCommittee(deps.db, actor, input.committeeId)
  return runCommand(deps, ctx, actor, 'delegation.registerDecision', async (trx, at) => {
    const cols = await columns(trx, actor, input, swedishDate(at))
    const row = await insertDelegatedDecision(trx, {
      ...cols,
      municipality_id: actor.municipalityId,
      committee_id: committee.id,
      registered_at: at,
      registered_by: actorId(actor),
      updated_at: at,
    })
    const d = await detail(trx, actor, row.id)
    return {
      result: d,
      audit: {
        entityType: 'delegatedDecision',
        entityId: row.id,
        data: auditData(row, d.case_number, d.point_number),
      },
    }
  })
}

/** Locks a decision that may still change: not yet in the minutes of a closed meeting. */
async function lockChangeable(trx: Kysely<DB>, actor: Actor, id: string) {
  const row = isUuid(id) ? await lockDelegatedDecision(trx, actor.municipalityId, id) : undefined
  if (!row) throw notFoundDecision()
  if (row.report_meeting_id) {
    const m = await findMeeting(trx, actor.municipalityId, row.report_meeting_id)
    if (m) assertReportable(m)
  }
  return row
}

/** `delegation.correctDecision`: replaces the fields of a decision not yet reported at a closed meeting. */
export async function correctDelegatedDecision(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: Omit<DecisionInput, 'committeeId'> & { decisionId: string },
) {
  requireDelegationManager(actor, 'ändra delegationsbeslut')
  return runCommand(deps, ctx, actor, 'delegation.correctDecision', async (trx, at) => {
    const before = await lockChangeable(trx, actor, input.decisionId)
    const cols = await columns(
      trx,
      actor,
      { ...input, committeeId: before.committee_id },
      swedishDate(at),
    )
    const row = await updateDelegatedDecision(trx, before.id, { ...cols, updated_at: at })
    const d = await detail(trx, actor, row.id)
    return {
      result: d,
      audit: {
        entityType: 'delegatedDecision',
        entityId: row.id,
        data: {
          ...auditData(row, d.case_number, d.point_number),
          previous: auditData(before, null, null),
        },
      },
    }
  })
}

/** `delegation.withdrawDecision`: removes a decision registered by mistake, before it is reported. */
export async function withdrawDelegatedDecision(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  decisionId: string,
) {
  requireDelegationManager(actor, 'ta bort delegationsbeslut')
  return runCommand(deps, ctx, actor, 'delegation.withdrawDecision', async (trx) => {
    const row = await lockChangeable(trx, actor, decisionId)
    await deleteDelegatedDecision(trx, row.id)
    return {
      result: null,
      audit: {
        entityType: 'delegatedDecision',
        entityId: row.id,
        data: { ...auditData(row, null, null), action: row.action },
      },
    }
  })
}
