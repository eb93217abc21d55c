import { join } from 'node:path'
import type { Logger } from 'pino'
import type { Config } from './config.js'
import { openDatabase, type Database } from './db/connection.js'
import { migrateToLatest } from './db/migrate.js'
import { randomPassword } from './services/access/passwords.js'
import { createUser } from './services/access/users.service.js'
import type { Deps } from './services/context.js'
import { seedDemo } from './services/demo/seed-demo.js'
import { createMunicipality } from './services/registry/municipality.service.js'
import { FilesystemFileStore } from './storage/file-store.js'
import { FileKeyVault } from './storage/key-vault.js'
import { LocalCaSigning } from './services/minutes/signing-provider.js'

export interface Runtime {
  database: Database
  deps: Deps
  /** Set on the first start of an empty database: the login to print once. */
  firstLogin: {
    municipality: string
    username: string
    password: string
    others?: { username: string; displayName: string }[]
    othersPassword?: string
  } | null
  close(): Promise<void>
}

/** Opens the database, migrates, and on an empty database creates the municipality (demo or empty). */
export async function openRuntime(
  config: Config,
  log: Logger,
  opts: { initialize?: boolean } = {},
): Promise<Runtime> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  try {
    const { applied } = await migrateToLatest(database.db)
    if (applied.length > 0) log.info({ category: 'db', applied }, 'migrations applied')
    const vault = new FileKeyVault(join(config.dataDir, 'secrets'))
    const deps: Deps = {
      db: database.db,
      engine: database.engine,
      files: new FilesystemFileStore(join(config.dataDir, 'files')),
      // Embedded e-signatures: the local CA's and signers' keys sealed with a key kept in
      // <data dir>/secrets (services/minutes/signing-provider.ts, storage/key-vault.ts).
      signing: new LocalCaSigning(vault, {
        ...(config.contactEmail ? { contactInfo: config.contactEmail } : {}),
      }),
      vault,
    }
    let firstLogin: Runtime['firstLogin'] = null
    if (opts.initialize !== false) {
      const existing = await database.db
        .selectFrom('municipalities')
        .select('id')
        .limit(1)
        .executeTakeFirst()
      if (!existing) firstLogin = await initialize(deps, config)
    }
    return { database, deps, firstLogin, close: () => database.close() }
  } catch (err) {
    await database.close()
    throw err
  }
}

async function initialize(deps: Deps, config: Config): Promise<NonNullable<Runtime['firstLogin']>> {
  const adminPassword = process.env.KANSLI_ADMIN_PASSWORD || undefined
  if (config.demo) {
    const demo = await seedDemo(deps, { adminPassword })
    return {
      municipality: 'Exempelkommun',
      username: demo.admin.username,
      password: demo.admin.password,
      others: demo.others,
      othersPassword: demo.othersPassword,
    }
  }
  const ctx = { requestId: 'setup', now: () => new Date() }
  const name = process.env.KANSLI_MUNICIPALITY_NAME?.trim() || 'Kommunen'
  const m = await createMunicipality(deps, ctx, {
    name,
    caseNumberTemplate: process.env.KANSLI_CASE_NUMBER_TEMPLATE || '{series}-{year}-{seq:5}',
  })
  const password = adminPassword ?? randomPassword()
  await createUser(
    deps,
    ctx,
    { kind: 'system', municipalityId: m.id, name: 'setup' },
    {
      username: 'admin',
      displayName: 'Administratör',
      password,
      roles: ['admin', 'registrar'],
    },
  )
  return { municipality: name, username: 'admin', password }
}
