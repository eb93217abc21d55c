import { sql, type Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { appendAuditEvents, type AuditEntry } from './audit.repository.js'

/**
 * The AI usage log (Kalix riktlinjer för AI, punkt 9: all AI use is documented): its own hash
 * chain with the audit log's columns and hashing (`audit.repository.ts`, chain `ai`), so
 * `kansli audit verify` finds an altered, inserted or deleted entry in it too. Append-only.
 *
 * What an entry's `data` may hold: the service, the purpose, the guard's decision and findings
 * counted by type, the text as sent (redacted), the answer as received (with placeholders), and
 * what became of it. Never a personal value: callers pass only redacted text.
 */
export async function appendAiLog(
  trx: Kysely<DB>,
  municipalityId: string,
  at: Date,
  actorId: string | null,
  action: string,
  entries: AuditEntry[],
): Promise<number> {
  await appendAuditEvents(trx, municipalityId, at, actorId, action, entries, 'ai')
  const head = await trx
    .selectFrom('ai_log_heads')
    .select('last_seq')
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirstOrThrow()
  return Number(head.last_seq)
}

export interface AiLogFilter {
  from?: string
  to?: string
  action?: string
  serviceId?: string
  actorId?: string
  entityType?: string
  entityId?: string
}

export interface AiLogRow {
  seq: number
  occurredAt: Date
  actorId: string | null
  actorName: string | null
  action: string
  entityType: string
  entityId: string | null
  data: Record<string, unknown>
}

/** Entries newest first, `limit` at a time before `beforeSeq`. */
export async function listAiLog(
  db: Kysely<DB>,
  municipalityId: string,
  filter: AiLogFilter,
  page: { limit: number; beforeSeq?: number },
): Promise<AiLogRow[]> {
  let q = db
    .selectFrom('ai_log_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select([
      'e.seq',
      'e.occurred_at',
      'e.actor_id',
      'u.display_name',
      'e.action',
      'e.entity_type',
      'e.entity_id',
      'e.data',
    ])
    .where('e.municipality_id', '=', municipalityId)
  if (filter.from) q = q.where('e.occurred_at', '>=', new Date(`${filter.from}T00:00:00Z`))
  if (filter.to) q = q.where('e.occurred_at', '<', new Date(`${filter.to}T24:00:00Z`))
  if (filter.action) q = q.where('e.action', '=', filter.action)
  if (filter.actorId) q = q.where('e.actor_id', '=', filter.actorId)
  if (filter.entityType) q = q.where('e.entity_type', '=', filter.entityType)
  if (filter.entityId) q = q.where('e.entity_id', '=', filter.entityId)
  if (filter.serviceId) q = q.where(sql<boolean>`e.data->>'serviceId' = ${filter.serviceId}`)
  if (page.beforeSeq !== undefined) q = q.where('e.seq', '<', page.beforeSeq)
  const rows = await q.orderBy('e.seq', 'desc').limit(page.limit).execute()
  return rows.map((r) => ({
    seq: Number(r.seq),
    occurredAt: new Date(r.occurred_at),
    actorId: r.actor_id,
    actorName: r.display_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    data: (r.data ?? {}) as Record<string, unknown>,
  }))
}

/** Every entry of a period, oldest first: for the yearly follow-up. */
export async function aiLogOfPeriod(
  db: Kysely<DB>,
  municipalityId: string,
  from: Date,
  to: Date,
): Promise<Pick<AiLogRow, 'seq' | 'occurredAt' | 'actorId' | 'action' | 'data'>[]> {
  const rows = await db
    .selectFrom('ai_log_events')
    .select(['seq', 'occurred_at', 'actor_id', 'action', 'data'])
    .where('municipality_id', '=', municipalityId)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .orderBy('seq')
    .execute()
  return rows.map((r) => ({
    seq: Number(r.seq),
    occurredAt: new Date(r.occurred_at),
    actorId: r.actor_id,
    action: r.action,
    data: (r.data ?? {}) as Record<string, unknown>,
  }))
}
