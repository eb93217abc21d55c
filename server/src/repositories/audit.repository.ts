import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

export interface AuditEntry {
  /** Overrides the command's action id, when one command does two things (a document opening a case). */
  action?: string
  entityType: string
  entityId: string | null
  /** What changed, or what was read. No personal identity numbers, no secrets. */
  data?: Record<string, unknown>
}

export const GENESIS_HASH = '0'.repeat(64)

/** Stable JSON: keys sorted at every depth, so a jsonb round trip hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value)
}

export interface HashedFields {
  seq: number
  occurredAt: Date
  actorId: string | null
  action: string
  entityType: string
  entityId: string | null
  data: unknown
  prevHash: string
}

export function eventHash(e: HashedFields): string {
  const payload = canonicalJson([
    e.seq,
    e.occurredAt.toISOString(),
    e.actorId,
    e.action,
    e.entityType,
    e.entityId,
    e.data,
    e.prevHash,
  ])
  return createHash('sha256').update(payload).digest('hex')
}

/** Creates the chain head of a new municipality (in the transaction that creates it). */
export async function startAuditChain(trx: Kysely<DB>, municipalityId: string): Promise<void> {
  await trx
    .insertInto('audit_heads')
    .values({ municipality_id: municipalityId, last_seq: 0, last_hash: GENESIS_HASH })
    .execute()
}

/**
 * Appends events to the municipality's chain. Must run inside the command's transaction:
 * the head row lock orders concurrent writers, and a rollback takes the event with it.
 */
export async function appendAuditEvents(
  trx: Kysely<DB>,
  municipalityId: string,
  occurredAt: Date,
  actorId: string | null,
  action: string,
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return
  const head = await trx
    .selectFrom('audit_heads')
    .select(['last_seq', 'last_hash'])
    .where('municipality_id', '=', municipalityId)
    .forUpdate()
    .executeTakeFirstOrThrow()
  let seq = Number(head.last_seq)
  let prevHash = head.last_hash
  const rows = entries.map((entry) => {
    seq += 1
    const data = entry.data ?? {}
    const fields: HashedFields = {
      seq,
      occurredAt,
      actorId,
      action: entry.action ?? action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: JSON.parse(canonicalJson(data)),
      prevHash,
    }
    const hash = eventHash(fields)
    const row = {
      municipality_id: municipalityId,
      seq,
      occurred_at: occurredAt,
      actor_id: actorId,
      action: entry.action ?? action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      data: canonicalJson(data),
      prev_hash: prevHash,
      hash,
    }
    prevHash = hash
    return row
  })
  await trx.insertInto('audit_events').values(rows).execute()
  await trx
    .updateTable('audit_heads')
    .set({ last_seq: seq, last_hash: prevHash })
    .where('municipality_id', '=', municipalityId)
    .execute()
}

export interface AuditProblem {
  seq: number | null
  eventId: number | null
  problem: 'altered' | 'inserted_or_reordered' | 'deleted' | 'head_mismatch'
  message: string
}

/** Walks the whole chain and names every event that does not fit it. */
export async function verifyAuditChain(
  db: Kysely<DB>,
  municipalityId: string,
): Promise<{ events: number; problems: AuditProblem[] }> {
  const problems: AuditProblem[] = []
  const head = await db
    .selectFrom('audit_heads')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst()
  let expectedSeq = 1
  let prevHash = GENESIS_HASH
  let count = 0
  let lastId = 0
  for (;;) {
    const batch = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(5000)
      .execute()
    if (batch.length === 0) break
    for (const e of batch) {
      lastId = Number(e.id)
      count++
      const seq = Number(e.seq)
      if (seq > expectedSeq) {
        problems.push({
          seq: expectedSeq,
          eventId: null,
          problem: 'deleted',
          message: `Händelse ${expectedSeq}${seq - 1 > expectedSeq ? `–${seq - 1}` : ''} saknas (raderad ur loggen).`,
        })
      }
      const recomputed = eventHash({
        seq,
        occurredAt: new Date(e.occurred_at),
        actorId: e.actor_id,
        action: e.action,
        entityType: e.entity_type,
        entityId: e.entity_id,
        data: e.data,
        prevHash: e.prev_hash,
      })
      if (recomputed !== e.hash) {
        problems.push({
          seq,
          eventId: Number(e.id),
          problem: 'altered',
          message: `Händelse ${seq} (id ${e.id}, ${e.action}) har ändrats: dess innehåll stämmer inte med dess hash.`,
        })
      } else if (e.prev_hash !== prevHash && seq <= expectedSeq) {
        problems.push({
          seq,
          eventId: Number(e.id),
          problem: 'inserted_or_reordered',
          message: `Händelse ${seq} (id ${e.id}, ${e.action}) hänger inte ihop med föregående händelse: infogad eller omordnad.`,
        })
      } else if (e.prev_hash !== prevHash && seq > expectedSeq) {
        // Already reported as a deletion before it.
      } else if (seq < expectedSeq) {
        problems.push({
          seq,
          eventId: Number(e.id),
          problem: 'inserted_or_reordered',
          message: `Händelse ${seq} (id ${e.id}) förekommer mer än en gång eller i fel ordning.`,
        })
      }
      prevHash = e.hash
      expectedSeq = Math.max(expectedSeq, seq + 1)
    }
  }
  if (head && (Number(head.last_seq) !== expectedSeq - 1 || head.last_hash !== prevHash)) {
    problems.push({
      seq: Number(head.last_seq),
      eventId: null,
      problem: Number(head.last_seq) > expectedSeq - 1 ? 'deleted' : 'head_mismatch',
      message:
        Number(head.last_seq) > expectedSeq - 1
          ? `Händelse ${expectedSeq}–${head.last_seq} saknas i slutet av loggen (raderad).`
          : `Loggens sista händelse (${expectedSeq - 1}) stämmer inte med den registrerade kedjans slut (${head.last_seq}).`,
    })
  }
  return { events: count, problems }
}
