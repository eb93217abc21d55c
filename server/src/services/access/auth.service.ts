import { createHash, randomBytes } from 'node:crypto'
import type { Role } from '../../db/schema.js'
import { DomainError, UnauthenticatedError, ValidationError } from '../../domain/errors.js'
import {
  clearLoginFailures,
  deleteSession,
  findSession,
  findUserByUsername,
  insertSession,
  loginFailures,
  recordLoginFailure,
} from '../../repositories/user.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { verifyPassword } from './passwords.js'

export const MAX_FAILURES = 10
export const FAILURE_WINDOW_MS = 15 * 60 * 1000

export class TooManyAttemptsError extends DomainError {}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

// Spent on unknown usernames too, so that timing does not reveal which accounts exist.
const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='

/**
 * `auth.login`: checks the password and opens a session. Failures are counted per account and
 * per client address in the database (so the limit holds across processes).
 */
export async function login(
  deps: Deps,
  ctx: Ctx,
  input: { username: string; password: string; clientKey: string; sessionHours: number },
) {
  const username = (input.username ?? '').trim().toLowerCase()
  if (!username || !input.password || username.length > 100 || input.password.length > 200) {
    throw new ValidationError('Ange användarnamn och lösenord.', [], 'invalid_credentials')
  }
  const now = ctx.now()
  const keys = [`user:${username}`, `client:${input.clientKey}`]
  for (const key of keys) {
    if ((await loginFailures(deps.db, key, now, FAILURE_WINDOW_MS)) >= MAX_FAILURES) {
      throw new TooManyAttemptsError(
        'too_many_attempts',
        'För många misslyckade inloggningsförsök. Vänta en kvart och försök igen.',
      )
    }
  }
  const user = await findUserByUsername(deps.db, null, username)
  const ok = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH)
  if (!user || !ok || !user.active) {
    for (const key of keys) await recordLoginFailure(deps.db, key, now, FAILURE_WINDOW_MS)
    throw new UnauthenticatedError('invalid_credentials', 'Fel användarnamn eller lösenord.')
  }
  await clearLoginFailures(deps.db, `user:${username}`)
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(32).toString('base64url')
  const actor: Actor = {
    kind: 'user',
    id: user.id,
    municipalityId: user.municipality_id,
    roles: user.roles as Role[],
    displayName: user.display_name,
  }
  await runCommand(deps, ctx, actor, 'auth.login', async (trx, at) => {
    await insertSession(trx, {
      id: tokenHash(token),
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: at,
      expires_at: new Date(at.getTime() + input.sessionHours * 3600_000),
    })
    return { result: null, audit: { entityType: 'user', entityId: user.id } }
  })
  return { token, csrfToken, actor, username: user.username }
}

/** The actor behind a session cookie, or null when the session is unknown or expired. */
export async function resolveSession(deps: Deps, token: string, now: Date) {
  const s = await findSession(deps.db, tokenHash(token), now)
  if (!s) return null
  const actor: Actor = {
    kind: 'user',
    id: s.user_id,
    municipalityId: s.municipality_id,
    roles: s.roles as Role[],
    displayName: s.display_name,
  }
  return { actor, csrfToken: s.csrf_token, username: s.username }
}

export async function logout(deps: Deps, token: string) {
  await deleteSession(deps.db, tokenHash(token))
}
