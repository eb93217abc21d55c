import { minutesHtml, minutesPdf } from '../../services/minutes/minutes-files.js'
import { readMinutes } from '../../services/minutes/read-minutes.js'
import { editSectionText } from '../../services/minutes/section-texts.js'
import { presentMinutes } from '../presenters/minutes.presenter.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { sendFile } from './documents.routes.js'
import { ItemParams, MeetingParams } from './meetings.schema.js'
import { SectionTextBody } from './minutes.schema.js'

const tags = ['protokoll']

/** The minutes of a meeting: their state, text per §, and the HTML and PDF. */
export function minutesRoutes(app: TypedApp, ctx: AppContext) {
  type Req = Parameters<AppContext['ctx']>[0]
  const state = async (request: Req, id: string) =>
    presentMinutes(await readMinutes(ctx.deps, ctx.ctx(request), request.actor, id))

  app.get(
    '/api/meetings/:id/minutes',
    {
      schema: {
        tags,
        summary: 'Protokollet: läge, vad som saknas, justerare och underskrifter, innehåll',
        params: MeetingParams,
      },
    },
    async (request) => state(request, request.params.id),
  )

  app.get(
    '/api/meetings/:id/minutes.html',
    { schema: { tags, summary: 'Protokollet som tillgänglig HTML', params: MeetingParams } },
    async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(await minutesHtml(ctx.deps, ctx.ctx(request), request.actor, request.params.id)),
  )

  app.get(
    '/api/meetings/:id/minutes.pdf',
    {
      schema: {
        tags,
        summary:
          'Protokollet som PDF/A: utkast, eller det fastställda med underskrifterna hittills',
        params: MeetingParams,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await minutesPdf(ctx.deps, ctx.ctx(request), request.actor, request.params.id),
        'inline',
      ),
  )

  app.put(
    '/api/meetings/:id/minutes/sections/:itemId',
    {
      schema: {
        tags,
        summary:
          'Paragrafens text: handlingar, bakgrund, överläggning, beslutsinledning, expediering, sekretess',
        params: ItemParams,
        body: SectionTextBody,
      },
    },
    async (request) => {
      await editSectionText(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        meetingId: request.params.id,
        itemId: request.params.itemId,
      })
      return state(request, request.params.id)
    },
  )
}
