import type { Insertable, Kysely, Selectable } from 'kysely'
import type { DB, PostingTable } from '../db/schema.js'

export type PostingRow = Selectable<PostingTable>

export function insertPosting(trx: Kysely<DB>, row: Insertable<PostingTable>) {
  return trx.insertInto('postings').values(row).returningAll().executeTakeFirstOrThrow()
}

export function listMeetingPostings(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('postings')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('posted_on')
    .execute()
}

export function findPosting(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('postings')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** Postings up on `today`: posted, and not yet past the day they may come down. */
export function listCurrentPostings(db: Kysely<DB>, municipalityId: string, today: string) {
  return db
    .selectFrom('postings')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('posted_on', '<=', today)
    .where('take_down_on', '>', today)
    .orderBy('posted_on', 'desc')
    .orderBy('committee_name')
    .execute()
}

/** Postings whose appeal period has run out, newest first, optionally of one year. */
export function listArchivedPostings(
  db: Kysely<DB>,
  municipalityId: string,
  today: string,
  f: { year?: number; limit: number; offset: number },
) {
  let q = db
    .selectFrom('postings')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('take_down_on', '<=', today)
  if (f.year) {
    q = q.where('posted_on', '>=', `${f.year}-01-01`).where('posted_on', '<=', `${f.year}-12-31`)
  }
  return q
    .orderBy('posted_on', 'desc')
    .orderBy('committee_name')
    .limit(f.limit)
    .offset(f.offset)
    .execute()
}
