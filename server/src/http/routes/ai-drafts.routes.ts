import { applyDraft } from '../../services/ai/apply-draft.js'
import { getDraft, listDraftsFor } from '../../services/ai/drafts.js'
import { approveDraft, rejectDraft } from '../../services/ai/review-draft.js'
import type { AppContext } from '../app-context.js'
import { presentDraft, presentDraftSummary } from '../presenters/ai-draft.presenter.js'
import type { TypedApp } from '../typed-app.js'
import { ApproveBody, DraftListQuery, DraftParams, RejectBody } from './ai.schema.js'

const tags = ['AI']

/**
 * AI drafts after the guarded call stored them: read, reviewed by a person (approved, with or
 * without edits, or rejected with a note), and applied to what they were for.
 */
export function aiDraftRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/ai/drafts',
    {
      schema: {
        tags,
        summary: 'AI-utkast (senaste först), utan text',
        querystring: DraftListQuery,
      },
    },
    async (request) => ({
      drafts: (await listDraftsFor(ctx.deps, request.actor, request.query)).map(
        presentDraftSummary,
      ),
    }),
  )

  app.get(
    '/api/ai/drafts/:id',
    {
      schema: {
        tags,
        summary: 'Ett AI-utkast med text och, när det är godkänt, ändringarna ord för ord',
        params: DraftParams,
      },
    },
    async (request) =>
      presentDraft(await getDraft(ctx.deps, ctx.ctx(request), request.actor, request.params.id)),
  )

  app.post(
    '/api/ai/drafts/:id/approve',
    {
      schema: {
        tags,
        summary: 'Godkänn ett AI-utkast, som det är eller med din redigerade text',
        params: DraftParams,
        body: ApproveBody,
      },
    },
    async (request) =>
      presentDraft(
        await approveDraft(ctx.deps, ctx.ctx(request), request.actor, {
          draftId: request.params.id,
          finalText: request.body.finalText,
          note: request.body.note,
        }),
      ),
  )

  app.post(
    '/api/ai/drafts/:id/reject',
    {
      schema: {
        tags,
        summary: 'Avvisa ett AI-utkast och ange varför',
        params: DraftParams,
        body: RejectBody,
      },
    },
    async (request) =>
      presentDraft(
        await rejectDraft(ctx.deps, ctx.ctx(request), request.actor, {
          draftId: request.params.id,
          note: request.body.note,
        }),
      ),
  )

  app.post(
    '/api/ai/drafts/:id/apply',
    {
      schema: {
        tags,
        summary:
          'För in ett godkänt AI-utkast: i tjänsteskrivelsens utkast, eller som ärendets eller handlingens sammanfattning',
        params: DraftParams,
      },
    },
    async (request) =>
      presentDraft(await applyDraft(ctx.deps, ctx.ctx(request), request.actor, request.params.id)),
  )
}
