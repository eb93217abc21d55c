import { ForbiddenError, IntegrityError } from '../../domain/errors.js'
import { findCaseById, type CaseRow } from '../../repositories/case.repository.js'
import {
  findOfficialReport,
  findSuccessor,
  listBasis,
  listOfficialReportsOfCase,
  type BasisView,
  type OfficialReportRow,
} from '../../repositories/official-report.repository.js'
import { renderOfficialReportHtml } from '../../render/official-report-html.js'
import { isStaff, mayReadConfidentialOf } from '../access/policies.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid, notFoundCase } from '../registry/create-case.js'
import { notFoundReport, requireReportReader } from './report-access.js'
import { officialReportView } from './report-view.js'

export interface ReportView {
  report: OfficialReportRow
  case: CaseRow
  basis: BasisView[]
  /** The report that replaces this one, if it has been corrected. */
  supersededBy: string | null
}

/** Writes the audit event of reading a confidential report (CONVENTIONS 4: reads too). */
async function auditConfidentialRead(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  r: OfficialReportRow,
  via: string,
) {
  await runCommand(deps, ctx, actor, 'officialReport.readConfidential', async () => ({
    result: null,
    audit: { entityType: 'officialReport', entityId: r.id, data: { caseId: r.case_id, via } },
  }))
}

async function load(deps: Deps, ctx: Ctx, actor: Actor, id: string, via: string) {
  const r = isUuid(id) ? await findOfficialReport(deps.db, actor.municipalityId, id) : undefined
  if (!r) throw notFoundReport()
  const c = await findCaseById(deps.db, actor.municipalityId, r.case_id)
  if (!c) throw notFoundCase()
  const { confidential } = await requireReportReader(deps.db, actor, r, c)
  if (confidential) await auditConfidentialRead(deps, ctx, actor, r, via)
  return { r, c }
}

/** A report with its case and decision basis, for staff (confidential ones for the entitled). */
export async function readOfficialReport(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  id: string,
): Promise<ReportView> {
  const { r, c } = await load(deps, ctx, actor, id, 'report')
  const successor = await findSuccessor(deps.db, r.id)
  return {
    report: r,
    case: c,
    basis: await listBasis(deps.db, [r.id]),
    supersededBy: successor?.id ?? null,
  }
}

/**
 * The report as HTML: the registered rendering of a final report (the stored bytes, verified
 * by their hash), or a preview of a draft marked as such.
 */
export async function officialReportHtml(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  id: string,
): Promise<string> {
  const { r, c } = await load(deps, ctx, actor, id, 'html')
  if (r.status === 'final' && r.html_sha256) {
    const read = await deps.files.read(r.html_sha256)
    if (!('bytes' in read)) {
      throw new IntegrityError(
        read.problem === 'missing' ? 'file_missing' : 'file_altered',
        read.problem === 'missing'
          ? 'Tjänsteskrivelsens HTML-version saknas i dokumentlagret.'
          : 'Tjänsteskrivelsens HTML-version har ändrats och lämnas inte ut (kontrollsumman stämmer inte).',
        { reportId: r.id, sha256: r.html_sha256 },
      )
    }
    return Buffer.from(read.bytes).toString('utf8')
  }
  return renderOfficialReportHtml(await officialReportView(deps.db, r, c))
}

/** The reports of a case, oldest first; confidential ones only to those entitled. */
export async function listCaseReports(deps: Deps, actor: Actor, caseId: string) {
  if (!isStaff(actor))
    throw new ForbiddenError('forbidden', 'Du har inte behörighet att läsa tjänsteskrivelser.')
  const c = isUuid(caseId) ? await findCaseById(deps.db, actor.municipalityId, caseId) : undefined
  if (!c) throw notFoundCase()
  const rows = await listOfficialReportsOfCase(deps.db, c.id)
  const entitled = await mayReadConfidentialOf(deps.db, actor, c)
  const mine = (r: OfficialReportRow) => actor.kind === 'user' && actor.id === r.author_id
  return {
    case: c,
    reports: rows.map((r) => ({
      report: r,
      /** False when the actor sees only that a confidential report exists. */
      readable: !r.confidentiality_ground || entitled || mine(r),
      supersededBy: rows.find((x) => x.supersedes_id === r.id)?.id ?? null,
    })),
  }
}
