import { incidentCategoryList } from '../../domain/ai/incident-categories.js'
import { incidentInbox, markIncidentNotificationRead } from '../../services/ai/incident-inbox.js'
import {
  closeIncident,
  getIncident,
  listIncidentsFor,
  mayReadContact,
  reportIncident,
} from '../../services/ai/incidents.js'
import type { AppContext } from '../app-context.js'
import {
  presentInboxEntry,
  presentIncident,
  presentReceipt,
} from '../presenters/ai-incident.presenter.js'
import type { TypedApp } from '../typed-app.js'
import { CloseBody, DraftParams, InboxQuery, IncidentBody, IncidentListQuery } from './ai.schema.js'

const tags = ['AI']

/** Incident reports on AI output: reported by staff, routed, read, closed. */
export function aiIncidentRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/ai/incidents/categories',
    { schema: { tags, summary: 'Kategorier för incidentrapporter' } },
    async () => ({ categories: incidentCategoryList() }),
  )

  app.post(
    '/api/ai/incidents',
    {
      schema: {
        tags,
        summary:
          'Rapportera felanvändning eller ett problem med ett AI-utkast eller en post i AI-loggen',
        body: IncidentBody,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          presentReceipt(
            await reportIncident(ctx.deps, ctx.ctx(request), request.actor, request.body),
          ),
        ),
  )

  app.get(
    '/api/ai/incidents',
    {
      schema: {
        tags,
        summary: 'Incidentrapporter (senaste först)',
        querystring: IncidentListQuery,
      },
    },
    async (request) => ({
      incidents: (await listIncidentsFor(ctx.deps, request.actor, request.query)).map((x) =>
        presentIncident(x.incident, x.notifications, {
          showContact: mayReadContact(request.actor),
        }),
      ),
    }),
  )

  app.get(
    '/api/ai/incidents/inbox',
    {
      schema: { tags, summary: 'Incidentrapporter som skickats till mig', querystring: InboxQuery },
    },
    async (request) => ({
      entries: (
        await incidentInbox(ctx.deps, request.actor, { unreadOnly: request.query.unread })
      ).map((e) => presentInboxEntry(e, { showContact: mayReadContact(request.actor) })),
    }),
  )

  app.get(
    '/api/ai/incidents/:id',
    { schema: { tags, summary: 'En incidentrapport', params: DraftParams } },
    async (request) => {
      const x = await getIncident(ctx.deps, request.actor, request.params.id)
      return presentIncident(x.incident, x.notifications, {
        showContact: mayReadContact(request.actor),
      })
    },
  )

  app.post(
    '/api/ai/incidents/:id/close',
    {
      schema: {
        tags,
        summary:
          'Avsluta en incident med vad som gjorts (IT-enheten, informationssäkerhetsansvarig)',
        params: DraftParams,
        body: CloseBody,
      },
    },
    async (request) => {
      await closeIncident(ctx.deps, ctx.ctx(request), request.actor, {
        incidentId: request.params.id,
        resolution: request.body.resolution,
      })
      const x = await getIncident(ctx.deps, request.actor, request.params.id)
      return presentIncident(x.incident, x.notifications, {
        showContact: mayReadContact(request.actor),
      })
    },
  )

  app.post(
    '/api/ai/incidents/notifications/:id/read',
    { schema: { tags, summary: 'Markera en avisering som läst', params: DraftParams } },
    async (request) => {
      const n = await markIncidentNotificationRead(
        ctx.deps,
        ctx.ctx(request),
        request.actor,
        request.params.id,
      )
      return { id: n.id, readAt: new Date(n.read_at!).toISOString() }
    },
  )
}
