import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { DB, OfficialReportBasisTable, OfficialReportTable } from '../db/schema.js'

export type OfficialReportRow = Selectable<OfficialReportTable>
export type BasisRow = Selectable<OfficialReportBasisTable>

export function insertOfficialReport(trx: Kysely<DB>, row: Insertable<OfficialReportTable>) {
  return trx.insertInto('official_reports').values(row).returningAll().executeTakeFirstOrThrow()
}

export function findOfficialReport(db: Kysely<DB>, municipalityId: string, id: string) {
  return db
    .selectFrom('official_reports')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** Locks the report for the rest of the transaction (edits, finalising, revising). */
export function lockOfficialReport(trx: Kysely<DB>, municipalityId: string, id: string) {
  return trx
    .selectFrom('official_reports')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export function updateOfficialReport(
  trx: Kysely<DB>,
  id: string,
  patch: Updateable<OfficialReportTable>,
) {
  return trx
    .updateTable('official_reports')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Deletes a draft and its decision basis (a final report is refused by the trigger). */
export async function deleteDraftReport(trx: Kysely<DB>, id: string) {
  await trx.deleteFrom('official_report_basis').where('report_id', '=', id).execute()
  await trx
    .deleteFrom('official_reports')
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute()
}

/** The reports of a case, oldest first. */
export function listOfficialReportsOfCase(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('official_reports')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

/** The report that corrects this one, if any. */
export function findSuccessor(db: Kysely<DB>, reportId: string) {
  return db
    .selectFrom('official_reports')
    .selectAll()
    .where('supersedes_id', '=', reportId)
    .executeTakeFirst()
}

/** Replaces a draft's decision basis with `rows`, in order. */
export async function replaceBasis(
  trx: Kysely<DB>,
  reportId: string,
  rows: { title: string; document_id: string | null }[],
) {
  await trx.deleteFrom('official_report_basis').where('report_id', '=', reportId).execute()
  if (rows.length === 0) return
  await trx
    .insertInto('official_report_basis')
    .values(rows.map((r, i) => ({ ...r, report_id: reportId, position: i + 1 })))
    .execute()
}

/** The decision basis of reports, with each referenced document's registration number. */
export function listBasis(db: Kysely<DB>, reportIds: string[]) {
  if (reportIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('official_report_basis as b')
    .leftJoin('documents as d', 'd.id', 'b.document_id')
    .selectAll('b')
    .select('d.registration_number')
    .where('b.report_id', 'in', reportIds)
    .orderBy('b.report_id')
    .orderBy('b.position')
    .execute()
}
export type BasisView = Awaited<ReturnType<typeof listBasis>>[number]

/**
 * The current final report of each case addressed to the committee: final, and not corrected
 * by a later final report.
 */
export function currentFinalReports(db: Kysely<DB>, committeeId: string, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('official_reports as r')
    .selectAll('r')
    .where('r.committee_id', '=', committeeId)
    .where('r.case_id', 'in', caseIds)
    .where('r.status', '=', 'final')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('official_reports as s')
            .select('s.id')
            .whereRef('s.supersedes_id', '=', 'r.id')
            .where('s.status', '=', 'final'),
        ),
      ),
    )
    .orderBy('r.finalised_at')
    .execute()
}

/** The stored HTML renderings of final reports, in pages by report id, for `kansli verify`. */
export function listAllReportHtmlFiles(db: Kysely<DB>, afterId: string | null, limit: number) {
  let q = db
    .selectFrom('official_reports as r')
    .innerJoin('documents as d', 'd.id', 'r.document_id')
    .select(['r.id', 'r.html_sha256', 'd.registration_number', 'd.id as document_id'])
    .where('r.status', '=', 'final')
  if (afterId) q = q.where('r.id', '>', afterId)
  return q.orderBy('r.id').limit(limit).execute()
}
