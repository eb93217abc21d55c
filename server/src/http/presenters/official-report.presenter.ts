import type { OfficialReportRow } from '../../repositories/official-report.repository.js'
import type { ReportView } from '../../services/reports/read-report.js'

const instant = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

/** A report in a list: what it is and where it stands, not its text. */
export function presentReportSummary(
  r: OfficialReportRow,
  extra: { readable: boolean; supersededBy: string | null },
) {
  return {
    id: r.id,
    caseId: r.case_id,
    committeeId: r.committee_id,
    status: r.status,
    statusLabel: r.status === 'draft' ? 'utkast' : 'registrerad',
    title: extra.readable ? r.title : 'Sekretess',
    reportDate: r.report_date,
    confidentialityGround: r.confidentiality_ground,
    documentId: r.document_id,
    supersedesId: r.supersedes_id,
    supersededBy: extra.supersededBy,
    readable: extra.readable,
  }
}

/** A report with its content, for those who may read it. */
export function presentReport(v: ReportView) {
  const r = v.report
  return {
    ...presentReportSummary(r, { readable: true, supersededBy: v.supersededBy }),
    caseNumber: v.case.case_number,
    authorId: r.author_id,
    department: r.department,
    proposedDecision: r.proposed_decision,
    description: r.description,
    summary: r.summary,
    equalityAnalysis: r.equality_analysis,
    childRightsAnalysis: r.child_rights_analysis,
    decisionBasis: v.basis.map((b) => ({
      title: b.title,
      documentId: b.document_id,
      registrationNumber: b.registration_number,
    })),
    signature: {
      name: r.signed_by_name,
      title: r.signed_by_title,
      email: r.signed_by_email,
      phone: r.signed_by_phone,
    },
    pdfSha256: r.pdf_sha256,
    finalisedAt: instant(r.finalised_at),
    updatedAt: instant(r.updated_at),
  }
}
