import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import type { CaseRow } from '../../repositories/case.repository.js'
import { findCommittee } from '../../repositories/committee.repository.js'
import { findDocumentById } from '../../repositories/document.repository.js'
import { findMunicipality } from '../../repositories/municipality.repository.js'
import {
  findOfficialReport,
  listBasis,
  type OfficialReportRow,
} from '../../repositories/official-report.repository.js'
import type { OfficialReportView } from '../../render/official-report-view.js'

/** The registration number of the report a correction replaces ('KS-2025-00483-2'). */
async function correctedNumber(db: Kysely<DB>, r: OfficialReportRow): Promise<string | undefined> {
  if (!r.supersedes_id) return undefined
  const old = await findOfficialReport(db, r.municipality_id, r.supersedes_id)
  const d = old?.document_id
    ? await findDocumentById(db, r.municipality_id, old.document_id)
    : undefined
  return d?.registration_number
}

/** What the renderers print for a report, from its row, its case and its decision basis. */
export async function officialReportView(
  db: Kysely<DB>,
  r: OfficialReportRow,
  c: CaseRow,
): Promise<OfficialReportView> {
  const municipality = await findMunicipality(db, r.municipality_id)
  const committee = await findCommittee(db, r.municipality_id, r.committee_id)
  const basis = await listBasis(db, [r.id])
  const corrects = await correctedNumber(db, r)
  return {
    municipality: municipality?.name ?? '',
    ...(r.department ? { department: r.department } : {}),
    committee: committee?.name ?? '',
    date: r.report_date,
    caseNumber: c.case_number,
    title: r.title,
    proposedDecision: r.proposed_decision,
    description: r.description,
    summary: r.summary,
    equalityAnalysis: r.equality_analysis,
    childRightsAnalysis: r.child_rights_analysis,
    decisionBasis: basis.map((b) => b.title),
    signature: {
      name: r.signed_by_name,
      title: r.signed_by_title,
      ...(r.signed_by_phone ? { phone: r.signed_by_phone } : {}),
      ...(r.signed_by_email ? { email: r.signed_by_email } : {}),
    },
    ...(corrects ? { corrects } : {}),
    ...(r.status === 'draft' ? { draft: true } : {}),
  }
}
