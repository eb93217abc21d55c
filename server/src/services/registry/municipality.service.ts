import type { CommitteeKind } from '../../db/schema.js'
import { SERIES_PREFIX, validateTemplate } from '../../domain/case-number.js'
import {
  ConflictError,
  NotFoundError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import { appendAuditEvents, startAuditChain } from '../../repositories/audit.repository.js'
import { findSeriesByPrefix } from '../../repositories/series.repository.js'
import { requireRole } from '../access/policies.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'

/**
 * `municipality.create`: a new municipality with its own audit chain. Run by the system (first
 * start, demo, CLI), so it writes its first audit event itself rather than through runCommand.
 */
export async function createMunicipality(
  deps: Deps,
  ctx: Ctx,
  input: { name: string; caseNumberTemplate: string },
) {
  validateTemplate(input.caseNumberTemplate)
  const at = ctx.now()
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('municipalities')
      .values({
        name: input.name.trim(),
        case_number_template: input.caseNumberTemplate,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    await startAuditChain(trx, row.id)
    await appendAuditEvents(trx, row.id, at, null, 'municipality.create', [
      {
        entityType: 'municipality',
        entityId: row.id,
        data: { name: row.name, template: row.case_number_template },
      },
    ])
    return row
  })
}

/** The municipality of this installation (one per installation for now; see GLOSSARY). */
export async function defaultMunicipality(deps: Deps) {
  const row = await deps.db
    .selectFrom('municipalities')
    .selectAll()
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst()
  if (!row)
    throw new NotFoundError(
      'no_municipality',
      'Ingen kommun är upplagd. Kör `kansli setup` eller starta med demodata.',
    )
  return row
}

const KINDS: CommitteeKind[] = ['council', 'executive', 'board', 'subcommittee']

/** `committee.create` */
export async function createCommittee(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { name: string; shortName: string; kind: CommitteeKind; parentId?: string | null },
) {
  requireRole(actor, ['admin'], 'lägga upp organ')
  const fields: FieldError[] = []
  if (!input.name?.trim()) fields.push({ field: 'name', message: 'Ange organets namn.' })
  if (!input.shortName?.trim() || input.shortName.length > 20)
    fields.push({ field: 'shortName', message: 'Ange en förkortning (högst 20 tecken).' })
  if (!KINDS.includes(input.kind)) fields.push({ field: 'kind', message: 'Ange typ av organ.' })
  assertNoFieldErrors(fields, 'Organet kunde inte läggas upp.')
  return runCommand(deps, ctx, actor, 'committee.create', async (trx, at) => {
    const row = await trx
      .insertInto('committees')
      .values({
        municipality_id: actor.municipalityId,
        name: input.name.trim(),
        short_name: input.shortName.trim(),
        kind: input.kind,
        parent_id: input.parentId ?? null,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    return {
      result: row,
      audit: { entityType: 'committee', entityId: row.id, data: { name: row.name } },
    }
  })
}

/** `series.create`: a registry series (diarieserie) with its own number counter per year. */
export async function createSeries(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { prefix: string; name: string; committeeId?: string | null },
) {
  requireRole(actor, ['admin'], 'lägga upp diarieserier')
  const prefix = (input.prefix ?? '').trim().toUpperCase()
  const fields: FieldError[] = []
  if (!SERIES_PREFIX.test(prefix))
    fields.push({
      field: 'prefix',
      message: 'Prefixet ska vara 1–10 versaler, t.ex. KS eller BUN.',
    })
  if (!input.name?.trim()) fields.push({ field: 'name', message: 'Ange seriens namn.' })
  assertNoFieldErrors(fields, 'Diarieserien kunde inte läggas upp.')
  if (await findSeriesByPrefix(deps.db, actor.municipalityId, prefix)) {
    throw new ConflictError('series_exists', `Diarieserien ${prefix} finns redan.`)
  }
  return runCommand(deps, ctx, actor, 'series.create', async (trx, at) => {
    const row = await trx
      .insertInto('registry_series')
      .values({
        municipality_id: actor.municipalityId,
        prefix,
        name: input.name.trim(),
        committee_id: input.committeeId ?? null,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    return { result: row, audit: { entityType: 'series', entityId: row.id, data: { prefix } } }
  })
}

export function listCommittees(deps: Deps, municipalityId: string) {
  return deps.db
    .selectFrom('committees')
    .select(['id', 'name', 'short_name', 'kind', 'parent_id'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('name')
    .execute()
}
