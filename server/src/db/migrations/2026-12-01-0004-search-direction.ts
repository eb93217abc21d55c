import { sql, type Kysely } from 'kysely'

/**
 * Newest first within a series, a year and a direction: a filtered search of a common word walks
 * this index row by row (see search.repository.ts), and with the direction in the index it
 * visits only the rows of that direction instead of every row of the series and year.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index search_entries_series_direction_recent_idx on search_entries (municipality_id, series_id, year, direction, entry_date desc, id desc)`.execute(
    db,
  )
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only')
}
