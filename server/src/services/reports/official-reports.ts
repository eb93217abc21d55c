import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { swedishDate } from '../../domain/dates.js'
import { ConflictError, ValidationError } from '../../domain/errors.js'
import { findCaseById, type CaseRow } from '../../repositories/case.repository.js'
import {
  deleteDraftReport,
  findSuccessor,
  insertOfficialReport,
  listBasis,
  lockOfficialReport,
  replaceBasis,
  updateOfficialReport as updateReportRow,
  type OfficialReportRow,
} from '../../repositories/official-report.repository.js'
import { findUserById } from '../../repositories/user.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { loadCommittee } from '../committees/committee-access.js'
import { isUuid, notFoundCase } from '../registry/create-case.js'
import {
  assertReportDraft,
  notFoundReport,
  requireReportEditor,
  requireReportWriter,
} from './report-access.js'
import { basisRows, reportColumns, stored, type ReportInput } from './report-fields.js'

/** The case a report is written in: it must exist and still be open for new documents. */
export async function openCaseFor(db: Kysely<DB>, actor: Actor, caseId: string): Promise<CaseRow> {
  const c = isUuid(caseId) ? await findCaseById(db, actor.municipalityId, caseId) : undefined
  if (!c) throw notFoundCase()
  if (c.status === 'closed') {
    throw new ValidationError(
      'Ärendet är avslutat. Återöppna det innan du skriver en tjänsteskrivelse.',
      [{ field: 'caseId', message: 'Ärendet är avslutat.' }],
      'case_closed',
    )
  }
  return c
}

async function authorOf(db: Kysely<DB>, actor: Actor, fallback?: OfficialReportRow) {
  const id = fallback?.author_id ?? actorId(actor)
  const u = id ? await findUserById(db, id) : undefined
  return { id: u?.id ?? null, name: u?.display_name ?? '', title: u?.title ?? null }
}

/** Locks a report the actor may edit, still a draft. */
async function lockDraft(trx: Kysely<DB>, actor: Actor, id: string, what: string) {
  const r = isUuid(id) ? await lockOfficialReport(trx, actor.municipalityId, id) : undefined
  if (!r) throw notFoundReport()
  requireReportEditor(actor, r, what)
  assertReportDraft(r)
  return r
}

const auditData = (r: OfficialReportRow, c: CaseRow, basis: number) => ({
  caseId: c.id,
  caseNumber: c.case_number,
  committeeId: r.committee_id,
  title: r.title,
  reportDate: r.report_date,
  confidentialityGround: r.confidentiality_ground,
  decisionBasis: basis,
  supersedesId: r.supersedes_id,
})

/**
 * `officialReport.create`: a draft official report (tjänsteskrivelse) in a case, addressed to a
 * committee. The signature block defaults to the author's name and title.
 */
export async function createOfficialReport(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: ReportInput & { caseId: string },
) {
  requireReportWriter(actor, 'skriva tjänsteskrivelser')
  const committee = await loadCommittee(deps.db, actor, input.committeeId)
  const author = await authorOf(deps.db, actor)
  if (!author.id) throw new ValidationError('En tjänsteskrivelse skrivs av en användare.')
  return runCommand(deps, ctx, actor, 'officialReport.create', async (trx, at) => {
    const c = await openCaseFor(trx, actor, input.caseId)
    const cols = reportColumns(input, swedishDate(at), author)
    const basis = await basisRows(trx, actor, c.id, input.decisionBasis)
    const row = await insertOfficialReport(trx, {
      ...stored(cols),
      municipality_id: actor.municipalityId,
      case_id: c.id,
      committee_id: committee.id,
      author_id: author.id!,
      status: 'draft',
      created_at: at,
      updated_at: at,
    })
    await replaceBasis(trx, row.id, basis)
    return {
      result: row,
      audit: {
        entityType: 'officialReport',
        entityId: row.id,
        data: auditData(row, c, basis.length),
      },
    }
  })
}

/** `officialReport.update`: replaces the content of a draft. */
export async function updateOfficialReportDraft(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: ReportInput & { reportId: string },
) {
  requireReportWriter(actor, 'ändra tjänsteskrivelser')
  const committee = await loadCommittee(deps.db, actor, input.committeeId)
  return runCommand(deps, ctx, actor, 'officialReport.update', async (trx, at) => {
    const r = await lockDraft(trx, actor, input.reportId, 'ändra den')
    const c = await openCaseFor(trx, actor, r.case_id)
    const cols = reportColumns(input, swedishDate(at), await authorOf(trx, actor, r))
    const basis = await basisRows(trx, actor, c.id, input.decisionBasis)
    const row = await updateReportRow(trx, r.id, {
      ...stored(cols),
      committee_id: committee.id,
      updated_at: at,
    })
    await replaceBasis(trx, row.id, basis)
    return {
      result: row,
      audit: {
        entityType: 'officialReport',
        entityId: row.id,
        data: auditData(row, c, basis.length),
      },
    }
  })
}

/** `officialReport.discard`: removes a draft that will not be used. */
export async function discardOfficialReport(deps: Deps, ctx: Ctx, actor: Actor, reportId: string) {
  requireReportWriter(actor, 'ta bort tjänsteskrivelser')
  return runCommand(deps, ctx, actor, 'officialReport.discard', async (trx) => {
    const r = await lockDraft(trx, actor, reportId, 'ta bort den')
    await deleteDraftReport(trx, r.id)
    return {
      result: null,
      audit: {
        entityType: 'officialReport',
        entityId: r.id,
        data: { caseId: r.case_id, title: r.title },
      },
    }
  })
}

/**
 * `officialReport.revise`: a corrected version of a final report is a new draft that says which
 * report it replaces; the registered one stays as it is. One correction per report.
 */
export async function reviseOfficialReport(deps: Deps, ctx: Ctx, actor: Actor, reportId: string) {
  requireReportWriter(actor, 'skriva tjänsteskrivelser')
  return runCommand(deps, ctx, actor, 'officialReport.revise', async (trx, at) => {
    const r = isUuid(reportId)
      ? await lockOfficialReport(trx, actor.municipalityId, reportId)
      : undefined
    if (!r) throw notFoundReport()
    if (r.status !== 'final') {
      throw new ConflictError(
        'official_report_draft',
        'Utkastet kan ändras direkt; det behöver ingen ny version.',
      )
    }
    if (await findSuccessor(trx, r.id)) {
      throw new ConflictError(
        'official_report_superseded',
        'Det finns redan en ny version av tjänsteskrivelsen. Arbeta vidare i den.',
      )
    }
    const c = await openCaseFor(trx, actor, r.case_id)
    const author = await authorOf(trx, actor)
    const {
      id: _id,
      document_id: _d,
      pdf_sha256: _p,
      html_sha256: _h,
      finalised_at: _f,
      finalised_by: _fb,
      ...content
    } = r
    const row = await insertOfficialReport(trx, {
      ...content,
      proposed_decision: JSON.stringify(r.proposed_decision),
      description: JSON.stringify(r.description),
      summary: JSON.stringify(r.summary),
      equality_analysis: JSON.stringify(r.equality_analysis),
      child_rights_analysis: JSON.stringify(r.child_rights_analysis),
      author_id: author.id ?? r.author_id,
      status: 'draft',
      supersedes_id: r.id,
      report_date: swedishDate(at),
      created_at: at,
      updated_at: at,
    })
    const basis = await listBasis(trx, [r.id])
    await replaceBasis(
      trx,
      row.id,
      basis.map((b) => ({ title: b.title, document_id: b.document_id })),
    )
    return {
      result: row,
      audit: {
        entityType: 'officialReport',
        entityId: row.id,
        data: auditData(row, c, basis.length),
      },
    }
  })
}
