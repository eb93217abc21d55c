import { Type } from 'typebox'
import { listAiLog } from '../../repositories/ai-log.repository.js'
import { requireRole } from '../../services/access/policies.js'
import {
  listAiServices,
  registerAiService,
  setAiServiceStatus,
  setPublicChatService,
  updateAiService,
} from '../../services/ai/ai-services.js'
import {
  ASSESSMENT_ROLES,
  listAssessments,
  recordAssessment,
} from '../../services/ai/assessments.js'
import { recordTraining, trainingOverview } from '../../services/ai/training.js'
import { CLASS_LABEL } from '../../domain/ai/ai-rules.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import {
  AiLogQuery,
  AiServiceBody,
  AiServicePatch,
  AiServiceStatusBody,
  AssessmentBody,
  TrainingBody,
  Uuid,
} from './ai-admin.schema.js'

const tags = ['AI (administration)']

/**
 * The AI services register with their risk and consequence assessments, the AI training
 * records and the AI usage log (issue 4). The rules are in services/ai; these only parse.
 */
export function aiAdminRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/ai/vocabulary',
    { schema: { tags, summary: 'Dataklasser och roller i riskanalysen' } },
    async () => ({
      classes: Object.entries(CLASS_LABEL).map(([value, label]) => ({ value, label })),
      assessmentRoles: Object.entries(ASSESSMENT_ROLES).map(([value, label]) => ({ value, label })),
    }),
  )

  app.get('/api/ai/services', { schema: { tags, summary: 'AI-tjänsterna' } }, async (request) => ({
    services: await listAiServices(ctx.deps, request.actor),
  }))

  app.post(
    '/api/ai/services',
    { schema: { tags, summary: 'Registrera en AI-tjänst', body: AiServiceBody } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await registerAiService(ctx.deps, ctx.ctx(request), request.actor, request.body)),
  )

  app.patch(
    '/api/ai/services/:id',
    {
      schema: {
        tags,
        summary: 'Ändra en AI-tjänst',
        params: Type.Object({ id: Uuid }),
        body: AiServicePatch,
      },
    },
    async (request) =>
      updateAiService(ctx.deps, ctx.ctx(request), request.actor, request.params.id, request.body),
  )

  app.post(
    '/api/ai/services/:id/status',
    {
      schema: {
        tags,
        summary: 'Stäng av eller återaktivera en AI-tjänst',
        params: Type.Object({ id: Uuid }),
        body: AiServiceStatusBody,
      },
    },
    async (request) =>
      setAiServiceStatus(
        ctx.deps,
        ctx.ctx(request),
        request.actor,
        request.params.id,
        request.body.status,
        request.body.reason,
      ),
  )

  app.put(
    '/api/ai/public-chat',
    {
      schema: {
        tags,
        summary: 'Välj AI-tjänst för allmänhetens frågor (null = ingen)',
        body: Type.Object(
          { serviceId: Type.Union([Uuid, Type.Null()]) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => ({
      service: await setPublicChatService(
        ctx.deps,
        ctx.ctx(request),
        request.actor,
        request.body.serviceId,
      ),
    }),
  )

  app.get(
    '/api/ai/services/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Tjänstens risk- och konsekvensanalyser',
        params: Type.Object({ id: Uuid }),
      },
    },
    async (request) => ({
      assessments: await listAssessments(ctx.deps, request.actor, request.params.id),
    }),
  )

  app.post(
    '/api/ai/services/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Registrera en risk- och konsekvensanalys',
        params: Type.Object({ id: Uuid }),
        body: AssessmentBody,
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await recordAssessment(ctx.deps, ctx.ctx(request), request.actor, {
          ...request.body,
          serviceId: request.params.id,
        }),
      ),
  )

  app.get(
    '/api/ai/trainings',
    { schema: { tags, summary: 'AI-utbildning per användare' } },
    async (request) => ({
      users: await trainingOverview(ctx.deps, ctx.ctx(request), request.actor),
    }),
  )

  app.post(
    '/api/ai/trainings',
    { schema: { tags, summary: 'Registrera genomförd AI-utbildning', body: TrainingBody } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordTraining(ctx.deps, ctx.ctx(request), request.actor, request.body)),
  )

  app.get(
    '/api/ai/log',
    { schema: { tags, summary: 'AI-loggen (nyast först)', querystring: AiLogQuery } },
    async (request) => {
      requireRole(request.actor, ['admin', 'securityOfficer', 'itUnit'], 'läsa AI-loggen')
      const { limit = 50, beforeSeq, ...filter } = request.query
      const entries = await listAiLog(ctx.deps.db, request.actor.municipalityId, filter, {
        limit,
        beforeSeq,
      })
      return {
        entries,
        nextBeforeSeq: entries.length === limit ? entries[entries.length - 1]!.seq : null,
      }
    },
  )
}
