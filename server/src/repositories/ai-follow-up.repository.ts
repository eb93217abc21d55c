import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

/** The names of the municipality's AI services, also suspended ones: the follow-up names them. */
export async function aiServiceNames(db: Kysely<DB>, municipalityId: string) {
  const rows = await db
    .selectFrom('ai_services')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}
