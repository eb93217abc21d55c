import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

/** The case in which a committee's attested minutes of a year are registered. */
export function findMinutesCase(db: Kysely<DB>, committeeId: string, year: number) {
  return db
    .selectFrom('committee_minutes_cases as mc')
    .innerJoin('cases as c', 'c.id', 'mc.case_id')
    .select(['c.id', 'c.case_number', 'c.status'])
    .where('mc.committee_id', '=', committeeId)
    .where('mc.year', '=', year)
    .executeTakeFirst()
}

/** Records the year's minutes case; the first one recorded stays. */
export function insertMinutesCase(
  trx: Kysely<DB>,
  row: { committee_id: string; year: number; case_id: string },
) {
  return trx
    .insertInto('committee_minutes_cases')
    .values(row)
    .onConflict((oc) => oc.columns(['committee_id', 'year']).doNothing())
    .execute()
}

/** The registry series of the committee, else of its parent (a utskott registers in its board's). */
export async function seriesForCommittee(
  db: Kysely<DB>,
  municipalityId: string,
  committeeId: string,
) {
  const own = await db
    .selectFrom('registry_series as s')
    .select(['s.prefix'])
    .where('s.municipality_id', '=', municipalityId)
    .where('s.committee_id', '=', committeeId)
    .orderBy('s.prefix')
    .executeTakeFirst()
  if (own) return own.prefix
  const parent = await db
    .selectFrom('committees as c')
    .innerJoin('registry_series as s', 's.committee_id', 'c.parent_id')
    .select(['s.prefix'])
    .where('c.id', '=', committeeId)
    .orderBy('s.prefix')
    .executeTakeFirst()
  return parent?.prefix ?? null
}
