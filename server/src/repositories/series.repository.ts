import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

export function findSeriesByPrefix(db: Kysely<DB>, municipalityId: string, prefix: string) {
  return db
    .selectFrom('registry_series')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('prefix', '=', prefix)
    .executeTakeFirst()
}

/** A series by prefix with its municipality's case-number template: what a new case's number needs. */
export function findSeriesForNewCase(db: Kysely<DB>, municipalityId: string, prefix: string) {
  return db
    .selectFrom('registry_series')
    .innerJoin('municipalities', 'municipalities.id', 'registry_series.municipality_id')
    .select([
      'registry_series.id',
      'registry_series.committee_id',
      'municipalities.case_number_template',
    ])
    .where('registry_series.municipality_id', '=', municipalityId)
    .where('registry_series.prefix', '=', prefix)
    .executeTakeFirst()
}

export function findSeriesById(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('registry_series')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function listSeries(db: Kysely<DB>, municipalityId: string) {
  return db
    .selectFrom('registry_series')
    .leftJoin('committees', 'committees.id', 'registry_series.committee_id')
    .select([
      'registry_series.id',
      'registry_series.prefix',
      'registry_series.name',
      'registry_series.committee_id',
      'committees.name as committee_name',
    ])
    .where('registry_series.municipality_id', '=', municipalityId)
    .orderBy('registry_series.prefix')
    .execute()
}

/**
 * Draws the next number of a series and year. The upsert takes a row lock that is held to the
 * end of the transaction: concurrent registrations queue here, and a rollback returns the
 * number, so numbers are consecutive and never reused.
 */
export async function drawNextNumber(
  trx: Kysely<DB>,
  seriesId: string,
  year: number,
): Promise<number> {
  const row = await nextNumberUpsert(trx, seriesId, year).executeTakeFirstOrThrow()
  return row.last_number
}

/** The upsert of drawNextNumber, to be part of a larger statement; returns `last_number`. */
export function nextNumberUpsert(db: Kysely<DB>, seriesId: string, year: number) {
  return db
    .insertInto('series_counters')
    .values({ series_id: seriesId, year, last_number: 1 })
    .onConflict((oc) =>
      oc.columns(['series_id', 'year']).doUpdateSet((eb) => ({
        last_number: eb('series_counters.last_number', '+', 1),
      })),
    )
    .returning('last_number')
}

/**
 * Moves a counter forward to at least `number` (used when importing existing cases with their
 * real numbers, such as the demo's KS-2025-00466), so later numbers continue after them.
 */
export async function reserveNumber(
  trx: Kysely<DB>,
  seriesId: string,
  year: number,
  number: number,
) {
  await trx
    .insertInto('series_counters')
    .values({ series_id: seriesId, year, last_number: number })
    .onConflict((oc) =>
      oc.columns(['series_id', 'year']).doUpdateSet((eb) => ({
        last_number: eb.fn('greatest', [eb.ref('series_counters.last_number'), eb.val(number)]),
      })),
    )
    .execute()
}
