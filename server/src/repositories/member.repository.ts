import type { Insertable, Kysely, Selectable } from 'kysely'
import type { CommitteeMembershipTable, DB, MembershipRole, PersonTable } from '../db/schema.js'

export type PersonRow = Selectable<PersonTable>
export type MembershipRow = Selectable<CommitteeMembershipTable>

export function insertPerson(trx: Kysely<DB>, row: Insertable<PersonTable>) {
  return trx.insertInto('people').values(row).returningAll().executeTakeFirstOrThrow()
}

export function findPerson(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function findPersonByUser(db: Kysely<DB>, userId: string) {
  return db.selectFrom('people').selectAll().where('user_id', '=', userId).executeTakeFirst()
}

export function setPersonUser(trx: Kysely<DB>, personId: string, userId: string | null) {
  return trx
    .updateTable('people')
    .set({ user_id: userId })
    .where('id', '=', personId)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function listPeople(db: Kysely<DB>, municipalityId: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .orderBy('name')
    .execute()
}

export function insertMembership(trx: Kysely<DB>, row: Insertable<CommitteeMembershipTable>) {
  return trx
    .insertInto('committee_memberships')
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function findMembership(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('committee_memberships')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function setMembershipEnd(trx: Kysely<DB>, id: string, endsOn: string) {
  return trx
    .updateTable('committee_memberships')
    .set({ ends_on: endsOn })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Memberships of a committee overlapping [from, to], with the person's name and user link. */
export function listMemberships(db: Kysely<DB>, committeeId: string, from: string, to = from) {
  return db
    .selectFrom('committee_memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .selectAll('m')
    .select(['p.name', 'p.user_id'])
    .where('m.committee_id', '=', committeeId)
    .where('m.starts_on', '<=', to)
    .where('m.ends_on', '>=', from)
    .orderBy('m.starts_on')
    .orderBy('p.name')
    .execute()
}
export type MembershipWithPerson = Awaited<ReturnType<typeof listMemberships>>[number]

/** Whether the user sits on the committee (as member or substitute) on the given day. */
export async function userSitsOn(
  db: Kysely<DB>,
  userId: string,
  committeeId: string,
  onDate: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('committee_memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select('m.id')
    .where('p.user_id', '=', userId)
    .where('m.committee_id', '=', committeeId)
    .where('m.starts_on', '<=', onDate)
    .where('m.ends_on', '>=', onDate)
    .executeTakeFirst()
  return !!row
}

/** Someone else holding a single-holder role (chair, vice chair) in an overlapping period. */
export function findRoleHolder(
  db: Kysely<DB>,
  committeeId: string,
  role: MembershipRole,
  from: string,
  to: string,
) {
  return db
    .selectFrom('committee_memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['m.id', 'p.name'])
    .where('m.committee_id', '=', committeeId)
    .where('m.role', '=', role)
    .where('m.starts_on', '<=', to)
    .where('m.ends_on', '>=', from)
    .executeTakeFirst()
}

/** A membership of the same person in the committee in an overlapping period. */
export function findOverlappingSeat(
  db: Kysely<DB>,
  committeeId: string,
  personId: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('committee_memberships')
    .select('id')
    .where('committee_id', '=', committeeId)
    .where('person_id', '=', personId)
    .where('starts_on', '<=', to)
    .where('ends_on', '>=', from)
    .executeTakeFirst()
}

/** The highest list order among the members (or the substitutes) of a committee in a term. */
export async function maxListOrder(
  db: Kysely<DB>,
  committeeId: string,
  termId: string,
  substitutes: boolean,
): Promise<number> {
  const row = await db
    .selectFrom('committee_memberships')
    .select((eb) => eb.fn.max('list_order').as('n'))
    .where('committee_id', '=', committeeId)
    .where('term_id', '=', termId)
    .where('role', substitutes ? '=' : '<>', 'substitute')
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** A substitute already holding this place in the order of service in an overlapping period. */
export function findSubstituteAt(
  db: Kysely<DB>,
  committeeId: string,
  termId: string,
  order: number,
  from: string,
  to: string,
) {
  return db
    .selectFrom('committee_memberships')
    .select('id')
    .where('committee_id', '=', committeeId)
    .where('term_id', '=', termId)
    .where('role', '=', 'substitute')
    .where('list_order', '=', order)
    .where('starts_on', '<=', to)
    .where('ends_on', '>=', from)
    .executeTakeFirst()
}
