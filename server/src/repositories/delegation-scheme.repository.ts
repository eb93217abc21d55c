import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type {
  DB,
  DelegationPointTable,
  DelegationSchemeTable,
  DelegationSchemeVersionTable,
} from '../db/schema.js'

export type SchemeRow = Selectable<DelegationSchemeTable>
export type VersionRow = Selectable<DelegationSchemeVersionTable>
export type PointRow = Selectable<DelegationPointTable>

export function findSchemeOfCommittee(db: Kysely<DB>, municipalityId: string, committeeId: string) {
  return db
    .selectFrom('delegation_schemes')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('committee_id', '=', committeeId)
    .executeTakeFirst()
}

/** The committee's scheme, created on first use; the row lock orders concurrent version changes. */
export async function lockSchemeOfCommittee(
  trx: Kysely<DB>,
  municipalityId: string,
  committeeId: string,
  at: Date,
): Promise<SchemeRow> {
  await trx
    .insertInto('delegation_schemes')
    .values({ municipality_id: municipalityId, committee_id: committeeId, created_at: at })
    .onConflict((oc) => oc.column('committee_id').doNothing())
    .execute()
  return trx
    .selectFrom('delegation_schemes')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .forUpdate()
    .executeTakeFirstOrThrow()
}

export function findScheme(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('delegation_schemes')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
}

export function lockScheme(trx: Kysely<DB>, schemeId: string) {
  return trx
    .selectFrom('delegation_schemes')
    .selectAll()
    .where('id', '=', schemeId)
    .forUpdate()
    .executeTakeFirstOrThrow()
}

/** Every version of a scheme, oldest first. */
export function listVersions(db: Kysely<DB>, schemeId: string) {
  return db
    .selectFrom('delegation_scheme_versions')
    .selectAll()
    .where('scheme_id', '=', schemeId)
    .orderBy('version_number')
    .execute()
}

export function findVersion(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('delegation_scheme_versions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The adopted version of a committee's scheme in force on `date`, if any. */
export function findVersionInForce(db: Kysely<DB>, committeeId: string, date: string) {
  return db
    .selectFrom('delegation_scheme_versions as v')
    .innerJoin('delegation_schemes as s', 's.id', 'v.scheme_id')
    .selectAll('v')
    .where('s.committee_id', '=', committeeId)
    .where('v.status', '=', 'adopted')
    .where('v.valid_from', '<=', date)
    .where((eb) => eb.or([eb('v.valid_to', 'is', null), eb('v.valid_to', '>=', date)]))
    .executeTakeFirst()
}

export function insertVersion(trx: Kysely<DB>, row: Insertable<DelegationSchemeVersionTable>) {
  return trx
    .insertInto('delegation_scheme_versions')
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function updateVersion(
  trx: Kysely<DB>,
  id: string,
  patch: Updateable<DelegationSchemeVersionTable>,
) {
  return trx
    .updateTable('delegation_scheme_versions')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Deletes a draft and its points (adopted versions are refused by the database's trigger). */
export async function deleteDraftVersion(trx: Kysely<DB>, id: string) {
  await trx.deleteFrom('delegation_points').where('version_id', '=', id).execute()
  await trx
    .deleteFrom('delegation_scheme_versions')
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute()
}

/** The points of a version with the name of a subcommittee delegate (sorted by the caller). */
export function listPoints(db: Kysely<DB>, versionId: string) {
  return db
    .selectFrom('delegation_points as p')
    .leftJoin('committees as c', 'c.id', 'p.delegate_committee_id')
    .selectAll('p')
    .select('c.name as delegate_committee_name')
    .where('p.version_id', '=', versionId)
    .execute()
}
export type PointView = Awaited<ReturnType<typeof listPoints>>[number]

export function findPoint(db: Kysely<DB>, versionId: string, id: string) {
  return db
    .selectFrom('delegation_points')
    .selectAll()
    .where('version_id', '=', versionId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** A point with its version, by id, within a municipality. */
export function findPointWithVersion(db: Kysely<DB>, municipalityId: string, pointId: string) {
  return db
    .selectFrom('delegation_points as p')
    .innerJoin('delegation_scheme_versions as v', 'v.id', 'p.version_id')
    .innerJoin('delegation_schemes as s', 's.id', 'v.scheme_id')
    .selectAll('p')
    .select([
      'v.version_number',
      'v.status as version_status',
      'v.valid_from',
      'v.valid_to',
      's.committee_id',
    ])
    .where('v.municipality_id', '=', municipalityId)
    .where('p.id', '=', pointId)
    .executeTakeFirst()
}
export type PointWithVersion = NonNullable<Awaited<ReturnType<typeof findPointWithVersion>>>

export function findPointByNumber(db: Kysely<DB>, versionId: string, number: string) {
  return db
    .selectFrom('delegation_points')
    .select('id')
    .where('version_id', '=', versionId)
    .where('number', '=', number)
    .executeTakeFirst()
}

export function insertPoints(trx: Kysely<DB>, rows: Insertable<DelegationPointTable>[]) {
  if (rows.length === 0) return Promise.resolve([])
  return trx.insertInto('delegation_points').values(rows).returningAll().execute()
}

export function updatePoint(trx: Kysely<DB>, id: string, patch: Updateable<DelegationPointTable>) {
  return trx
    .updateTable('delegation_points')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function deletePoint(trx: Kysely<DB>, id: string) {
  return trx.deleteFrom('delegation_points').where('id', '=', id).execute()
}

/** Whether any delegated decision rests on a point of this version dated on or after `date`. */
export async function hasDecisionsFrom(db: Kysely<DB>, versionId: string, date: string) {
  const row = await db
    .selectFrom('delegated_decisions as d')
    .innerJoin('delegation_points as p', 'p.id', 'd.point_id')
    .select('d.id')
    .where('p.version_id', '=', versionId)
    .where((eb) => eb.or([eb('d.decided_on', '>=', date), eb('d.period_to', '>=', date)]))
    .executeTakeFirst()
  return !!row
}
