import { recordSortOutcome } from '../../services/ai-sorting/record-outcome.js'
import { sortModelStatus, suggestionsForDocument } from '../../services/ai-sorting/read-sorting.js'
import { suggestForDocument } from '../../services/ai-sorting/suggest.js'
import { trainSortModel } from '../../services/ai-sorting/train-model.js'
import type { AppContext } from '../app-context.js'
import { presentSortModel, presentSortSuggestion } from '../presenters/ai-sorting.presenter.js'
import type { TypedApp } from '../typed-app.js'
import { DocumentParams, OutcomeBody, SuggestionParams, TrainBody } from './ai-sorting.schema.js'

const tags = ['ärendesortering (AI)']

/**
 * Ärendesortering: a locally trained model suggests series, case, committee and case officer for
 * a registered document ("AI-förslag"); the registrar chooses, and the choice is recorded.
 */
export function aiSortingRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/ai/sorting/model',
    {
      schema: { tags, summary: 'Modellen i bruk, med träffsäkerhet på undanhållna registreringar' },
    },
    async (request) => {
      const s = await sortModelStatus(ctx.deps, request.actor)
      return {
        label: s.label,
        active: s.active ? presentSortModel(s.active) : null,
        history: s.history.map(presentSortModel),
      }
    },
  )

  app.post(
    '/api/ai/sorting/train',
    {
      schema: {
        tags,
        summary: 'Träna om modellen på kommunens eget diarium (administratör eller registrator)',
        body: TrainBody,
      },
    },
    async (request, reply) => {
      const r = await trainSortModel(ctx.deps, ctx.ctx(request), request.actor, {
        maxRegistrations: request.body?.maxRegistrations,
      })
      return reply.code(201).send(presentSortModel({ ...r.model, evaluation: r.evaluation }))
    },
  )

  app.post(
    '/api/ai/sorting/documents/:id/suggestions',
    {
      schema: {
        tags,
        summary:
          'AI-förslag på diarieserie, ärende, nämnd och handläggare för en registrerad handling',
        params: DocumentParams,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          presentSortSuggestion(
            await suggestForDocument(ctx.deps, ctx.ctx(request), request.actor, request.params.id),
          ),
        ),
  )

  app.get(
    '/api/ai/sorting/documents/:id/suggestions',
    {
      schema: {
        tags,
        summary: 'AI-förslag som gjorts för handlingen, med vad som valdes',
        params: DocumentParams,
      },
    },
    async (request) => ({
      suggestions: (
        await suggestionsForDocument(ctx.deps, request.actor, new Date(), request.params.id)
      ).map(presentSortSuggestion),
    }),
  )

  app.post(
    '/api/ai/sorting/suggestions/:id/outcome',
    {
      schema: {
        tags,
        summary: 'Registrera vad registratorn valde efter AI-förslaget',
        params: SuggestionParams,
        body: OutcomeBody,
      },
    },
    async (request) =>
      presentSortSuggestion(
        await recordSortOutcome(
          ctx.deps,
          ctx.ctx(request),
          request.actor,
          request.params.id,
          request.body,
        ),
      ),
  )
}
