import { Type } from 'typebox'
import { listCases } from '../../repositories/case.repository.js'
import { isStaff } from '../../services/access/policies.js'
import { changeCaseStatus } from '../../services/registry/case-status.js'
import { createCase } from '../../services/registry/create-case.js'
import { grantCaseAccess } from '../../services/registry/grant-access.js'
import { readCase, readCaseHistory } from '../../services/registry/read-case.js'
import { ForbiddenError } from '../../domain/errors.js'
import { approvedSummariesOf } from '../../services/ai/summaries.js'
import { presentApprovedSummary } from '../presenters/ai-draft.presenter.js'
import { presentCaseInternal, presentCaseSummaryInternal } from '../presenters/case.presenter.js'
import { CaseStatus, Id, NewCaseBody } from '../schemas.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'

const tags = ['ärenden']

export function caseRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'Lista ärenden (senaste först)',
        querystring: Type.Object(
          {
            series: Type.Optional(Type.String({ maxLength: 10 })),
            status: Type.Optional(CaseStatus),
            mine: Type.Optional(Type.Boolean()),
            page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
            pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const actor = request.actor
      if (!isStaff(actor))
        throw new ForbiddenError('forbidden', 'Du har inte behörighet till diariet.')
      const q = request.query
      const pageSize = q.pageSize ?? 25
      let seriesId: string | undefined
      if (q.series) {
        const s = await ctx.deps.db
          .selectFrom('registry_series')
          .select('id')
          .where('municipality_id', '=', actor.municipalityId)
          .where('prefix', '=', q.series.toUpperCase())
          .executeTakeFirst()
        seriesId = s?.id ?? '00000000-0000-0000-0000-000000000000'
      }
      const rows = await listCases(ctx.deps.db, actor.municipalityId, {
        seriesId,
        status: q.status,
        caseOfficerId: q.mine && actor.kind === 'user' ? actor.id : undefined,
        limit: pageSize,
        offset: ((q.page ?? 1) - 1) * pageSize,
      })
      return {
        cases: rows.map((r) => ({
          id: r.id,
          caseNumber: r.case_number,
          title: r.title,
          status: r.status,
          openedOn: r.opened_on,
          caseOfficerName: r.case_officer_name,
          committeeName: r.committee_name,
          documentCount: r.last_document_number,
        })),
      }
    },
  )

  app.post(
    '/api/cases',
    { schema: { tags, summary: 'Skapa ärende (drar nytt diarienummer)', body: NewCaseBody } },
    async (request, reply) => {
      const row = await createCase(ctx.deps, ctx.ctx(request), request.actor, request.body)
      return reply.code(201).send(presentCaseSummaryInternal(row))
    },
  )

  app.get(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary: 'Ett ärende med dess handlingar (id eller diarienummer)',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
      },
    },
    async (request) => {
      const view = await readCase(ctx.deps, ctx.ctx(request), request.actor, request.params.id)
      // Approved AI summaries (issue 4) are shown with the case and its documents, labelled.
      const summaries = await approvedSummariesOf(ctx.deps, request.actor, view)
      const c = presentCaseInternal(view)
      return {
        ...c,
        approvedSummary: presentApprovedSummary(summaries.caseSummary),
        documents: c.documents.map((d) => ({
          ...d,
          approvedSummary: presentApprovedSummary(summaries.documents.get(d.id)),
        })),
      }
    },
  )

  app.get(
    '/api/cases/:id/history',
    {
      schema: {
        tags,
        summary: 'Ärendets historik ur loggen',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
      },
    },
    async (request) => {
      const events = await readCaseHistory(ctx.deps, request.actor, request.params.id)
      return {
        events: events.map((e) => ({
          seq: Number(e.seq),
          at: new Date(e.occurred_at).toISOString(),
          action: e.action,
          entityType: e.entity_type,
          entityId: e.entity_id,
          actorName: e.actor_name,
          data: e.data,
        })),
      }
    },
  )

  app.post(
    '/api/cases/:id/status',
    {
      schema: {
        tags,
        summary: 'Ändra status: open, decided, closed (återöppning loggas)',
        params: Type.Object({ id: Id }),
        body: Type.Object(
          { status: CaseStatus, reason: Type.Optional(Type.String({ maxLength: 1000 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) =>
      presentCaseSummaryInternal(
        await changeCaseStatus(ctx.deps, ctx.ctx(request), request.actor, {
          caseId: request.params.id,
          ...request.body,
        }),
      ),
  )

  app.post(
    '/api/cases/:id/grants',
    {
      schema: {
        tags,
        summary: 'Ge en handläggare rätt att läsa ärendets sekretessbelagda handlingar',
        params: Type.Object({ id: Id }),
        body: Type.Object({ userId: Id }, { additionalProperties: false }),
      },
    },
    async (request) => {
      await grantCaseAccess(ctx.deps, ctx.ctx(request), request.actor, {
        caseId: request.params.id,
        userId: request.body.userId,
      })
      return { ok: true }
    },
  )
}
