import type { Insertable, Kysely, Selectable } from 'kysely'
import type { DB, TermTable } from '../db/schema.js'

export type TermRow = Selectable<TermTable>

export function insertTerm(trx: Kysely<DB>, row: Insertable<TermTable>) {
  return trx.insertInto('terms').values(row).returningAll().executeTakeFirstOrThrow()
}

export function findTerm(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('terms')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** A term of the municipality that shares at least one day with [startsOn, endsOn]. */
export function findOverlappingTerm(
  db: Kysely<DB>,
  municipalityId: string,
  startsOn: string,
  endsOn: string,
) {
  return db
    .selectFrom('terms')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('starts_on', '<=', endsOn)
    .where('ends_on', '>=', startsOn)
    .executeTakeFirst()
}

export function listTerms(db: Kysely<DB>, municipalityId: string) {
  return db
    .selectFrom('terms')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .orderBy('starts_on', 'desc')
    .execute()
}
