import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { ConflictError, ValidationError } from '../../domain/errors.js'
import { findCommittee } from '../../repositories/committee.repository.js'
import {
  deletePoint,
  findPoint,
  findPointByNumber,
  findScheme,
  insertPoints,
  updatePoint as updatePointRow,
  type VersionRow,
} from '../../repositories/delegation-scheme.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'
import { assertDraft, notFoundPoint, requireDelegationManager } from './delegation-access.js'
import { pointFields, type PointFields, type PointInput } from './point-fields.js'
import { lockVersionFor } from './scheme-versions.js'

/** A subcommittee delegate must be an utskott of the committee itself (KL 6 kap. 37 §). */
async function assertOwnSubcommittee(trx: Kysely<DB>, actor: Actor, v: VersionRow, p: PointFields) {
  if (p.delegate_type !== 'subcommittee') return
  const committeeId = p.delegate_committee_id ?? ''
  const sub = isUuid(committeeId)
    ? await findCommittee(trx, actor.municipalityId, committeeId)
    : undefined
  const scheme = await findScheme(trx, v.scheme_id)
  if (!sub || sub.kind !== 'subcommittee' || sub.parent_id !== scheme.committee_id) {
    throw new ValidationError('Delegaten måste vara ett av nämndens egna utskott.', [
      { field: 'delegateCommitteeId', message: 'Välj ett utskott under nämnden.' },
    ])
  }
}

async function assertNumberFree(trx: Kysely<DB>, versionId: string, number: string, self?: string) {
  const other = await findPointByNumber(trx, versionId, number)
  if (other && other.id !== self) {
    throw new ConflictError('delegation_point_exists', `Punkt ${number} finns redan i versionen.`)
  }
}

const auditData = (v: VersionRow, p: PointFields) => ({
  versionId: v.id,
  versionNumber: v.version_number,
  number: p.number,
  delegateType: p.delegate_type,
  delegateTitle: p.delegate_title,
  delegateCommitteeId: p.delegate_committee_id,
  amountLimitSek: p.amount_limit_sek,
})

/** `delegation.addPoint`: a point in a draft version. */
export async function addPoint(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: PointInput & { versionId: string },
) {
  requireDelegationManager(actor, 'ändra delegationsordningen')
  const fields = pointFields(input)
  return runCommand(deps, ctx, actor, 'delegation.addPoint', async (trx, at) => {
    const v = await lockVersionFor(trx, actor, input.versionId)
    assertDraft(v)
    await assertOwnSubcommittee(trx, actor, v, fields)
    await assertNumberFree(trx, v.id, fields.number)
    const [row] = await insertPoints(trx, [
      { ...fields, version_id: v.id, created_at: at, updated_at: at },
    ])
    return {
      result: row!,
      audit: { entityType: 'delegationPoint', entityId: row!.id, data: auditData(v, fields) },
    }
  })
}

/** `delegation.updatePoint`: replaces a draft point's fields. */
export async function updatePoint(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: PointInput & { versionId: string; pointId: string },
) {
  requireDelegationManager(actor, 'ändra delegationsordningen')
  const fields = pointFields(input)
  return runCommand(deps, ctx, actor, 'delegation.updatePoint', async (trx, at) => {
    const v = await lockVersionFor(trx, actor, input.versionId)
    assertDraft(v)
    const existing = isUuid(input.pointId) ? await findPoint(trx, v.id, input.pointId) : undefined
    if (!existing) throw notFoundPoint()
    await assertOwnSubcommittee(trx, actor, v, fields)
    await assertNumberFree(trx, v.id, fields.number, existing.id)
    const row = await updatePointRow(trx, existing.id, { ...fields, updated_at: at })
    return {
      result: row,
      audit: {
        entityType: 'delegationPoint',
        entityId: row.id,
        data: { ...auditData(v, fields), previousNumber: existing.number },
      },
    }
  })
}

/** `delegation.removePoint`: takes a point out of a draft version. */
export async function removePoint(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { versionId: string; pointId: string },
) {
  requireDelegationManager(actor, 'ändra delegationsordningen')
  return runCommand(deps, ctx, actor, 'delegation.removePoint', async (trx) => {
    const v = await lockVersionFor(trx, actor, input.versionId)
    assertDraft(v)
    const existing = isUuid(input.pointId) ? await findPoint(trx, v.id, input.pointId) : undefined
    if (!existing) throw notFoundPoint()
    await deletePoint(trx, existing.id)
    return {
      result: null,
      audit: {
        entityType: 'delegationPoint',
        entityId: existing.id,
        data: { versionId: v.id, versionNumber: v.version_number, number: existing.number },
      },
    }
  })
}
