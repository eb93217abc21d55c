import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { swedishDate } from '../../domain/dates.js'
import { planAdoption } from '../../domain/delegation.js'
import {
  ConflictError,
  ValidationError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import { assertIsoDate } from '../../domain/swedish-calendar.js'
import { textField } from '../../domain/text-fields.js'
import { findCaseById } from '../../repositories/case.repository.js'
import {
  deleteDraftVersion,
  findVersion,
  hasDecisionsFrom,
  insertPoints,
  insertVersion,
  listPoints,
  listVersions,
  lockScheme,
  lockSchemeOfCommittee,
  updateVersion,
  type VersionRow,
} from '../../repositories/delegation-scheme.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { loadCommittee } from '../committees/committee-access.js'
import { isUuid, notFoundCase } from '../registry/create-case.js'
import { assertDraft, notFoundVersion, requireDelegationManager } from './delegation-access.js'

/** The version, locked together with its scheme for the rest of the transaction. */
export async function lockVersionFor(trx: Kysely<DB>, actor: Actor, versionId: string) {
  const found = isUuid(versionId)
    ? await findVersion(trx, actor.municipalityId, versionId)
    : undefined
  if (!found) throw notFoundVersion()
  await lockScheme(trx, found.scheme_id)
  return (await findVersion(trx, actor.municipalityId, versionId))!
}

function optionalDate(fields: FieldError[], field: string, value: string | null | undefined) {
  if (value === undefined || value === null || value === '') return null
  try {
    assertIsoDate(value, field)
  } catch {
    fields.push({ field, message: 'Ange ett datum på formen ÅÅÅÅ-MM-DD.' })
  }
  return value
}

export interface DraftInput {
  committeeId: string
  /** The planned first day ("ska börja gälla från och med 2026-01-01"). */
  validFrom?: string | null
  note?: string | null
  /** Start from an empty scheme instead of a copy of the newest adopted version. */
  empty?: boolean
}

/**
 * `delegation.createDraft`: a new version of the committee's scheme to revise (revidering),
 * starting as a copy of the newest adopted version's points unless `empty`. One draft at a time.
 */
export async function createDraftVersion(deps: Deps, ctx: Ctx, actor: Actor, input: DraftInput) {
  requireDelegationManager(actor, 'ändra delegationsordningen')
  const committee = await loadCommittee(deps.db, actor, input.committeeId)
  const fields: FieldError[] = []
  const validFrom = optionalDate(fields, 'validFrom', input.validFrom)
  const note = textField(fields, 'note', input.note, { label: 'anteckningen', max: 2000 })
  assertNoFieldErrors(fields, 'Versionen kunde inte skapas.')
  return runCommand(deps, ctx, actor, 'delegation.createDraft', async (trx, at) => {
    const scheme = await lockSchemeOfCommittee(trx, actor.municipalityId, committee.id, at)
    const versions = await listVersions(trx, scheme.id)
    if (versions.some((v) => v.status === 'draft')) {
      throw new ConflictError(
        'delegation_draft_exists',
        'Det finns redan ett utkast till ny delegationsordning. Arbeta vidare i det eller ta bort det först.',
      )
    }
    const base = [...versions].reverse().find((v) => v.status === 'adopted')
    const version = await insertVersion(trx, {
      municipality_id: actor.municipalityId,
      scheme_id: scheme.id,
      version_number: (versions.at(-1)?.version_number ?? 0) + 1,
      status: 'draft',
      valid_from: validFrom,
      note,
      created_at: at,
      created_by: actorId(actor),
      updated_at: at,
    })
    const copied =
      base && !input.empty
        ? await insertPoints(
            trx,
            (await listPoints(trx, base.id)).map(
              ({ id: _id, delegate_committee_name: _n, ...p }) => ({
                ...p,
                version_id: version.id,
                created_at: at,
                updated_at: at,
              }),
            ),
          )
        : []
    return {
      result: version,
      audit: {
        entityType: 'delegationVersion',
        entityId: version.id,
        data: {
          committeeId: committee.id,
          versionNumber: version.version_number,
          copiedFromVersion: copied.length ? base?.version_number : null,
          points: copied.length,
        },
      },
    }
  })
}

/** `delegation.updateDraft`: the planned first day and the note of a draft. */
export async function updateDraftVersion(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { versionId: string; validFrom?: string | null; note?: string | null },
) {
  requireDelegationManager(actor, 'ändra delegationsordningen')
  const fields: FieldError[] = []
  const validFrom = optionalDate(fields, 'validFrom', input.validFrom)
  const note = textField(fields, 'note', input.note, { label: 'anteckningen', max: 2000 })
  assertNoFieldErrors(fields, 'Versionen kunde inte ändras.')
  return runCommand(deps, ctx, actor, 'delegation.updateDraft', async (trx, at) => {
    const v = await lockVersionFor(trx, actor, input.versionId)
    assertDraft(v)
    const patch = {
      ...(input.validFrom !== undefined ? { valid_from: validFrom } : {}),
      ...(input.note !== undefined ? { note } : {}),
      updated_at: at,
    }
    const row = await updateVersion(trx, v.id, patch)
    return {
      result: row,
      audit: {
        entityType: 'delegationVersion',
        entityId: v.id,
        data: { validFrom: row.valid_from, noteChanged: input.note !== undefined },
      },
    }
  })
}

/** `delegation.discardDraft`: removes a draft that will not be adopted. */
export async function discardDraftVersion(deps: Deps, ctx: Ctx, actor: Actor, versionId: string) {
  requireDelegationManager(actor, 'ändra delegationsordningen')
  return runCommand(deps, ctx, actor, 'delegation.discardDraft', async (trx) => {
    const v = await lockVersionFor(trx, actor, versionId)
    assertDraft(v)
    await deleteDraftVersion(trx, v.id)
    return {
      result: null,
      audit: {
        entityType: 'delegationVersion',
        entityId: v.id,
        data: { versionNumber: v.version_number },
      },
    }
  })
}

export interface AdoptInput {
  versionId: string
  /** The day the committee decided. */
  adoptedOn: string
  /** The first day in force; the draft's planned day when left out. */
  validFrom?: string | null
  /** The case and § of the decision, when known ("Revidering - Kommunstyrelsens delegationsordning"). */
  caseId?: string | null
  sectionNumber?: number | null
}

/**
 * `delegation.adopt`: the committee's decision adopting a draft. The version is in force from
 * its first day; the version in force until then ends the day before. From now on its points
 * cannot change: the next revision is a new version.
 */
export async function adoptVersion(deps: Deps, ctx: Ctx, actor: Actor, input: AdoptInput) {
  requireDelegationManager(actor, 'anta delegationsordningen')
  const fields: FieldError[] = []
  const s = input.sectionNumber ?? null
  if (s !== null && (!Number.isInteger(s) || s < 1 || s > 100_000))
    fields.push({ field: 'sectionNumber', message: 'Ange paragrafens nummer.' })
  if (input.caseId && !isUuid(input.caseId)) throw notFoundCase()
  assertNoFieldErrors(fields, 'Delegationsordningen kunde inte antas.')
  return runCommand(deps, ctx, actor, 'delegation.adopt', async (trx, at) => {
    const v = await lockVersionFor(trx, actor, input.versionId)
    assertDraft(v)
    const validFrom = input.validFrom || v.valid_from
    if (!validFrom) {
      throw new ValidationError('Ange från vilket datum delegationsordningen ska gälla.', [
        { field: 'validFrom', message: 'Ange första giltighetsdag.' },
      ])
    }
    if (input.caseId && !(await findCaseById(trx, actor.municipalityId, input.caseId)))
      throw notFoundCase()
    const points = await listPoints(trx, v.id)
    if (points.length === 0) {
      throw new ValidationError('En delegationsordning utan punkter kan inte antas.', [
        { field: 'points', message: 'Lägg till minst en delegationspunkt.' },
      ])
    }
    const previous = (await listVersions(trx, v.scheme_id)).find(
      (x) => x.status === 'adopted' && x.valid_to === null,
    )
    const plan = planAdoption({
      adoptedOn: input.adoptedOn,
      validFrom,
      previous: previous
        ? { versionNumber: previous.version_number, validFrom: previous.valid_from!, validTo: null }
        : null,
      today: swedishDate(at),
    })
    if (previous && (await hasDecisionsFrom(trx, previous.id, validFrom))) {
      throw new ConflictError(
        'delegation_decisions_after_valid_from',
        `Det finns delegationsbeslut enligt version ${previous.version_number} daterade ${validFrom} eller senare. Välj ett senare datum för den nya versionen.`,
      )
    }
    let ended: VersionRow | null = null
    if (previous && plan.previousValidTo) {
      ended = await updateVersion(trx, previous.id, {
        valid_to: plan.previousValidTo,
        updated_at: at,
      })
    }
    const adopted = await updateVersion(trx, v.id, {
      status: 'adopted',
      valid_from: validFrom,
      adopted_on: input.adoptedOn,
      adopted_case_id: input.caseId ?? null,
      adopted_section_number: s,
      adopted_at: at,
      adopted_by: actorId(actor),
      updated_at: at,
    })
    return {
      result: { version: adopted, previous: ended },
      audit: {
        entityType: 'delegationVersion',
        entityId: adopted.id,
        data: {
          versionNumber: adopted.version_number,
          adoptedOn: adopted.adopted_on,
          validFrom,
          caseId: adopted.adopted_case_id,
          sectionNumber: s,
          points: points.length,
          previousVersion: ended ? { id: ended.id, validTo: ended.valid_to } : null,
        },
      },
    }
  })
}
