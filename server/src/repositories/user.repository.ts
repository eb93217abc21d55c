import type { Insertable, Kysely, Selectable } from 'kysely'
import type { DB, UserTable } from '../db/schema.js'

export type UserRow = Selectable<UserTable>

export function findUserByUsername(
  db: Kysely<DB>,
  municipalityId: string | null,
  username: string,
) {
  let q = db.selectFrom('users').selectAll().where('username', '=', username)
  if (municipalityId) q = q.where('municipality_id', '=', municipalityId)
  return q.executeTakeFirst()
}

export function findUserById(db: Kysely<DB>, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
}

export function insertUser(trx: Kysely<DB>, row: Insertable<UserTable>) {
  return trx.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow()
}

export function listUsers(db: Kysely<DB>, municipalityId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'title', 'roles', 'active'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('display_name')
    .execute()
}

export function insertSession(
  db: Kysely<DB>,
  row: { id: string; user_id: string; csrf_token: string; created_at: Date; expires_at: Date },
) {
  return db.insertInto('sessions').values(row).execute()
}

export function findSession(db: Kysely<DB>, id: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.csrf_token',
      'users.id as user_id',
      'users.municipality_id',
      'users.roles',
      'users.display_name',
      'users.username',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .where('users.active', '=', true)
    .executeTakeFirst()
}

export function deleteSession(db: Kysely<DB>, id: string) {
  return db.deleteFrom('sessions').where('id', '=', id).execute()
}

/** Counts a failed login in a fixed window; returns the failures in the current window. */
export async function recordLoginFailure(db: Kysely<DB>, key: string, now: Date, windowMs: number) {
  const windowStart = new Date(now.getTime() - windowMs)
  const row = await db
    .insertInto('login_failures')
    .values({ key, window_start: now, failures: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('login_failures.window_start', '<', windowStart)
          .then(1)
          .else(eb('login_failures.failures', '+', 1))
          .end(),
        window_start: eb
          .case()
          .when('login_failures.window_start', '<', windowStart)
          .then(now)
          .else(eb.ref('login_failures.window_start'))
          .end(),
      })),
    )
    .returning('failures')
    .executeTakeFirstOrThrow()
  return row.failures
}

export async function loginFailures(db: Kysely<DB>, key: string, now: Date, windowMs: number) {
  const row = await db
    .selectFrom('login_failures')
    .select(['failures', 'window_start'])
    .where('key', '=', key)
    .executeTakeFirst()
  if (!row || new Date(row.window_start).getTime() < now.getTime() - windowMs) return 0
  return row.failures
}

export function clearLoginFailures(db: Kysely<DB>, key: string) {
  return db.deleteFrom('login_failures').where('key', '=', key).execute()
}
