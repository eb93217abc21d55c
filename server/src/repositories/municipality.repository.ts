import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

export function findMunicipality(db: Kysely<DB>, id: string) {
  return db.selectFrom('municipalities').selectAll().where('id', '=', id).executeTakeFirst()
}
