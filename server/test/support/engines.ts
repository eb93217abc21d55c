import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { openPGlite, openPostgres, type Database, type Engine } from '../../src/db/connection.js'
import { migrateToLatest } from '../../src/db/migrate.js'

/** PGlite always; PostgreSQL too when KANSLI_TEST_DATABASE_URL is set (CI sets it). */
export const ENGINES: Engine[] = process.env.KANSLI_TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite']

export interface TestDatabase extends Database {
  /** For the PostgreSQL engine: the URL of this test's own database. */
  url: string | null
}

/** A fresh, migrated database of its own for a test file: in-memory PGlite or a new PG database. */
export async function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const db = await openPGlite(null)
    await migrateToLatest(db.db)
    return { ...db, url: null }
  }
  const adminUrl = process.env.KANSLI_TEST_DATABASE_URL
  if (!adminUrl) throw new Error('KANSLI_TEST_DATABASE_URL is not set')
  const name = `kansli_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const db = await openPostgres(url.toString(), 60)
  await migrateToLatest(db.db)
  return {
    ...db,
    url: url.toString(),
    async close() {
      await db.close()
      const a = new pg.Client({ connectionString: adminUrl })
      await a.connect()
      await a.query(`drop database if exists ${name} with (force)`)
      await a.end()
    },
  }
}
