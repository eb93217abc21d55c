import type { Kysely } from 'kysely'
import type { Engine } from '../db/connection.js'
import type { DB, Role } from '../db/schema.js'
import type { FileStore } from '../storage/file-store.js'
import type { KeyVault } from '../storage/key-vault.js'
import type { SigningProvider } from './minutes/signing-provider.js'

/** What every command runs with: the request id and the clock (tests fix the time). */
export interface Ctx {
  requestId: string
  now: () => Date
}

/** Who is acting. The public is an actor too, with the least rights. */
export type Actor =
  | { kind: 'user'; id: string; municipalityId: string; roles: Role[]; displayName: string }
  | { kind: 'public'; municipalityId: string }
  | { kind: 'system'; municipalityId: string; name: string }

/** The ports a command may use. Built once at start (app.ts / cli). */
export interface Deps {
  db: Kysely<DB>
  engine: Engine
  files: FileStore
  /** Electronic signatures for attestation; without it minutes cannot be signed. */
  signing?: SigningProvider
  /** Seals secrets kept in the database (AI providers' API keys); see storage/key-vault.ts. */
  vault?: KeyVault
}

export function actorId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.id : null
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.kind === 'user' && roles.some((r) => actor.roles.includes(r))
}

export const systemCtx = (): Ctx => ({ requestId: 'system', now: () => new Date() })
