import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

/** Sets (or replaces) a user's calendar-feed secret; the old URL stops working at once. */
export function setCalendarFeed(trx: Kysely<DB>, userId: string, tokenHash: string, at: Date) {
  return trx
    .insertInto('calendar_feeds')
    .values({ user_id: userId, token_hash: tokenHash, created_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: at }))
    .execute()
}

export function deleteCalendarFeed(trx: Kysely<DB>, userId: string) {
  return trx.deleteFrom('calendar_feeds').where('user_id', '=', userId).executeTakeFirst()
}

export function findCalendarFeed(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst()
}

/** The active user a feed secret belongs to. */
export function findUserByFeedHash(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .selectAll('u')
    .where('f.token_hash', '=', tokenHash)
    .executeTakeFirst()
}
