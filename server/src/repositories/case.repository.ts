import type { Insertable, Kysely, Selectable } from 'kysely'
import type { CaseStatus, CaseTable, DB } from '../db/schema.js'

export type CaseRow = Selectable<CaseTable>

export function findCaseById(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function findCaseByNumber(db: Kysely<DB>, municipalityId: string, caseNumber: string) {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('case_number', '=', caseNumber)
    .executeTakeFirst()
}

/** Locks the case row for the rest of the transaction (document numbering, status changes). */
export function lockCase(trx: Kysely<DB>, municipalityId: string, id: string) {
  return trx
    .selectFrom('cases')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function insertCase(trx: Kysely<DB>, row: Insertable<CaseTable>): Promise<CaseRow> {
  return trx.insertInto('cases').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function nextDocumentNumber(trx: Kysely<DB>, caseId: string): Promise<number> {
  const r = await trx
    .updateTable('cases')
    .set((eb) => ({ last_document_number: eb('last_document_number', '+', 1) }))
    .where('id', '=', caseId)
    .returning('last_document_number')
    .executeTakeFirstOrThrow()
  return r.last_document_number
}

export async function updateCaseStatus(
  trx: Kysely<DB>,
  caseId: string,
  status: CaseStatus,
  dates: { decided_on?: string | null; closed_on?: string | null },
  at: Date,
) {
  return trx
    .updateTable('cases')
    .set({ status, ...dates, updated_at: at })
    .where('id', '=', caseId)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function isGranted(db: Kysely<DB>, caseId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('case_access_grants')
    .select('case_id')
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .executeTakeFirst()
  return !!row
}

export async function insertGrant(
  trx: Kysely<DB>,
  row: { case_id: string; user_id: string; granted_by: string; granted_at: Date },
) {
  await trx
    .insertInto('case_access_grants')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute()
}

export interface CaseListFilter {
  seriesId?: string
  status?: CaseStatus
  committeeId?: string
  caseOfficerId?: string
  limit: number
  offset: number
}

export function listCases(db: Kysely<DB>, municipalityId: string, f: CaseListFilter) {
  let q = db
    .selectFrom('cases')
    .innerJoin('registry_series', 'registry_series.id', 'cases.series_id')
    .leftJoin('users', 'users.id', 'cases.case_officer_id')
    .leftJoin('committees', 'committees.id', 'cases.committee_id')
    .select([
      'cases.id',
      'cases.case_number',
      'cases.title',
      'cases.title_protected',
      'cases.status',
      'cases.opened_on',
      'cases.year',
      'cases.last_document_number',
      'cases.case_officer_id',
      'registry_series.prefix as series_prefix',
      'users.display_name as case_officer_name',
      'committees.name as committee_name',
    ])
    .where('cases.municipality_id', '=', municipalityId)
  if (f.seriesId) q = q.where('cases.series_id', '=', f.seriesId)
  if (f.status) q = q.where('cases.status', '=', f.status)
  if (f.committeeId) q = q.where('cases.committee_id', '=', f.committeeId)
  if (f.caseOfficerId) q = q.where('cases.case_officer_id', '=', f.caseOfficerId)
  return q
    .orderBy('cases.created_at', 'desc')
    .orderBy('cases.case_number', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute()
}

/** Names shown with a case: its series, case officer, committee and the registrars of its documents. */
export async function caseLabels(db: Kysely<DB>, c: CaseRow, userIds: (string | null)[]) {
  const series = await db
    .selectFrom('registry_series')
    .select('prefix')
    .where('id', '=', c.series_id)
    .executeTakeFirst()
  const committee = c.committee_id
    ? await db
        .selectFrom('committees')
        .select('name')
        .where('id', '=', c.committee_id)
        .executeTakeFirst()
    : undefined
  const ids = [...new Set([c.case_officer_id, ...userIds].filter((x): x is string => !!x))]
  const users = ids.length
    ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute()
    : []
  return {
    seriesPrefix: series?.prefix ?? null,
    committeeName: committee?.name ?? null,
    userNames: new Map(users.map((u) => [u.id, u.display_name])),
  }
}
