import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  canonicalJson,
  eventHash,
  verifyAuditChain,
  type HashedFields,
} from '../src/repositories/audit.repository.js'
import { runCommand } from '../src/services/command.js'
import type { Deps } from '../src/services/context.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { liveCtx, newWorld, testDeps } from './support/builders.js'

// The database numbers and hashes the events (appendAuditEvents); `kansli audit verify`
// recomputes the hashes in Node. These tests hold the two to the same payload.

const awkward = {
  text: 'Åsa "Ö" \\ Öberg\nrad två\t– ✓ 𝄞',
  nested: { z: [1, 2.5, null, true], a: { ö: 'å' } },
  empty: '',
  n: -0.125,
}

describe('eventHash', () => {
  it('hashes the canonical JSON array of the event fields', () => {
    const e: HashedFields = {
      seq: 42,
      occurredAt: new Date('2025-12-15T09:00:00.123Z'),
      actorId: null,
      action: 'document.register',
      entityType: 'document',
      entityId: 'd1',
      data: awkward,
      prevHash: 'ab'.repeat(32),
    }
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
    expect(eventHash(e)).toBe(createHash('sha256').update(payload).digest('hex'))
    expect(eventHash({ ...e, seq: 43 })).not.toBe(eventHash(e))
  })
})

describe.each(ENGINES)('audit chain written by the database on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  it('stores events whose hashes the Node verifier recomputes, chained in order', async () => {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    await runCommand(deps, liveCtx(), registrar, 'test.awkward', async () => ({
      result: null,
      audit: [
        { entityType: 'thing', entityId: null, data: awkward },
        { action: 'test.second', entityType: 'thing', entityId: 'x"y', data: {} },
        { entityType: 'thing', entityId: 'z', data: { list: [] } },
      ],
    }))
    const rows = await deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('municipality_id', '=', w.municipalityId)
      .orderBy('seq')
      .execute()
    const head = await deps.db
      .selectFrom('audit_heads')
      .selectAll()
      .where('municipality_id', '=', w.municipalityId)
      .executeTakeFirstOrThrow()
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1))
    for (const [i, r] of rows.entries()) {
      expect(r.prev_hash).toBe(i === 0 ? '0'.repeat(64) : rows[i - 1]!.hash)
      expect(r.hash).toBe(
        eventHash({
          seq: Number(r.seq),
          occurredAt: new Date(r.occurred_at),
          actorId: r.actor_id,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          data: r.data,
          prevHash: r.prev_hash,
        }),
      )
    }
    const last = rows.at(-1)!
    expect(last.action).toBe('test.awkward')
    expect(rows.at(-2)!.action).toBe('test.second')
    expect(rows.at(-3)!.data).toEqual({ requestId: 'test', ...awkward })
    expect(Number(head.last_seq)).toBe(Number(last.seq))
    expect(head.last_hash).toBe(last.hash)
    expect((await verifyAuditChain(deps.db, w.municipalityId)).problems).toEqual([])
  })

  it('keeps the chain whole under concurrent commands and when one rolls back', async () => {
    const w = await newWorld(deps)
    const registrar = await w.user('registrar')
    const before = (await verifyAuditChain(deps.db, w.municipalityId)).events
    const outcomes = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) =>
        runCommand(deps, liveCtx(), registrar, 'test.concurrent', async () => {
          if (i % 6 === 5) throw new Error('rolled back')
          return { result: i, audit: [{ entityType: 'thing', entityId: String(i), data: { i } }] }
        }),
      ),
    )
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(20)
    const verified = await verifyAuditChain(deps.db, w.municipalityId)
    expect(verified.problems).toEqual([])
    expect(verified.events).toBe(before + 20)
  })
})
