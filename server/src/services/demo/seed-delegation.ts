import { findCaseByNumber } from '../../repositories/case.repository.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { registerDelegatedDecision } from '../delegation/register-decision.js'
import { addPoint } from '../delegation/scheme-points.js'
import { adoptVersion, createDraftVersion } from '../delegation/scheme-versions.js'
import {
  demoDelegatedDecisions,
  demoDelegationPoints,
  demoDelegationReportOrder,
  demoDelegationScheme,
  demoReportingPeriod,
} from './delegation-seed-data.js'

const ctxOn = (date: string): Ctx => ({
  requestId: 'demo',
  now: () => new Date(`${date}T10:00:00+01:00`),
})

/**
 * KS's delegation scheme and the delegated decisions of the seed's table, reported to the KS
 * meeting of 2025-12-15, through the commands a secretary uses (delegation-seed-data.ts).
 */
export async function seedDelegation(
  deps: Deps,
  input: { municipalityId: string; committeeId: string; secretary: Actor; meetingId: string },
): Promise<void> {
  const { secretary, committeeId } = input
  const setup = ctxOn('2022-12-12')
  const draft = await createDraftVersion(deps, setup, secretary, { committeeId })
  for (const p of demoDelegationPoints) {
    await addPoint(deps, setup, secretary, { ...p, versionId: draft.id })
  }
  await adoptVersion(deps, setup, secretary, {
    versionId: draft.id,
    adoptedOn: demoDelegationScheme.adoptedOn,
    validFrom: demoDelegationScheme.validFrom,
  })
  const registered = ctxOn(demoReportingPeriod.to)
  for (const key of demoDelegationReportOrder) {
    const d = demoDelegatedDecisions[key]
    const common = { committeeId, action: d.action, reportTo: input.meetingId }
    if (d.kind === 'periodSummary') {
      await registerDelegatedDecision(deps, registered, secretary, {
        ...common,
        kind: 'periodSummary',
        period: demoReportingPeriod,
        unit: d.unit,
      })
      continue
    }
    const c = await findCaseByNumber(deps.db, input.municipalityId, d.caseNumber)
    await registerDelegatedDecision(deps, registered, secretary, {
      ...common,
      decidedOn: d.decidedOn,
      caseId: c?.id ?? null,
      point: d.point,
      decisionMaker: { name: d.decisionMaker.name, title: d.decisionMaker.title },
    })
  }
}
