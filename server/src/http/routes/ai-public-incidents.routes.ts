import { incidentCategoryList } from '../../domain/ai/incident-categories.js'
import { TooManyAttemptsError } from '../../services/access/auth.service.js'
import { reportPublicIncident } from '../../services/ai/public-incidents.js'
import type { AppContext } from '../app-context.js'
import { RateLimiter } from '../rate-limit.js'
import type { TypedApp } from '../typed-app.js'
import { PublicAnswerParams, PublicIncidentBody } from './ai.schema.js'

const tags = ['e-diarium (allmänheten)']

/** Reports from the public of a problem with an AI answer of the public question box. */
export function aiPublicIncidentRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/public/ai/incident-categories',
    { schema: { tags, summary: 'Kategorier för rapporter om problem med ett AI-svar' } },
    async () => ({ categories: incidentCategoryList() }),
  )

  // As for the questions: a few reports a minute per address and a ceiling per hour for
  // everyone, so that nobody can flood the IT unit's and the security officer's inboxes.
  const perClient = new RateLimiter({ limit: 5, windowMs: 60_000 })
  const overall = new RateLimiter({ limit: 100, windowMs: 3_600_000 })
  app.post(
    '/api/public/ai/answers/:id/incidents',
    {
      schema: {
        tags,
        summary:
          'Rapportera ett problem med ett AI-svar (går till IT-enheten och informationssäkerhetsansvarig)',
        description:
          '`id` är svarets `logSeq` från `POST /api/public/ai/questions`. E-postadressen är frivillig och visas bara för dem som hanterar incidenter.',
        params: PublicAnswerParams,
        body: PublicIncidentBody,
      },
    },
    async (request, reply) => {
      if (!perClient.take(request.ip) || !overall.take('all'))
        throw new TooManyAttemptsError(
          'too_many_reports',
          'Du har skickat många rapporter på kort tid. Vänta en stund och försök igen.',
        )
      const receipt = await reportPublicIncident(ctx.deps, ctx.ctx(request), {
        municipalityId: await ctx.municipalityId(),
        logSeq: request.params.id,
        ...request.body,
      })
      return reply.code(201).send(receipt)
    },
  )
}
