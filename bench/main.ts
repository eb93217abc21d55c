/**
 * `npm run bench [-- options]`: the search and registration benchmarks (not part of `npm test`).
 *
 *   --only generate|search|register|render|guard   run one part (default: all)
 *   --engine pglite|postgres          (default: pglite; postgres needs --url or KANSLI_BENCH_DATABASE_URL)
 *   --size N                          documents to generate (default 100000)
 *   --url URL                         PostgreSQL admin URL (default postgres://postgres@127.0.0.1:5432/test)
 *   --db NAME                         reuse (or keep) this bench database: kansli_bench_* on PostgreSQL,
 *                                     a directory under /tmp on PGlite; with --only search no data is generated
 *   --keep                            keep the database afterwards
 *   --runs N                          measured runs per query class (default 60)
 *   --clients N                       concurrent HTTP clients (default 1 on PGlite, 16 on PostgreSQL)
 *   --seconds N                       duration of each throughput run (default 20)
 *   --warmup N                        uncounted seconds before each registration run (default 5)
 *
 * Results go to bench/results/<date>-<machine>-<part>-<engine>-<size>.json.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { sql } from 'kysely'
import {
  openPGlite,
  openPostgres,
  type Database,
  type Engine,
} from '../server/src/db/connection.js'
import { migrateToLatest } from '../server/src/db/migrate.js'
import type { Actor, Deps } from '../server/src/services/context.js'
import { FilesystemFileStore } from '../server/src/storage/file-store.js'
import { deferSearchIndexes, generateRegistry, type Generated } from './generate.js'
import { describeMachine } from './machine.js'
import { runRegisterBench } from './register-bench.js'
import { runSearchBench } from './search-bench.js'
import { runRenderBench } from './render-bench.js'
import { runGuardBench } from './guard-bench.js'

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    engine: { type: 'string', default: 'pglite' },
    size: { type: 'string', default: '100000' },
    url: {
      type: 'string',
      default: process.env.KANSLI_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '60' },
    clients: { type: 'string' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
  },
})

const engine = args.engine as Engine
if (engine !== 'pglite' && engine !== 'postgres') throw new Error('--engine pglite|postgres')
const size = Number(args.size)
const only = args.only
const log = (msg: string) => console.log(msg)
const adminUrl = new URL(args.url as string)
if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(adminUrl.hostname)) {
  throw new Error('The benchmark only talks to a database on 127.0.0.1.')
}

interface Opened {
  database: Database
  name: string
  version: string
  drop(): Promise<void>
}

/** A bench database of its own: kansli_bench_* on the PostgreSQL server, or PGlite in /tmp. */
async function openBenchDatabase(name: string | undefined, fresh: boolean): Promise<Opened> {
  if (engine === 'pglite') {
    const dir = name ? join(tmpdir(), name) : mkdtempSync(join(tmpdir(), 'kansli_bench_'))
    if (fresh && name && existsSync(dir)) rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const database = await openPGlite(dir)
    const version = (await sql<{ v: string }>`select version() as v`.execute(database.db)).rows[0]!
      .v
    return {
      database,
      name: dir,
      version,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    }
  }
  const dbName = name ?? `kansli_bench_${randomBytes(4).toString('hex')}`
  if (!/^kansli_bench_[a-z0-9_]+$/.test(dbName))
    throw new Error('Bench databases are named kansli_bench_*')
  const admin = new pg.Client({ connectionString: adminUrl.toString() })
  await admin.connect()
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [dbName]))
    .rowCount
  if (fresh && exists) await admin.query(`drop database ${dbName} with (force)`)
  if (fresh || !exists) await admin.query(`create database ${dbName}`)
  await admin.end()
  const url = new URL(adminUrl.toString())
  url.pathname = `/${dbName}`
  const database = await openPostgres(url.toString(), 40)
  const version = (await sql<{ v: string }>`select version() as v`.execute(database.db)).rows[0]!.v
  return {
    database,
    name: dbName,
    version,
    async drop() {
      const a = new pg.Client({ connectionString: adminUrl.toString() })
      await a.connect()
      await a.query(`drop database if exists ${dbName} with (force)`)
      await a.end()
    },
  }
}

async function searchPart(machine: ReturnType<typeof describeMachine>) {
  const reuse = !!args.db && only === 'search'
  const opened = await openBenchDatabase(args.db, !reuse)
  const { database } = opened
  let keep = args.keep
  try {
    await migrateToLatest(database.db)
    const deps: Deps = {
      db: database.db,
      engine,
      files: new FilesystemFileStore(mkdtempSync(join(tmpdir(), 'kansli-bench-files-'))),
    }
    let info: Generated
    if (reuse) {
      info = (await sql<{ info: Generated }>`select info from bench_info`.execute(database.db))
        .rows[0]!.info
      log(`Återanvänder ${opened.name}: ${info.documents} handlingar`)
    } else {
      log(`Genererar ${size} handlingar (${engine}) …`)
      const rebuild = await deferSearchIndexes(database.db, engine)
      info = await generateRegistry(deps, {
        documents: size,
        concurrency: engine === 'postgres' ? 2 : 1,
        log,
      })
      log(`  data på ${info.seconds} s; bygger index …`)
      const t0 = Date.now()
      await rebuild()
      info.seconds += (Date.now() - t0) / 1000
      await sql`create table bench_info (info jsonb not null)`.execute(database.db)
      await sql`insert into bench_info values (${JSON.stringify(info)}::jsonb)`.execute(database.db)
      log(`  klart på ${Math.round(info.seconds)} s totalt`)
    }
    if (only === 'generate') {
      keep = true
      log(`Databasen ${opened.name} behålls (använd --only search --db …).`)
      return
    }
    const officer = await database.db
      .selectFrom('users')
      .select(['id', 'roles', 'display_name'])
      .where('username', '=', info.caseOfficer)
      .where('municipality_id', '=', info.municipalityId)
      .executeTakeFirstOrThrow()
    const actors: { public: Actor; staff: Actor } = {
      public: { kind: 'public', municipalityId: info.municipalityId },
      staff: {
        kind: 'user',
        id: officer.id,
        municipalityId: info.municipalityId,
        roles: ['caseOfficer'],
        displayName: officer.display_name,
      },
    }
    log(`Sökning, ${args.runs} körningar per frågeklass:`)
    const results = await runSearchBench(deps, actors, info.rareWords, {
      runs: Number(args.runs),
      log,
    })
    const stats = await tableStats(database)
    writeResult('search', {
      machine,
      engine,
      databaseVersion: opened.version,
      documents: info.documents,
      cases: info.cases,
      ...stats,
      generationSeconds: Math.round(info.seconds),
      runsPerClass: Number(args.runs),
      results,
    })
  } finally {
    await database.close()
    if (!keep) await opened.drop()
  }
}

async function tableStats(database: Database) {
  const rows = await sql<{ entries: number; terms: number; size: string }>`
    select (select count(*) from search_entries)::int as entries, (select count(*) from search_terms)::int as terms,
      pg_size_pretty(pg_database_size(current_database())) as size`.execute(database.db)
  return {
    searchEntries: rows.rows[0]!.entries,
    vocabularyRows: rows.rows[0]!.terms,
    databaseSize: rows.rows[0]!.size,
  }
}

async function registerPart(machine: ReturnType<typeof describeMachine>) {
  const opened = await openBenchDatabase(undefined, true)
  try {
    await migrateToLatest(opened.database.db)
    const clients = Number(args.clients ?? (engine === 'postgres' ? 16 : 1))
    log(
      `Registrering via HTTP (${engine}, ${clients} klienter, ${args.warmup} s uppvärmning, ${args.seconds} s):`,
    )
    const results = await runRegisterBench(opened.database, {
      clients,
      seconds: Number(args.seconds),
      warmup: Number(args.warmup),
      bareSql: true,
      log,
    })
    writeResult('register', {
      machine,
      engine,
      databaseVersion: opened.version,
      warmupSeconds: Number(args.warmup),
      results,
    })
  } finally {
    await opened.database.close()
    await opened.drop()
  }
}

function writeResult(part: string, data: Record<string, unknown>) {
  const dir = new URL('./results/', import.meta.url)
  mkdirSync(dir, { recursive: true })
  const date = new Date().toISOString().slice(0, 10)
  const machine = (data.machine as { hostname: string }).hostname.replace(/[^a-zA-Z0-9-]/g, '')
  const suffix =
    part === 'search' ? `${engine}-${data.documents}` : part === 'guard' ? 'cpu' : engine
  const file = new URL(`${date}-${machine}-${part}-${suffix}.json`, dir)
  writeFileSync(
    file,
    JSON.stringify({ part, measuredAt: new Date().toISOString(), ...data }, null, 2) + '\n',
  )
  log(`Resultat: ${file.pathname}`)
}

/** Notice and minutes of a 40-item meeting as HTML and PDF, assembly, signing (render-bench.ts). */
async function renderPart(machine: ReturnType<typeof describeMachine>) {
  const opened = await openBenchDatabase(undefined, true)
  try {
    await migrateToLatest(opened.database.db)
    const deps: Deps = {
      db: opened.database.db,
      engine,
      files: new FilesystemFileStore(mkdtempSync(join(tmpdir(), 'kansli-bench-files-'))),
    }
    log(`Återgivning och underskrift, 40 punkter (${engine}), ${args.runs} körningar:`)
    const r = await runRenderBench(deps, { runs: Number(args.runs), log })
    writeResult('render', { machine, engine, databaseVersion: opened.version, ...r })
  } finally {
    await opened.database.close()
    await opened.drop()
  }
}

/** The AI guard's throughput on one core (guard-bench.ts); no database. */
function guardPart(machine: ReturnType<typeof describeMachine>) {
  log(`AI-granskning (guard), ${args.seconds} s per korpus:`)
  writeResult('guard', {
    machine,
    ...runGuardBench({ seconds: Number(args.seconds), log }),
  })
}

const machine = describeMachine()
if (!only || only === 'search' || only === 'generate') await searchPart(machine)
if (!only || only === 'register') await registerPart(machine)
if (!only || only === 'render') await renderPart(machine)
if (!only || only === 'guard') guardPart(machine)
