import {
  assignUnreportedToMeeting,
  delegationReportForMeeting,
} from '../../services/delegation/delegation-report.js'
import { listDecisions, readDecision } from '../../services/delegation/read-decisions.js'
import {
  correctDelegatedDecision,
  registerDelegatedDecision,
  withdrawDelegatedDecision,
} from '../../services/delegation/register-decision.js'
import type { AppContext } from '../app-context.js'
import { presentDecision, presentReportRow } from '../presenters/delegation.presenter.js'
import type { TypedApp } from '../typed-app.js'
import {
  AssignBody,
  CommitteeParams,
  DecisionBody,
  DecisionListQuery,
  DecisionParams,
  ReportQuery,
} from './delegation.schema.js'
import { MeetingParams } from './meetings.schema.js'

const tags = ['delegation']

/** Delegated decisions (delegationsbeslut) and the report of them to a meeting. */
export function delegationDecisionRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/committees/:id/delegated-decisions',
    {
      schema: {
        tags,
        summary: 'Nämndens delegationsbeslut (ej anmälda, anmälda, särskilt protokollförda)',
        params: CommitteeParams,
        querystring: DecisionListQuery,
      },
    },
    async (request) => {
      const rows = await listDecisions(ctx.deps, request.actor, {
        ...request.query,
        committeeId: request.params.id,
      })
      return { decisions: rows.map(presentDecision) }
    },
  )

  app.post(
    '/api/committees/:id/delegated-decisions',
    {
      schema: {
        tags,
        summary: 'Registrera ett delegationsbeslut eller en sammanställning för en period',
        params: CommitteeParams,
        body: DecisionBody,
      },
    },
    async (request, reply) => {
      const d = await registerDelegatedDecision(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        committeeId: request.params.id,
      })
      return reply.code(201).send(presentDecision(d))
    },
  )

  app.get(
    '/api/delegated-decisions/:id',
    { schema: { tags, summary: 'Ett delegationsbeslut', params: DecisionParams } },
    async (request) =>
      presentDecision(await readDecision(ctx.deps, request.actor, request.params.id)),
  )

  app.put(
    '/api/delegated-decisions/:id',
    {
      schema: {
        tags,
        summary: 'Rätta ett delegationsbeslut (till dess sammanträdet är avslutat)',
        params: DecisionParams,
        body: DecisionBody,
      },
    },
    async (request) =>
      presentDecision(
        await correctDelegatedDecision(ctx.deps, ctx.ctx(request), request.actor, {
          ...request.body,
          decisionId: request.params.id,
        }),
      ),
  )

  app.delete(
    '/api/delegated-decisions/:id',
    {
      schema: {
        tags,
        summary: 'Ta bort ett felregistrerat delegationsbeslut',
        params: DecisionParams,
      },
    },
    async (request, reply) => {
      await withdrawDelegatedDecision(ctx.deps, ctx.ctx(request), request.actor, request.params.id)
      return reply.code(204).send()
    },
  )

  app.get(
    '/api/meetings/:id/delegation-report',
    {
      schema: {
        tags,
        summary: 'Redovisning av delegationsbeslut till sammanträdet',
        params: MeetingParams,
        querystring: ReportQuery,
      },
    },
    async (request) => {
      const rows = await delegationReportForMeeting(
        ctx.deps.db,
        request.actor,
        request.params.id,
        request.query,
      )
      return { meetingId: request.params.id, rows: rows.map(presentReportRow) }
    },
  )

  app.post(
    '/api/meetings/:id/delegation-report/assign',
    {
      schema: {
        tags,
        summary: 'Anmäl alla ej anmälda delegationsbeslut (fram till ett datum) till sammanträdet',
        params: MeetingParams,
        body: AssignBody,
      },
    },
    async (request) => {
      const { assigned } = await assignUnreportedToMeeting(
        ctx.deps,
        ctx.ctx(request),
        request.actor,
        {
          meetingId: request.params.id,
          until: request.body.until ?? null,
        },
      )
      const rows = await delegationReportForMeeting(ctx.deps.db, request.actor, request.params.id)
      return {
        meetingId: request.params.id,
        assigned: assigned.length,
        rows: rows.map(presentReportRow),
      }
    },
  )
}
