import { ConflictError } from '../../domain/errors.js'
import { assertReportComplete } from '../../domain/official-report.js'
import { findCaseById } from '../../repositories/case.repository.js'
import { recordStoredFile } from '../../repositories/document.repository.js'
import {
  findOfficialReport,
  lockOfficialReport,
  updateOfficialReport,
} from '../../repositories/official-report.repository.js'
import { renderOfficialReportHtml } from '../../render/official-report-html.js'
import { renderOfficialReportPdf } from '../../render/official-report-pdf.js'
import { officialReportTitle } from '../../render/official-report-view.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { isUuid, notFoundCase } from '../registry/create-case.js'
import { registerDocument } from '../registry/register-document.js'
import { assertReportDraft, notFoundReport, requireReportEditor } from './report-access.js'
import { officialReportView } from './report-view.js'

/** The file name of the registered PDF: 'tjanksteskrivelse-KS-2025-00483.pdf' without å/ä/ö. */
function fileName(caseNumber: string, date: string): string {
  return `tjansteskrivelse-${caseNumber}-${date}.pdf`.replace(/[^A-Za-z0-9._-]/g, '-')
}

/**
 * `officialReport.finalise`: renders the report as accessible HTML and PDF/A-2b and registers
 * the PDF as a drawn-up document of the case through `document.register` (its number in the
 * case, stored by SHA-256, searchable), in the same transaction that makes the report final.
 * From then on the report cannot change; a correction is a new report (`officialReport.revise`).
 */
export async function finaliseOfficialReport(deps: Deps, ctx: Ctx, actor: Actor, reportId: string) {
  const draft = isUuid(reportId)
    ? await findOfficialReport(deps.db, actor.municipalityId, reportId)
    : undefined
  if (!draft) throw notFoundReport()
  requireReportEditor(actor, draft, 'registrera den')
  assertReportDraft(draft)
  const c = await findCaseById(deps.db, actor.municipalityId, draft.case_id)
  if (!c) throw notFoundCase()
  assertReportComplete({
    title: draft.title,
    proposedDecision: draft.proposed_decision,
    description: draft.description,
    summary: draft.summary,
    signedByName: draft.signed_by_name,
    signedByTitle: draft.signed_by_title,
  })
  const view = { ...(await officialReportView(deps.db, draft, c)), draft: false }
  const now = ctx.now()
  const html = Buffer.from(renderOfficialReportHtml(view), 'utf8')
  const pdf = await renderOfficialReportPdf(view, { now })
  const storedHtml = await deps.files.put(html)

  return runCommand(deps, ctx, actor, 'officialReport.finalise', async (trx, at) => {
    const r = await lockOfficialReport(trx, actor.municipalityId, draft.id)
    if (!r) throw notFoundReport()
    assertReportDraft(r)
    if (new Date(r.updated_at).getTime() !== new Date(draft.updated_at).getTime()) {
      throw new ConflictError(
        'official_report_changed',
        'Tjänsteskrivelsen ändrades medan den registrerades. Granska den och försök igen.',
      )
    }
    await recordStoredFile(trx, storedHtml.sha256, storedHtml.size, at)
    // document.register joins this transaction (services/command.ts) and audits itself.
    const registered = await registerDocument({ ...deps, db: trx }, ctx, actor, {
      caseId: c.id,
      direction: 'drawnUp',
      documentDate: r.report_date,
      description: officialReportTitle(view),
      confidentiality: r.confidentiality_ground
        ? { ground: r.confidentiality_ground, protectDescription: c.title_protected }
        : null,
      files: [
        {
          fileName: fileName(c.case_number, r.report_date),
          bytes: pdf,
          declaredType: 'application/pdf',
        },
      ],
    })
    const pdfFile = registered.files[0]!
    const final = await updateOfficialReport(trx, r.id, {
      status: 'final',
      document_id: registered.document.id,
      pdf_sha256: pdfFile.sha256,
      html_sha256: storedHtml.sha256,
      finalised_at: at,
      finalised_by: actorId(actor),
      updated_at: at,
    })
    return {
      result: {
        report: final,
        document: registered.document,
        file: pdfFile,
        caseNumber: c.case_number,
      },
      audit: {
        entityType: 'officialReport',
        entityId: r.id,
        data: {
          caseId: c.id,
          registrationNumber: registered.document.registration_number,
          pdfSha256: pdfFile.sha256,
          htmlSha256: storedHtml.sha256,
          supersedesId: r.supersedes_id,
        },
      },
    }
  })
}
