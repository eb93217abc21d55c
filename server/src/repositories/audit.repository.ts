import { createHash } from 'node:crypto'
import { sql, type Kysely, type RawBuilder } from 'kysely'
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

/**
 * The hash chains Kansli keeps, each its own pair of tables with the same columns: the audit log
 * of every change, and the AI usage log (issue 4, Kalix riktlinjer för AI: every use of AI is
 * documented). One implementation appends to and verifies both.
 */
export type Chain = 'audit' | 'ai'

const CHAIN_TABLES = {
  audit: { events: 'audit_events', heads: 'audit_heads' },
  ai: { events: 'ai_log_events', heads: 'ai_log_heads' },
} as const satisfies Record<Chain, { events: keyof DB; heads: keyof DB }>

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

/**
 * The hashed payload is the canonical JSON array [seq, occurredAt, actorId, action, entityType,
 * entityId, data, prevHash]. Everything but seq and prevHash is known before the chain head is
 * read, so it is prepared here as the text between them: `[` + seq + middle + "prevHash" + `]`.
 * appendAuditEvents lets the database put seq and prevHash in (no round trip under the head lock).
 */
export function hashPayloadMiddle(e: Omit<HashedFields, 'seq' | 'prevHash'>): string {
  const inner = [e.occurredAt.toISOString(), e.actorId, e.action, e.entityType, e.entityId, e.data]
  return `,${inner.map(canonicalJson).join(',')},`
}

export function eventHash(e: HashedFields): string {
  const payload = `[${canonicalJson(e.seq)}${hashPayloadMiddle(e)}${canonicalJson(e.prevHash)}]`
  return createHash('sha256').update(payload).digest('hex')
}

/** Creates the chain heads of a new municipality (in the transaction that creates it). */
export async function startAuditChain(trx: Kysely<DB>, municipalityId: string): Promise<void> {
  for (const chain of Object.values(CHAIN_TABLES)) {
    await trx
      .insertInto(chain.heads as 'audit_heads')
      .values({ municipality_id: municipalityId, last_seq: 0, last_hash: GENESIS_HASH })
      .execute()
  }
}

/**
 * Appends events to the municipality's chain. Must run inside the command's transaction:
 * the head row lock orders concurrent writers, and a rollback takes the event with it.
 *
 * One statement: it locks the head, numbers and hashes the events in the database (sha256 over
 * the same canonical payload as eventHash, with seq and the previous hash filled in), inserts
 * them and moves the head. Every command in a municipality queues on the head row, so the lock
 * is held for this statement and the commit only, not for a read, a round trip and two writes.
 */
export async function appendAuditEvents(
  trx: Kysely<DB>,
  municipalityId: string,
  occurredAt: Date,
  actorId: string | null,
  action: string,
  entries: AuditEntry[],
  chain: Chain = 'audit',
): Promise<void> {
  if (entries.length === 0) return
  const tables = CHAIN_TABLES[chain]
  const actions: string[] = []
  const types: string[] = []
  const ids: (string | null)[] = []
  const datas: string[] = []
  const middles: string[] = []
  for (const entry of entries) {
    const data = canonicalJson(entry.data ?? {})
    const fields = {
      occurredAt,
      actorId,
      action: entry.action ?? action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: JSON.parse(data) as unknown,
    }
    actions.push(fields.action)
    types.push(fields.entityType)
    ids.push(fields.entityId)
    datas.push(data)
    middles.push(hashPayloadMiddle(fields))
  }
  const hashOf = (
    seq: RawBuilder<unknown>,
    middle: RawBuilder<unknown>,
    prev: RawBuilder<unknown>,
  ) =>
    sql`encode(sha256(convert_to('[' || ${seq}::text || ${middle} || to_json(${prev}::text)::text || ']', 'UTF8')), 'hex')`
  const result = await sql<{ seq: string }>`
    with recursive
      head as (
        select last_seq, last_hash from ${sql.table(tables.heads)} where municipality_id = ${municipalityId} for update
      ),
      input as (
        select * from unnest(${actions}::text[], ${types}::text[], ${ids}::text[], ${datas}::text[],
          ${middles}::text[]) with ordinality as t(action, entity_type, entity_id, data, middle, i)
      ),
      chain (i, seq, prev_hash, hash) as (
        select e.i, h.last_seq + 1, h.last_hash,
          ${hashOf(sql`(h.last_seq + 1)`, sql.ref('e.middle'), sql.ref('h.last_hash'))}
        from head h join input e on e.i = 1
        union all
        select e.i, c.seq + 1, c.hash, ${hashOf(sql`(c.seq + 1)`, sql.ref('e.middle'), sql.ref('c.hash'))}
        from chain c join input e on e.i = c.i + 1
      ),
      inserted as (
        insert into ${sql.table(tables.events)}
          (municipality_id, seq, occurred_at, actor_id, action, entity_type, entity_id, data, prev_hash, hash)
        select ${municipalityId}::uuid, c.seq, ${occurredAt}::timestamptz, ${actorId}::uuid, e.action, e.entity_type, e.entity_id,
          e.data::jsonb, c.prev_hash, c.hash
        from chain c join input e on e.i = c.i
        returning seq
      ),
      last as (select seq, hash from chain order by i desc limit 1)
    update ${sql.table(tables.heads)} as h set last_seq = last.seq, last_hash = last.hash
    from last
    where h.municipality_id = ${municipalityId}
    returning (select count(*) from inserted)::text as seq`.execute(trx)
  if (result.rows.length !== 1 || Number(result.rows[0]!.seq) !== entries.length) {
    throw new Error(`The ${chain} chain head of municipality ${municipalityId} is missing`)
  }
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
  chain: Chain = 'audit',
): Promise<{ events: number; problems: AuditProblem[] }> {
  const tables = CHAIN_TABLES[chain]
  const problems: AuditProblem[] = []
  const head = await db
    .selectFrom(tables.heads as 'audit_heads')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst()
  let expectedSeq = 1
  let prevHash = GENESIS_HASH
  let count = 0
  let lastId = 0
  for (;;) {
    const batch = await db
      .selectFrom(tables.events as 'audit_events')
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
