import type { Kysely } from 'kysely'
import type { AiServiceStatus, DB } from '../../db/schema.js'
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldError,
} from '../../domain/errors.js'
import type { DataClass } from '../../domain/ai-guard/types.js'
import { normaliseClasses } from '../../domain/ai/ai-rules.js'
import { requireRole } from '../access/policies.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'

/**
 * The register of AI services (punkt 5 of the AI guidelines): provider, endpoint, model, where
 * data is processed, and the classes of data its risk and consequence assessment approved.
 * A new service, or one whose endpoint or model changed, is `pending` until an assessment
 * approves it (assessments.ts); only an `approved` service can be called (ai-call.ts).
 */
export interface AiServiceInput {
  name: string
  provider: string
  endpoint: string
  model: string
  processingLocation: string
  timeoutMs?: number
  /** the provider's key; stored sealed, never shown again */
  apiKey?: string | null
}

export interface AiService {
  id: string
  name: string
  provider: string
  endpoint: string
  model: string
  processingLocation: string
  approvedClasses: DataClass[]
  status: AiServiceStatus
  timeoutMs: number
  hasApiKey: boolean
  publicChat: boolean
  createdAt: Date
  updatedAt: Date
}

export function toService(r: {
  id: string
  name: string
  provider: string
  endpoint: string
  model: string
  processing_location: string
  approved_classes: string[]
  status: AiServiceStatus
  timeout_ms: number
  api_key_sealed: string | null
  public_chat: boolean
  created_at: Date
  updated_at: Date
}): AiService {
  return {
    id: r.id,
    name: r.name,
    provider: r.provider,
    endpoint: r.endpoint,
    model: r.model,
    processingLocation: r.processing_location,
    approvedClasses: r.status === 'approved' ? normaliseClasses(r.approved_classes) : [],
    status: r.status,
    timeoutMs: r.timeout_ms,
    hasApiKey: r.api_key_sealed !== null,
    publicChat: r.public_chat,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  }
}

/** Who keeps the register: the administrator and the IT unit (punkt 10: IT-chef). */
const MANAGERS = ['admin', 'itUnit'] as const

function validate(input: Partial<AiServiceInput>, partial: boolean): FieldError[] {
  const fields: FieldError[] = []
  const text = (key: keyof AiServiceInput, label: string, max: number) => {
    const v = input[key]
    if (v === undefined && partial) return
    if (typeof v !== 'string' || v.trim().length === 0 || v.length > max)
      fields.push({ field: key, message: `Ange ${label} (högst ${max} tecken).` })
  }
  text('name', 'ett namn', 120)
  text('provider', 'leverantören', 120)
  text('model', 'modellen', 200)
  text('processingLocation', 'var uppgifterna behandlas (land, datacenter)', 200)
  if (!(input.endpoint === undefined && partial)) {
    let ok: boolean
    try {
      const u = new URL(input.endpoint ?? '')
      ok = (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password
    } catch {
      ok = false
    }
    if (!ok)
      fields.push({
        field: 'endpoint',
        message:
          'Ange tjänstens adress som http(s)://…, utan användarnamn eller lösenord (t.ex. https://ai.example.se/v1).',
      })
  }
  if (
    input.timeoutMs !== undefined &&
    (!Number.isInteger(input.timeoutMs) || input.timeoutMs < 1000 || input.timeoutMs > 300000)
  )
    fields.push({ field: 'timeoutMs', message: 'Tidsgränsen ska vara 1 000–300 000 ms.' })
  if (input.apiKey != null && (input.apiKey.length > 1000 || /\s/.test(input.apiKey)))
    fields.push({ field: 'apiKey', message: 'API-nyckeln ser inte giltig ut.' })
  return fields
}

function sealContext(serviceId: string) {
  return `ai-service:${serviceId}`
}

/** `ai.service.register`: a new service, pending until assessed. */
export async function registerAiService(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: AiServiceInput,
): Promise<AiService> {
  requireRole(actor, [...MANAGERS], 'registrera AI-tjänster')
  const fields = validate(input, false)
  if (fields.length) throw new ValidationError('AI-tjänsten kunde inte registreras.', fields)
  if (input.apiKey && !deps.vault)
    throw new ConflictError(
      'vault_missing',
      'Nyckelvalvet är inte tillgängligt; API-nyckeln kan inte sparas.',
    )
  return runCommand(deps, ctx, actor, 'ai.service.register', async (trx, at) => {
    const dup = await trx
      .selectFrom('ai_services')
      .select('id')
      .where('municipality_id', '=', actor.municipalityId)
      .where('name', '=', input.name.trim())
      .executeTakeFirst()
    if (dup)
      throw new ConflictError(
        'ai_service_exists',
        `Det finns redan en AI-tjänst som heter ${input.name.trim()}.`,
      )
    const row = await trx
      .insertInto('ai_services')
      .values({
        municipality_id: actor.municipalityId,
        name: input.name.trim(),
        provider: input.provider.trim(),
        endpoint: input.endpoint.trim(),
        model: input.model.trim(),
        processing_location: input.processingLocation.trim(),
        status: 'pending',
        timeout_ms: input.timeoutMs ?? 30000,
        created_at: at,
        updated_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    let result = row
    if (input.apiKey) {
      result = await trx
        .updateTable('ai_services')
        .set({ api_key_sealed: await deps.vault!.seal(input.apiKey, sealContext(row.id)) })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow()
    }
    return {
      result: toService(result),
      audit: {
        entityType: 'ai_service',
        entityId: row.id,
        data: {
          name: row.name,
          provider: row.provider,
          endpoint: row.endpoint,
          model: row.model,
          apiKey: !!input.apiKey,
        },
      },
    }
  })
}

/**
 * `ai.service.update`: a changed endpoint, model or place of processing is another service
 * than the one assessed, so the service goes back to `pending` until a new assessment.
 */
export async function updateAiService(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  serviceId: string,
  input: Partial<AiServiceInput>,
): Promise<AiService> {
  requireRole(actor, [...MANAGERS], 'ändra AI-tjänster')
  const fields = validate(input, true)
  if (fields.length) throw new ValidationError('AI-tjänsten kunde inte ändras.', fields)
  return runCommand(deps, ctx, actor, 'ai.service.update', async (trx, at) => {
    const current = await serviceForUpdate(trx, actor.municipalityId, serviceId)
    const changed = (k: 'endpoint' | 'model' | 'processing_location', v: string | undefined) =>
      v !== undefined && v.trim() !== current[k]
    const reassess =
      changed('endpoint', input.endpoint) ||
      changed('model', input.model) ||
      changed('processing_location', input.processingLocation)
    const sealed =
      input.apiKey === undefined
        ? current.api_key_sealed
        : input.apiKey === null || input.apiKey === ''
          ? null
          : deps.vault
            ? await deps.vault.seal(input.apiKey, sealContext(serviceId))
            : null
    const row = await trx
      .updateTable('ai_services')
      .set({
        name: input.name?.trim() ?? current.name,
        provider: input.provider?.trim() ?? current.provider,
        endpoint: input.endpoint?.trim() ?? current.endpoint,
        model: input.model?.trim() ?? current.model,
        processing_location: input.processingLocation?.trim() ?? current.processing_location,
        timeout_ms: input.timeoutMs ?? current.timeout_ms,
        api_key_sealed: sealed,
        ...(reassess ? { status: 'pending' as const, approved_classes: [] } : {}),
        updated_at: at,
      })
      .where('id', '=', serviceId)
      .returningAll()
      .executeTakeFirstOrThrow()
    return {
      result: toService(row),
      audit: {
        entityType: 'ai_service',
        entityId: serviceId,
        data: {
          changed: Object.keys(input).filter((k) => k !== 'apiKey'),
          apiKeyChanged: input.apiKey !== undefined,
          backToPending: reassess,
        },
      },
    }
  })
}

/**
 * `ai.service.suspend` / `ai.service.reinstate`: a suspended service cannot be called; it is
 * reinstated only on the classes of its latest approving assessment.
 */
export async function setAiServiceStatus(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  serviceId: string,
  status: 'suspended' | 'approved',
  reason: string,
): Promise<AiService> {
  requireRole(actor, [...MANAGERS, 'securityOfficer'], 'ändra AI-tjänsters status')
  if (typeof reason !== 'string' || reason.trim().length === 0 || reason.length > 1000)
    throw new ValidationError('Ange skälet.', [
      { field: 'reason', message: 'Ange skälet (högst 1 000 tecken).' },
    ])
  const action = status === 'suspended' ? 'ai.service.suspend' : 'ai.service.reinstate'
  return runCommand(deps, ctx, actor, action, async (trx, at) => {
    const current = await serviceForUpdate(trx, actor.municipalityId, serviceId)
    let classes = current.approved_classes
    if (status === 'approved') {
      const latest = await trx
        .selectFrom('ai_risk_assessments')
        .select(['outcome', 'approved_classes'])
        .where('service_id', '=', serviceId)
        .orderBy('assessed_on', 'desc')
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst()
      // A pending service (new, or changed since its assessment) is approved by an assessment.
      if (current.status === 'pending' || !latest || latest.outcome !== 'approved')
        throw new ConflictError(
          'ai_assessment_required',
          'Tjänsten har ingen godkänd risk- och konsekvensanalys för sin nuvarande utformning.',
        )
      classes = normaliseClasses(latest.approved_classes)
    }
    const row = await trx
      .updateTable('ai_services')
      .set({ status, approved_classes: classes, updated_at: at })
      .where('id', '=', serviceId)
      .returningAll()
      .executeTakeFirstOrThrow()
    return {
      result: toService(row),
      audit: {
        entityType: 'ai_service',
        entityId: serviceId,
        data: { status, reason: reason.trim() },
      },
    }
  })
}

async function serviceForUpdate(trx: Kysely<DB>, municipalityId: string, serviceId: string) {
  const row = await trx
    .selectFrom('ai_services')
    .selectAll()
    .where('id', '=', serviceId)
    .where('municipality_id', '=', municipalityId)
    .forUpdate()
    .executeTakeFirst()
  if (!row) throw new NotFoundError('ai_service_not_found', 'AI-tjänsten finns inte.')
  return row
}

/** The register, for staff (what services exist and what they may receive). */
export async function listAiServices(deps: Deps, actor: Actor): Promise<AiService[]> {
  requireRole(
    actor,
    ['admin', 'itUnit', 'securityOfficer', 'registrar', 'caseOfficer', 'secretary'],
    'se AI-tjänsterna',
  )
  const rows = await deps.db
    .selectFrom('ai_services')
    .selectAll()
    .where('municipality_id', '=', actor.municipalityId)
    .orderBy('name')
    .execute()
  return rows.map(toService)
}

export async function getAiService(
  deps: Deps,
  actor: Actor,
  serviceId: string,
): Promise<AiService> {
  const all = await listAiServices(deps, actor)
  const s = all.find((x) => x.id === serviceId)
  if (!s) throw new NotFoundError('ai_service_not_found', 'AI-tjänsten finns inte.')
  return s
}

/** The provider key, opened for the call only (never returned by the API). */
export async function openApiKey(
  deps: Deps,
  serviceId: string,
  sealed: string | null,
): Promise<string | null> {
  if (!sealed) return null
  if (!deps.vault) throw new ConflictError('vault_missing', 'Nyckelvalvet är inte tillgängligt.')
  return deps.vault.open(sealed, sealContext(serviceId))
}

/**
 * `ai.service.publicChat`: which approved service answers the public's questions (or none).
 * Punkt 3: where AI talks to people it says so; the answers are marked (public-answers.ts).
 */
export async function setPublicChatService(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  serviceId: string | null,
): Promise<AiService | null> {
  requireRole(actor, [...MANAGERS], 'välja AI-tjänst för allmänhetens frågor')
  return runCommand(deps, ctx, actor, 'ai.service.publicChat', async (trx, at) => {
    await trx
      .updateTable('ai_services')
      .set({ public_chat: false, updated_at: at })
      .where('municipality_id', '=', actor.municipalityId)
      .where('public_chat', '=', true)
      .execute()
    if (serviceId === null)
      return {
        result: null,
        audit: { entityType: 'ai_service', entityId: null, data: { publicChat: null } },
      }
    const current = await serviceForUpdate(trx, actor.municipalityId, serviceId)
    if (current.status !== 'approved')
      throw new ConflictError(
        'ai_service_not_approved',
        'Bara en godkänd AI-tjänst kan svara på allmänhetens frågor.',
      )
    const row = await trx
      .updateTable('ai_services')
      .set({ public_chat: true })
      .where('id', '=', serviceId)
      .returningAll()
      .executeTakeFirstOrThrow()
    return {
      result: toService(row),
      audit: { entityType: 'ai_service', entityId: serviceId, data: { publicChat: true } },
    }
  })
}
