import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { Role } from '../../src/db/schema.js'
import type { Actor, Ctx, Deps } from '../../src/services/context.js'
import { FilesystemFileStore } from '../../src/storage/file-store.js'
import {
  createMunicipality,
  createCommittee,
  createSeries,
} from '../../src/services/registry/municipality.service.js'
import { createUser } from '../../src/services/access/users.service.js'
import type { TestDatabase } from './engines.js'

/** Test data builders (CONVENTIONS 9): each test makes its own municipality, series and users. */
export function testDeps(database: TestDatabase): Deps {
  const root = mkdtempSync(join(tmpdir(), 'kansli-files-'))
  return { db: database.db, engine: database.engine, files: new FilesystemFileStore(root) }
}

export function fixedCtx(iso = '2025-12-15T10:00:00+01:00'): Ctx {
  return { requestId: `test-${randomBytes(4).toString('hex')}`, now: () => new Date(iso) }
}

/** The error a promise rejects with (a test fails when it resolves). */
export async function rejection(p: Promise<unknown>) {
  try {
    await p
  } catch (err) {
    return err as Error & { code?: string; fields?: { field: string; message: string }[] }
  }
  throw new Error('expected a rejection')
}

export const liveCtx = (): Ctx => ({ requestId: 'test', now: () => new Date() })

export interface World {
  municipalityId: string
  system: Actor
  committeeId: string
  series: string
  user(role: Role, extra?: Role[]): Promise<Actor & { kind: 'user'; username: string }>
  publicActor: Actor
}

export async function newWorld(
  deps: Deps,
  opts: { template?: string; series?: string } = {},
): Promise<World> {
  const ctx = liveCtx()
  const m = await createMunicipality(deps, ctx, {
    name: `Testkommun ${randomBytes(3).toString('hex')}`,
    caseNumberTemplate: opts.template ?? '{series}-{year}-{seq:5}',
  })
  const system: Actor = { kind: 'system', municipalityId: m.id, name: 'test' }
  const committee = await createCommittee(deps, ctx, system, {
    name: 'Kommunstyrelsen',
    shortName: 'KS',
    kind: 'executive',
  })
  const prefix = opts.series ?? 'KS'
  await createSeries(deps, ctx, system, {
    prefix,
    name: 'Kommunstyrelsens diarium',
    committeeId: committee.id,
  })
  let n = 0
  const tag = randomBytes(3).toString('hex')
  return {
    municipalityId: m.id,
    system,
    committeeId: committee.id,
    series: prefix,
    publicActor: { kind: 'public', municipalityId: m.id },
    async user(role, extra = []) {
      n++
      const u = await createUser(deps, ctx, system, {
        username: `${role.toLowerCase()}${n}-${tag}`,
        displayName: `Test ${role} ${n}`,
        password: 'korrekt-häst-batteri',
        roles: [role, ...extra],
      })
      return {
        kind: 'user',
        username: u.username,
        id: u.id,
        municipalityId: m.id,
        roles: [role, ...extra],
        displayName: u.display_name,
      }
    },
  }
}

/** Where the filesystem store keeps a file: for tests that tamper with stored bytes. */
export function storedFilePath(deps: Deps, sha256: string): string {
  const root = (deps.files as unknown as { root: string }).root
  return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256)
}
