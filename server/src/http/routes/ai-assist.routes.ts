import { Type } from 'typebox'
import { UNREVIEWED_LABEL } from '../../domain/ai/ai-rules.js'
import type { AiCallResult } from '../../services/ai/ai-call.js'
import {
  draftReportSection,
  summariseCase,
  summariseDocument,
} from '../../services/ai/ai-features.js'
import { answerPublicQuestion } from '../../services/ai/public-answers.js'
import { TooManyAttemptsError } from '../../services/access/auth.service.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { AssistBody, PublicQuestionBody, ReportSectionBody, Uuid } from './ai-admin.schema.js'
import { RateLimiter } from '../rate-limit.js'

const tags = ['AI (stöd)']

/** What a call answers: the draft to review, never a finished text. */
function presentDraft(r: AiCallResult) {
  return {
    draftId: r.draftId,
    label: UNREVIEWED_LABEL,
    text: r.text,
    decision: r.decision,
    findingsByType: r.findingsByType,
    logSeq: r.logSeq,
    service: r.service,
  }
}

export function aiAssistRoutes(app: TypedApp, ctx: AppContext) {
  app.post(
    '/api/cases/:id/ai/summary',
    {
      schema: {
        tags,
        summary: 'AI-utkast: sammanfattning av ärendet',
        params: Type.Object({ id: Uuid }),
        body: AssistBody,
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        presentDraft(
          await summariseCase(ctx.deps, ctx.ctx(request), request.actor, {
            caseId: request.params.id,
            serviceId: request.body.serviceId,
          }),
        ),
      ),
  )

  app.post(
    '/api/documents/:id/ai/summary',
    {
      schema: {
        tags,
        summary: 'AI-utkast: sammanfattning av handlingen',
        params: Type.Object({ id: Uuid }),
        body: AssistBody,
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        presentDraft(
          await summariseDocument(ctx.deps, ctx.ctx(request), request.actor, {
            documentId: request.params.id,
            serviceId: request.body.serviceId,
          }),
        ),
      ),
  )

  app.post(
    '/api/official-reports/:id/ai/section',
    {
      schema: {
        tags,
        summary: 'AI-utkast: ett avsnitt av tjänsteskrivelsen (aldrig förslag till beslut)',
        params: Type.Object({ id: Uuid }),
        body: ReportSectionBody,
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        presentDraft(
          await draftReportSection(ctx.deps, ctx.ctx(request), request.actor, {
            officialReportId: request.params.id,
            section: request.body.section,
            serviceId: request.body.serviceId,
          }),
        ),
      ),
  )

  // The public chat: a few questions a minute per address and a ceiling per hour for everyone,
  // so the municipality's AI budget cannot be spent by one client.
  const perClient = new RateLimiter({ limit: 5, windowMs: 60_000 })
  const overall = new RateLimiter({ limit: 300, windowMs: 3_600_000 })
  app.post(
    '/api/public/ai/questions',
    {
      schema: {
        tags: ['e-diarium (allmänheten)'],
        summary: 'Fråga om allmänna handlingar (svar skrivet av AI)',
        body: PublicQuestionBody,
      },
    },
    async (request) => {
      if (!perClient.take(request.ip) || !overall.take('all'))
        throw new TooManyAttemptsError(
          'too_many_questions',
          'Du har ställt många frågor på kort tid. Vänta en stund och försök igen.',
        )
      return answerPublicQuestion(
        ctx.deps,
        ctx.ctx(request),
        await ctx.municipalityId(),
        request.body.question,
      )
    },
  )
}
