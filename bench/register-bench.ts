/**
 * Registration throughput: registrations per second through the real HTTP API (Fastify started
 * in this process on 127.0.0.1, port 0; the clients in a process of their own, register-client.ts,
 * over keep-alive HTTP), each with a small text file and a new case, and beside it the bare SQL
 * registration transaction on the same database (lock the series counter, insert the document,
 * insert the audit event), at the same concurrency.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { createAppContext } from '../server/src/http/app-context.js'
import { buildApp } from '../server/src/http/app.js'
import type { Actor, Deps } from '../server/src/services/context.js'
import { createUser } from '../server/src/services/access/users.service.js'
import {
  createCommittee,
  createMunicipality,
  createSeries,
} from '../server/src/services/registry/municipality.service.js'
import { FilesystemFileStore } from '../server/src/storage/file-store.js'
import type { Database } from '../server/src/db/connection.js'
import { cpuPerOperation, sampleCpu, type CpuSample } from './cpu-usage.js'

export interface ThroughputResult {
  mode: 'http' | 'bareSql'
  clients: number
  registrations: number
  seconds: number
  perSecond: number
  p50ms: number
  p95ms: number
  /** CPU per registration, ms: the server process (this one), PostgreSQL, the HTTP clients. */
  cpuMsPerRegistration?: { serverMs: number | null; postgresMs: number | null; clientMs?: number }
}

const PASSWORD = 'bänk-märkning-lösen'

/** A municipality of its own with a series and a registrar (the only municipality of this database). */
async function setup(deps: Deps) {
  const ctx = { requestId: 'bench', now: () => new Date() }
  const m = await createMunicipality(deps, ctx, {
    name: 'Registreringskommun',
    caseNumberTemplate: '{series}-{year}-{seq:5}',
  })
  const system: Actor = { kind: 'system', municipalityId: m.id, name: 'bench' }
  const c = await createCommittee(deps, ctx, system, {
    name: 'Kommunstyrelsen',
    shortName: 'KS',
    kind: 'executive',
  })
  await createSeries(deps, ctx, system, {
    prefix: 'KS',
    name: 'Kommunstyrelsens diarium',
    committeeId: c.id,
  })
  await createSeries(deps, ctx, system, { prefix: 'BARE', name: 'Bänkserie', committeeId: c.id })
  await createUser(deps, ctx, system, {
    username: 'registrator',
    displayName: 'Rita Registrator',
    password: PASSWORD,
    roles: ['registrar'],
  })
  return m.id
}

function summarize(
  mode: ThroughputResult['mode'],
  clients: number,
  latencies: number[],
  seconds: number,
): ThroughputResult {
  latencies.sort((a, b) => a - b)
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? 0
  return {
    mode,
    clients,
    registrations: latencies.length,
    seconds: Math.round(seconds * 100) / 100,
    perSecond: Math.round((latencies.length / seconds) * 10) / 10,
    p50ms: Math.round(at(0.5) * 10) / 10,
    p95ms: Math.round(at(0.95) * 10) / 10,
  }
}

function cpuText(r: ThroughputResult): string {
  const c = r.cpuMsPerRegistration
  if (!c) return ''
  const client = c.clientMs === undefined ? '' : `, klienter ${c.clientMs}`
  return `CPU ms per registrering: server ${c.serverMs}, PostgreSQL ${c.postgresMs ?? '?'}${client}`
}

/**
 * Runs `clients` loops for `warmup` seconds uncounted, then for `seconds`, each calling `op`
 * back to back; the CPU sample is taken where the counted part starts.
 */
async function drive(
  clients: number,
  seconds: number,
  warmup: number,
  op: (client: number, i: number) => Promise<void>,
) {
  const loops = async (forSeconds: number, record: (ms: number) => void) => {
    const until = performance.now() + forSeconds * 1000
    let i = 0
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        while (performance.now() < until) {
          const t0 = performance.now()
          await op(client, i++)
          record(performance.now() - t0)
        }
      }),
    )
  }
  await loops(warmup, () => {})
  const cpu = sampleCpu()
  const latencies: number[] = []
  const start = performance.now()
  await loops(seconds, (ms) => latencies.push(ms))
  return { latencies, seconds: (performance.now() - start) / 1000, cpu }
}

/** Runs the HTTP clients in a child process (bench/register-client.ts) and collects their timings. */
function runClients(
  base: string,
  clients: number,
  seconds: number,
  warmup: number,
): Promise<{ latencies: number[]; seconds: number; cpuMs: number; cpu: CpuSample }> {
  const here = dirname(fileURLToPath(import.meta.url))
  const tsx = join(here, '..', 'node_modules', '.bin', 'tsx')
  const child = spawn(
    tsx,
    [
      join(here, 'register-client.ts'),
      base,
      String(clients),
      String(seconds),
      'registrator',
      PASSWORD,
      String(warmup),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  let out = ''
  // The client prints "measuring" when its warm-up ends: the server's CPU is counted from there.
  let cpu: CpuSample | null = null
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8')
    if (!cpu && out.includes('measuring\n')) cpu = sampleCpu()
  })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`register-client exited with ${code}`))
      if (!cpu) return reject(new Error('register-client never started measuring'))
      resolve({ ...JSON.parse(out.trim().split('\n').at(-1) as string), cpu })
    })
  })
}

export async function runRegisterBench(
  database: Database,
  opts: {
    clients: number
    seconds: number
    /** Uncounted seconds before each run, so that both are measured with a warm JIT. */
    warmup: number
    bareSql: boolean
    log: (msg: string) => void
  },
): Promise<ThroughputResult[]> {
  const fileRoot = mkdtempSync(join(tmpdir(), 'kansli-bench-files-'))
  const deps: Deps = {
    db: database.db,
    engine: database.engine,
    files: new FilesystemFileStore(fileRoot),
  }
  const municipalityId = await setup(deps)
  const app = await buildApp(
    createAppContext(deps, { secureCookies: false, sessionHours: 8, maxUploadMb: 5 }, 'bench'),
    { logger: false, webDir: null },
  )
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const results: ThroughputResult[] = []
  try {
    const http = await runClients(base, opts.clients, opts.seconds, opts.warmup)
    const httpResult = summarize('http', opts.clients, http.latencies, http.seconds)
    httpResult.cpuMsPerRegistration = {
      ...cpuPerOperation(http.cpu, sampleCpu(), http.latencies.length),
      clientMs: Math.round((http.cpuMs / http.latencies.length) * 100) / 100,
    }
    results.push(httpResult)
    opts.log(
      `  HTTP ${opts.clients} klienter: ${results.at(-1)!.perSecond} registreringar/s (p95 ${results.at(-1)!.p95ms} ms, ${cpuText(results.at(-1)!)})`,
    )

    if (opts.bareSql) {
      const series = await database.db
        .selectFrom('registry_series')
        .select('id')
        .where('prefix', '=', 'BARE')
        .executeTakeFirstOrThrow()
      const ks = await database.db
        .selectFrom('cases')
        .select('id')
        .where('municipality_id', '=', municipalityId)
        .limit(1)
        .executeTakeFirstOrThrow()
      const year = new Date().getFullYear()
      const bare = await drive(opts.clients, opts.seconds, opts.warmup, async (client, i) => {
        await database.db.transaction().execute(async (trx) => {
          const n = await sql<{ last_number: number }>`
            insert into series_counters (series_id, year, last_number) values (${series.id}, ${year}, 1)
            on conflict (series_id, year) do update set last_number = series_counters.last_number + 1
            returning last_number`.execute(trx)
          const number = n.rows[0]!.last_number
          const doc = await sql<{ id: string }>`
            insert into documents (municipality_id, case_id, document_number, registration_number, direction,
              document_date, registered_at, counterpart_name, description)
            values (${municipalityId}, ${ks.id}, ${1_000_000 + number}, ${`BARE-${year}-${number}`}, 'incoming',
              current_date, now(), 'Länsstyrelsen Norrbotten', ${`Ansökan om bygglov ${client}:${i}`})
            returning id`.execute(trx)
          await sql`
            insert into audit_events (municipality_id, seq, occurred_at, action, entity_type, entity_id, data, prev_hash, hash)
            values (${municipalityId}, ${-number}, now(), 'bench.bare', 'document', ${doc.rows[0]!.id}, '{}', '', '')`.execute(
            trx,
          )
        })
      })
      const bareResult = summarize('bareSql', opts.clients, bare.latencies, bare.seconds)
      bareResult.cpuMsPerRegistration = cpuPerOperation(
        bare.cpu,
        sampleCpu(),
        bare.latencies.length,
      )
      results.push(bareResult)
      opts.log(
        `  bar SQL ${opts.clients} klienter: ${results.at(-1)!.perSecond} registreringar/s (p95 ${results.at(-1)!.p95ms} ms, ${cpuText(results.at(-1)!)})`,
      )
    }
  } finally {
    await app.close()
    rmSync(fileRoot, { recursive: true, force: true })
  }
  return results
}
