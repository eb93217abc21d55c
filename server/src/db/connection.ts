import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { lockDataDir } from './data-dir-lock.js'
import { PGliteDialect } from './pglite-dialect.js'
import type { DB } from './schema.js'

export type Engine = 'pglite' | 'postgres'

export interface Database {
  db: Kysely<DB>
  engine: Engine
  close(): Promise<void>
}

const DATE_OID = 1082
const INT8_OID = 20

// 'date' stays a 'YYYY-MM-DD' string: a JS Date would shift it by the time zone.
const keepDate = (value: string) => value
const int8 = (value: string) => Number(value)

/** Opens PGlite in `dataDir/db` (or in memory when dataDir is null) behind the serializing dialect. */
export async function openPGlite(dataDir: string | null): Promise<Database> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => {}
  try {
    let dbDir: string | undefined
    if (dataDir) {
      dbDir = join(dataDir, 'db')
      mkdirSync(dbDir, { recursive: true })
    }
    const pglite = await PGlite.create(dbDir, {
      extensions: { pg_trgm },
      parsers: { [DATE_OID]: keepDate, [INT8_OID]: int8 },
    })
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) })
    return {
      db,
      engine: 'pglite',
      async close() {
        await db.destroy()
        await pglite.close()
        unlock()
      },
    }
  } catch (err) {
    unlock()
    throw err
  }
}

/** Opens a pool against a PostgreSQL server. Several Kansli processes may share it. */
export async function openPostgres(url: string, poolSize = 20): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return keepDate
        if (oid === INT8_OID) return int8
        return pg.types.getTypeParser(oid, format)
      }) as typeof pg.types.getTypeParser,
    },
  })
  // An idle client whose connection the server ended (restart, failover, a dropped test
  // database) emits 'error'; the pool discards it, so it must not crash the process.
  pool.on('error', () => {})
  // Fail at start, not at the first request, when the server is unreachable.
  const client = await pool.connect()
  client.release()
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return {
    db,
    engine: 'postgres',
    async close() {
      await db.destroy()
    },
  }
}

export async function openDatabase(opts: {
  databaseUrl: string | null
  dataDir: string | null
}): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPGlite(opts.dataDir)
}
