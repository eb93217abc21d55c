import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { currentFinalReports, listBasis } from '../../repositories/official-report.repository.js'
import type { TextBlock } from '../../render/view-models.js'

/** What the notice prints of a case's report: "Förslag till beslut" and "Beslutsunderlag". */
export interface ReportForNotice {
  reportId: string
  /** The registered document: 'KS-2025-00483-3'. */
  documentId: string
  title: string
  reportDate: string
  /** How the notice lists the report itself: 'Tjänsteskrivelse 2025-12-05, <title>'. */
  documentLine: string
  proposedDecision: TextBlock[]
  decisionBasis: string[]
}

/**
 * For the notice builder: the current final report of each case addressed to the committee (a
 * corrected report gives way to its correction). Reports registered as confidential are left
 * out: the notice goes to every member and substitute. `db` may be the caller's transaction.
 */
export async function officialReportsForNotice(
  db: Kysely<DB>,
  committeeId: string,
  caseIds: string[],
): Promise<Map<string, ReportForNotice>> {
  const reports = (await currentFinalReports(db, committeeId, caseIds)).filter(
    (r) => !r.confidentiality_ground,
  )
  const basis = await listBasis(
    db,
    reports.map((r) => r.id),
  )
  const out = new Map<string, ReportForNotice>()
  for (const r of reports) {
    // The latest finalised report of a case wins when there are several.
    out.set(r.case_id, {
      reportId: r.id,
      documentId: r.document_id!,
      title: r.title,
      reportDate: r.report_date,
      documentLine: `Tjänsteskrivelse ${r.report_date}, ${r.title}`,
      proposedDecision: r.proposed_decision,
      decisionBasis: basis.filter((b) => b.report_id === r.id).map((b) => b.title),
    })
  }
  return out
}

/** The same for one case. */
export async function officialReportForNotice(
  db: Kysely<DB>,
  committeeId: string,
  caseId: string,
): Promise<ReportForNotice | null> {
  return (await officialReportsForNotice(db, committeeId, [caseId])).get(caseId) ?? null
}
