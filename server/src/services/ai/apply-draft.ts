import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import type { DraftTarget } from '../../domain/ai/ai-rules.js'
import {
  approvedText,
  assertDraftApproved,
  assertDraftTarget,
} from '../../domain/ai/draft-review.js'
import { ConflictError } from '../../domain/errors.js'
import { appendAiLog } from '../../repositories/ai-log.repository.js'
import {
  findDraft,
  recordApplied,
  type AiDraftListRow,
} from '../../repositories/ai-draft.repository.js'
import { listBasis, findOfficialReport } from '../../repositories/official-report.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { updateOfficialReportDraft } from '../reports/official-reports.js'
import { notFoundReport } from '../reports/report-access.js'
import type { ReportInput } from '../reports/report-fields.js'
import { draftView, type DraftView } from './drafts.js'
import { lockReviewableDraft } from './review-draft.js'

/** The official report's field each report target writes (services/reports/report-fields.ts). */
const REPORT_FIELD = {
  'report.summary': 'summary',
  'report.description': 'description',
  'report.equalityAnalysis': 'equalityAnalysis',
  'report.childRightsAnalysis': 'childRightsAnalysis',
} as const satisfies Partial<Record<DraftTarget, keyof ReportInput>>

type ReportTarget = keyof typeof REPORT_FIELD
const isReportTarget = (t: DraftTarget): t is ReportTarget => Object.hasOwn(REPORT_FIELD, t)

/**
 * Writes the approved text into one section of the official report, through the report's own
 * command (`officialReport.update`) in this transaction: so only a draft report changes, under
 * the report's rules (its author, or a secretary or registrar), with its own audit event. The
 * section is replaced; the other fields are passed on as they are.
 */
async function applyToReport(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  d: AiDraftListRow,
  target: ReportTarget,
): Promise<string> {
  if (!d.official_report_id) {
    throw new ConflictError(
      'ai_draft_no_report',
      'AI-utkastet är inte knutet till någon tjänsteskrivelse och kan inte föras in i en.',
    )
  }
  const r = await findOfficialReport(deps.db, actor.municipalityId, d.official_report_id)
  if (!r || (d.case_id && r.case_id !== d.case_id)) throw notFoundReport()
  const basis = await listBasis(deps.db, [r.id])
  const input: ReportInput & { reportId: string } = {
    reportId: r.id,
    committeeId: r.committee_id,
    title: r.title,
    reportDate: r.report_date,
    department: r.department,
    proposedDecision: r.proposed_decision,
    description: r.description,
    summary: r.summary,
    equalityAnalysis: r.equality_analysis,
    childRightsAnalysis: r.child_rights_analysis,
    decisionBasis: basis.map((b) => ({ title: b.title, documentId: b.document_id })),
    signature: {
      name: r.signed_by_name,
      title: r.signed_by_title,
      email: r.signed_by_email,
      phone: r.signed_by_phone,
    },
    confidentialityGround: r.confidentiality_ground,
    [REPORT_FIELD[target]]: approvedText(d),
  }
  await updateOfficialReportDraft(deps, ctx, actor, input)
  return r.id
}

function requireSubject(d: AiDraftListRow, target: 'caseSummary' | 'documentSummary'): void {
  if (target === 'caseSummary' ? d.case_id : d.document_id) return
  throw new ConflictError(
    'ai_draft_no_subject',
    target === 'caseSummary'
      ? 'AI-utkastet är inte knutet till något ärende.'
      : 'AI-utkastet är inte knutet till någon handling.',
  )
}

/**
 * `ai.draft.apply`: an approved draft becomes what it was for: a section of a draft official
 * report, or the approved summary shown with its case or document. Refused with 409
 * `ai_draft_not_approved` while no person has approved it, and with `ai_decision_field` for a
 * decision field, whatever its status. Logged as `ai.draft.applied` in the AI log.
 */
export async function applyDraft(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  draftId: string,
): Promise<DraftView> {
  const id = await runCommand(deps, ctx, actor, 'ai.draft.apply', async (trx: Kysely<DB>, at) => {
    const d = await lockReviewableDraft(trx, actor, at, draftId, 'använda')
    const target = assertDraftTarget(d.target_field)
    if (!target) {
      throw new ConflictError(
        'ai_draft_no_target',
        'AI-utkastet har inget fält att föras in i. Kopiera den godkända texten dit den ska.',
      )
    }
    assertDraftApproved(d)
    if (d.applied_at) {
      throw new ConflictError(
        'ai_draft_applied',
        `AI-utkastet är redan infört${d.applied_by_name ? ` av ${d.applied_by_name}` : ''}.`,
      )
    }
    let reportId: string | null = null
    if (isReportTarget(target))
      reportId = await applyToReport({ ...deps, db: trx }, ctx, actor, d, target)
    else requireSubject(d, target)
    await recordApplied(trx, d.id, d.actorId, at)
    const data = {
      draftId: d.id,
      callSeq: Number(d.log_seq),
      serviceId: d.service_id,
      purpose: d.purpose,
      target,
      caseId: d.case_id,
      documentId: d.document_id,
      officialReportId: reportId,
      edited: d.final_text !== null,
    }
    await appendAiLog(trx, actor.municipalityId, at, d.actorId, 'ai.draft.applied', [
      { entityType: 'ai_draft', entityId: d.id, data },
    ])
    return { result: d.id, audit: { entityType: 'ai_draft', entityId: d.id, data } }
  })
  return draftView((await findDraft(deps.db, actor.municipalityId, id))!)
}
