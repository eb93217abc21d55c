import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import type { Actor, Deps } from '../../src/services/context.js'
import { linkPersonUser } from '../../src/services/committees/people.js'
import { LocalCaSigning } from '../../src/services/minutes/signing-provider.js'
import { FileKeyVault } from '../../src/storage/key-vault.js'
import { liveCtx, type World } from './builders.js'
import { namedUser } from './meeting-builders.js'

/** Deps with the embedded signing of the running server: a local CA, keys sealed in a temp dir. */
export function withSigning(deps: Deps): Deps {
  const dir = mkdtempSync(join(tmpdir(), 'kansli-secrets-'))
  return { ...deps, signing: new LocalCaSigning(new FileKeyVault(join(dir, 'secrets'))) }
}

/** A login for the person holding this seat (people.user_id), as chairs and attesters have. */
export async function linkedUser(
  deps: Deps,
  w: World,
  membershipId: string,
  name: string,
): Promise<Actor & { kind: 'user'; username: string }> {
  const slug = name
    .normalize('NFD')
    .replace(/[^a-zA-Z]+/g, '.')
    .toLowerCase()
  const user = await namedUser(deps, w, slug, name, 'member')
  const seat = await deps.db
    .selectFrom('committee_memberships')
    .select('person_id')
    .where('id', '=', membershipId)
    .executeTakeFirstOrThrow()
  await linkPersonUser(deps, liveCtx(), w.system, { personId: seat.person_id, userId: user.id })
  return user
}

/** pdfsig's report, one block per signature ("Signature #1:" …). */
export function pdfsigBlocks(path: string): string[] {
  const r = spawnSync('pdfsig', [path], { encoding: 'utf8' })
  if (r.error)
    throw new Error(`pdfsig is required (apt-get install -y poppler-utils): ${r.error.message}`)
  return `${r.stdout}${r.stderr}`.split(/^Signature #\d+:$/m).slice(1)
}
