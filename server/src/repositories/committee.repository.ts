import type { Kysely, Selectable } from 'kysely'
import type { CommitteeTable, DB, StaffFunction } from '../db/schema.js'

export type CommitteeRow = Selectable<CommitteeTable>

export function findCommittee(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('committees')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function findCommitteeSettings(db: Kysely<DB>, committeeId: string) {
  return db
    .selectFrom('committee_settings')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .executeTakeFirst()
}

export function upsertCommitteeSettings(
  trx: Kysely<DB>,
  row: { committee_id: string; notice_days_before: number | null; updated_at: Date },
) {
  return trx
    .insertInto('committee_settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('committee_id').doUpdateSet({
        notice_days_before: row.notice_days_before,
        updated_at: row.updated_at,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function insertStaff(
  trx: Kysely<DB>,
  row: {
    municipality_id: string
    committee_id: string
    user_id: string
    function: StaffFunction
    created_at: Date
  },
) {
  return trx
    .insertInto('committee_staff')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['committee_id', 'user_id']).doUpdateSet({ function: row.function }),
    )
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** The staff of a committee with their names; the secretary first. */
export function listStaff(db: Kysely<DB>, committeeId: string) {
  return db
    .selectFrom('committee_staff')
    .innerJoin('users', 'users.id', 'committee_staff.user_id')
    .select([
      'committee_staff.id',
      'committee_staff.user_id',
      'committee_staff.function',
      'users.display_name',
      'users.title',
    ])
    .where('committee_staff.committee_id', '=', committeeId)
    .orderBy('committee_staff.function', 'desc')
    .orderBy('users.display_name')
    .execute()
}

/** The subcommittees (utskott) that prepare matters for a committee, by name. */
export function listSubcommittees(db: Kysely<DB>, parentId: string) {
  return db
    .selectFrom('committees')
    .selectAll()
    .where('parent_id', '=', parentId)
    .orderBy('name')
    .execute()
}
