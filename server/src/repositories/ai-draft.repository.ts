import { sql, type ExpressionBuilder, type Insertable, type Kysely, type Selectable } from 'kysely'
import type { AiDraftStatus, AiDraftTable, DB } from '../db/schema.js'
import { assertDraftTarget } from '../domain/ai/draft-review.js'

export type AiDraftRow = Selectable<AiDraftTable>

/**
 * Stores a new AI draft (the guarded call, services/ai/ai-call.ts, writes one per answer). It is
 * always stored unreviewed, whatever `values` says: only the review command (services/ai/drafts.ts)
 * changes that, so no path can store an AI text as already approved. A decision field as target
 * is refused here too (`ai_decision_field`), so such a draft never exists.
 */
export async function insertDraft(
  trx: Kysely<DB>,
  values: Insertable<AiDraftTable>,
): Promise<AiDraftRow> {
  assertDraftTarget(values.target_field ?? null)
  return trx
    .insertInto('ai_drafts')
    .values({
      ...values,
      status: 'unreviewed',
      final_text: null,
      reviewed_by: null,
      reviewed_at: null,
      review_note: null,
      applied_at: null,
      applied_by: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

type DraftEb = ExpressionBuilder<DB, 'ai_drafts'>

/**
 * Is the draft about confidential material: a case whose title is protected or that holds a
 * confidential document, a confidential document, or a report marked with an OSL ground?
 */
export function draftIsConfidential(eb: DraftEb) {
  return eb.or([
    eb.exists(
      eb
        .selectFrom('cases as c')
        .select('c.id')
        .whereRef('c.id', '=', 'ai_drafts.case_id')
        .where((e) =>
          e.or([
            e('c.title_protected', '=', true),
            e.exists(
              e
                .selectFrom('documents as cd')
                .select('cd.id')
                .whereRef('cd.case_id', '=', 'c.id')
                .where('cd.confidential', '=', true),
            ),
          ]),
        ),
    ),
    eb.exists(
      eb
        .selectFrom('documents as d')
        .select('d.id')
        .whereRef('d.id', '=', 'ai_drafts.document_id')
        .where('d.confidential', '=', true),
    ),
    eb.exists(
      eb
        .selectFrom('official_reports as r')
        .select('r.id')
        .whereRef('r.id', '=', 'ai_drafts.official_report_id')
        .where('r.confidentiality_ground', 'is not', null),
    ),
  ])
}

/** The draft's row with the labels the views need (no text of the case or document). */
function draftQuery(db: Kysely<DB>, municipalityId: string) {
  return db
    .selectFrom('ai_drafts')
    .leftJoin('cases', 'cases.id', 'ai_drafts.case_id')
    .leftJoin('documents', 'documents.id', 'ai_drafts.document_id')
    .leftJoin('ai_services', 'ai_services.id', 'ai_drafts.service_id')
    .leftJoin('users as creator', 'creator.id', 'ai_drafts.created_by')
    .leftJoin('users as reviewer', 'reviewer.id', 'ai_drafts.reviewed_by')
    .leftJoin('users as applier', 'applier.id', 'ai_drafts.applied_by')
    .selectAll('ai_drafts')
    .select((eb) => [
      'cases.case_number',
      'cases.case_officer_id',
      'documents.registration_number',
      'ai_services.name as service_name',
      'creator.display_name as created_by_name',
      'reviewer.display_name as reviewed_by_name',
      'applier.display_name as applied_by_name',
      draftIsConfidential(eb).as('confidential'),
    ])
    .where('ai_drafts.municipality_id', '=', municipalityId)
}

export type AiDraftListRow = Awaited<ReturnType<ReturnType<typeof draftQuery>['execute']>>[number]

export function findDraft(db: Kysely<DB>, municipalityId: string, id: string) {
  return draftQuery(db, municipalityId).where('ai_drafts.id', '=', id).executeTakeFirst()
}

/** Locks the draft for the rest of the transaction (review, apply). */
export function lockDraft(trx: Kysely<DB>, municipalityId: string, id: string) {
  return trx
    .selectFrom('ai_drafts')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export interface DraftFilter {
  status?: AiDraftStatus
  caseId?: string
  createdBy?: string
}

/** Drafts newest first, the actor's visibility applied in SQL so that counts never leak. */
export async function listDrafts(
  db: Kysely<DB>,
  municipalityId: string,
  filter: DraftFilter,
  visibility: { all: boolean; userId: string | null; caseOfficerId: string | null },
  page: { limit: number; offset: number },
) {
  let q = draftQuery(db, municipalityId)
  if (filter.status) q = q.where('ai_drafts.status', '=', filter.status)
  if (filter.caseId) q = q.where('ai_drafts.case_id', '=', filter.caseId)
  if (filter.createdBy) q = q.where('ai_drafts.created_by', '=', filter.createdBy)
  if (!visibility.all) {
    const none = '00000000-0000-0000-0000-000000000000'
    const officer = visibility.caseOfficerId ?? none
    q = q.where((eb) =>
      eb.or([
        eb.not(draftIsConfidential(eb)),
        eb('ai_drafts.created_by', '=', visibility.userId ?? none),
        eb('ai_drafts.case_id', 'in', (sub) =>
          sub
            .selectFrom('cases')
            .select('id')
            .where('case_officer_id', '=', officer)
            .union(
              sub
                .selectFrom('case_access_grants')
                .select('case_id as id')
                .where('user_id', '=', officer),
            ),
        ),
      ]),
    )
  }
  return q
    .orderBy('ai_drafts.created_at', 'desc')
    .orderBy('ai_drafts.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute()
}

/** Records the review: who, when, the decision, the approved text (null when unchanged), a note. */
export function recordReview(
  trx: Kysely<DB>,
  id: string,
  review: {
    status: 'approved' | 'rejected'
    final_text: string | null
    reviewed_by: string
    reviewed_at: Date
    review_note: string | null
  },
) {
  return trx
    .updateTable('ai_drafts')
    .set(review)
    .where('id', '=', id)
    .where('status', '=', 'unreviewed')
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function recordApplied(trx: Kysely<DB>, id: string, by: string | null, at: Date) {
  return trx
    .updateTable('ai_drafts')
    .set({ applied_at: at, applied_by: by })
    .where('id', '=', id)
    .where('status', '=', 'approved')
    .returningAll()
    .executeTakeFirstOrThrow()
}

/**
 * The approved summaries in force: for the case and for each of its documents, the newest
 * applied draft with target caseSummary / documentSummary.
 */
export function appliedSummaries(db: Kysely<DB>, municipalityId: string, caseId: string) {
  return draftQuery(db, municipalityId)
    .where('ai_drafts.case_id', '=', caseId)
    .where('ai_drafts.target_field', 'in', ['caseSummary', 'documentSummary'])
    .where('ai_drafts.applied_at', 'is not', null)
    .orderBy('ai_drafts.applied_at', 'desc')
    .execute()
}

/** Drafts created in a period, counted by status (the follow-up's still-unreviewed count). */
export async function countDraftsOfPeriod(
  db: Kysely<DB>,
  municipalityId: string,
  from: Date,
  to: Date,
): Promise<Record<AiDraftStatus, number>> {
  const rows = await db
    .selectFrom('ai_drafts')
    .select(['status', sql<string>`count(*)`.as('n')])
    .where('municipality_id', '=', municipalityId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .groupBy('status')
    .execute()
  const out: Record<AiDraftStatus, number> = { unreviewed: 0, approved: 0, rejected: 0 }
  for (const r of rows) out[r.status] = Number(r.n)
  return out
}
