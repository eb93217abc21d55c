import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { isIsoDate } from '../../domain/dates.js'
import { orderDelegationReport, type DelegationReportOrder } from '../../domain/delegation.js'
import { ValidationError } from '../../domain/errors.js'
import {
  assignUnreported,
  listReportedTo,
  type DelegatedDecisionDetail,
} from '../../repositories/delegated-decision.repository.js'
import { findMeeting } from '../../repositories/meeting.repository.js'
import type { DelegatedDecisionView } from '../../render/view-models.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { requireCommitteeReader } from '../committees/committee-access.js'
import { lockMeetingFor, notFoundMeeting } from '../meetings/meeting-lookup.js'
import { isUuid } from '../registry/create-case.js'
import { assertReportable } from './decision-refs.js'
import { requireDelegationManager } from './delegation-access.js'

/** 'Ekonomichef Jeanette Larsson'; a summary row prints its unit ('Arbetsgivarenheten'). */
export function decisionMakerLabel(d: DelegatedDecisionDetail): string {
  if (d.kind === 'periodSummary') return d.unit ?? ''
  return [d.decision_maker_title, d.decision_maker_name].filter(Boolean).join(' ')
}

/** One row of the report as the notice prints it (render/view-models.ts). */
export function delegatedDecisionView(d: DelegatedDecisionDetail): DelegatedDecisionView {
  return {
    ...(d.kind === 'periodSummary'
      ? { period: { from: d.period_from!, to: d.period_to! } }
      : { date: d.decided_on! }),
    ...(d.case_number ? { caseNumber: d.case_number } : {}),
    decisionMaker: decisionMakerLabel(d),
    action: d.action,
    ...(d.point_number ? { point: d.point_number, pointText: d.point_text ?? '' } : {}),
  }
}

/** The report's rows in the chosen order (domain/delegation.ts orderDelegationReport). */
export function orderReport(
  rows: readonly DelegatedDecisionDetail[],
  order: DelegationReportOrder = 'registered',
): DelegatedDecisionDetail[] {
  const keyed = rows.map((r) => ({
    row: r,
    kind: r.kind,
    seq: r.seq,
    point: r.point_number,
    date: (r.decided_on ?? r.period_from)!,
  }))
  return orderDelegationReport(keyed, order).map((k) => k.row)
}

/**
 * The report of delegated decisions (redovisning av delegationsbeslut) for a meeting: the
 * decisions reported to it, as the notice prints them. For the notice builder; `db` may be the
 * caller's transaction. Staff read it, and the members and substitutes of the committee.
 */
export async function delegationReportForMeeting(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  opts: { order?: DelegationReportOrder } = {},
): Promise<DelegatedDecisionView[]> {
  const m = isUuid(meetingId) ? await findMeeting(db, actor.municipalityId, meetingId) : undefined
  if (!m) throw notFoundMeeting()
  await requireCommitteeReader(db, actor, m.committee_id, m.meets_on)
  return orderReport(await listReportedTo(db, m.id), opts.order).map(delegatedDecisionView)
}

/**
 * `delegation.assignToMeeting`: what the secretary does when building the agenda: every decision
 * of the committee that is to be reported and has no meeting yet, taken on or before `until`
 * (default: the meeting day), is reported to this meeting.
 */
export async function assignUnreportedToMeeting(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; until?: string | null },
): Promise<{ assigned: string[] }> {
  requireDelegationManager(actor, 'sammanställa delegationsbeslut')
  if (input.until && !isIsoDate(input.until)) {
    throw new ValidationError('Datumet är ogiltigt.', [
      { field: 'until', message: 'Ange ÅÅÅÅ-MM-DD.' },
    ])
  }
  return runCommand(deps, ctx, actor, 'delegation.assignToMeeting', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertReportable(m)
    const until = input.until && input.until < m.meets_on ? input.until : m.meets_on
    const assigned = await assignUnreported(trx, m.committee_id, m.id, until, at)
    return {
      result: { assigned },
      audit: {
        entityType: 'meeting',
        entityId: m.id,
        data: { until, delegatedDecisions: assigned },
      },
    }
  })
}
