/**
 * Traces one search on a bench database: every SQL statement the search runs, with its time, and
 * with --explain the EXPLAIN (ANALYZE, BUFFERS) of each statement that took longer than 5 ms.
 * A tool for finding what a query class costs (docs/benchmarks.md), not part of the benchmark.
 *
 *   tsx bench/trace-search.ts --db kansli_bench_1m --q 'avtal' [--staff] [--series KS --year 2024
 *     --direction incoming] [--explain]
 */
import { parseArgs } from 'node:util'
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import type { DB, Direction } from '../server/src/db/schema.js'
import type { Actor, Deps } from '../server/src/services/context.js'
import { searchRegistry } from '../server/src/services/registry/search.js'
import { FilesystemFileStore } from '../server/src/storage/file-store.js'
import type { Generated } from './generate.js'

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'kansli_bench_1m' },
    q: { type: 'string', default: '' },
    staff: { type: 'boolean', default: false },
    series: { type: 'string' },
    year: { type: 'string' },
    direction: { type: 'string' },
    explain: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '2' },
  },
})
if (!/^kansli_bench_[a-z0-9_]+$/.test(args.db as string)) throw new Error('--db kansli_bench_*')

const pool = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:5432/${args.db}` })
const trace: Array<{ ms: number; sql: string; parameters: readonly unknown[] }> = []
const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool }),
  log(event) {
    trace.push({
      ms: event.queryDurationMillis,
      sql: event.query.sql,
      parameters: event.query.parameters,
    })
  },
})
const deps: Deps = { db, engine: 'postgres', files: new FilesystemFileStore('/tmp') }
const info = (await sql<{ info: Generated }>`select info from bench_info`.execute(db)).rows[0]!.info
const officer = await db
  .selectFrom('users')
  .select(['id', 'display_name'])
  .where('username', '=', info.caseOfficer)
  .executeTakeFirstOrThrow()
const actor: Actor = args.staff
  ? {
      kind: 'user',
      id: officer.id,
      municipalityId: info.municipalityId,
      roles: ['caseOfficer'],
      displayName: officer.display_name,
    }
  : { kind: 'public', municipalityId: info.municipalityId }
const params = {
  q: args.q,
  series: args.series,
  year: args.year ? Number(args.year) : undefined,
  direction: args.direction as Direction | undefined,
}
let last: Awaited<ReturnType<typeof searchRegistry>> | null = null
for (let i = 0; i < Number(args.repeat); i++) {
  trace.length = 0
  const t0 = performance.now()
  last = await searchRegistry(deps, actor, params, !args.staff)
  console.log(`run ${i + 1}: ${(performance.now() - t0).toFixed(1)} ms`)
}
console.log(
  `total ${last!.total}${last!.totalIsLowerBound ? '+' : ''}, ${last!.rows.length} rows, corrections ${JSON.stringify(last!.corrections)}`,
)
for (const t of trace) {
  console.log(`${t.ms.toFixed(2).padStart(8)} ms  ${t.sql.replace(/\s+/g, ' ').slice(0, 160)}`)
}
if (args.explain) {
  // Replayed in one transaction, with the search's own `set local` settings in force.
  const recorded = [...trace]
  await db.transaction().execute(async (trx) => {
    for (const t of recorded) {
      if (/^\s*(set|select set_config)/i.test(t.sql)) {
        await trx.executeQuery(CompiledQuery.raw(t.sql, [...t.parameters]))
        continue
      }
      if (t.ms <= 5 || !/^\s*select/i.test(t.sql)) continue
      const plan = await trx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain (analyze, buffers) ${t.sql}`, [...t.parameters]),
      )
      console.log(`\n--- ${t.ms.toFixed(1)} ms: ${t.sql.replace(/\s+/g, ' ').slice(0, 400)}`)
      console.log(`params: ${JSON.stringify(t.parameters).slice(0, 300)}`)
      for (const row of plan.rows) console.log(row['QUERY PLAN'])
    }
  })
}
await db.destroy()
