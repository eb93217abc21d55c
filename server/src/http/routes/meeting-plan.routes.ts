import { Type } from 'typebox'
import { renderPlanHtml } from '../../render/schedule-html.js'
import { renderPlanPdf } from '../../render/schedule-pdf.js'
import { meetingPlanView } from '../../services/meetings/schedule-document.js'
import { Id } from '../schemas.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { sendFile } from './documents.routes.js'

const tags = ['sammanträden']
const params = Type.Object({ id: Id, year: Type.Integer({ minimum: 2000, maximum: 2200 }) })

/** The year's meeting plan (sammanträdesplan) as a document: HTML and PDF/A. */
export function meetingPlanRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/committees/:id/schedules/:year/plan.html',
    { schema: { tags, summary: 'Sammanträdesplanen som tillgänglig HTML', params } },
    async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(
          renderPlanHtml(
            await meetingPlanView(ctx.deps, request.actor, request.params.id, request.params.year),
          ),
        ),
  )

  app.get(
    '/api/committees/:id/schedules/:year/plan.pdf',
    { schema: { tags, summary: 'Sammanträdesplanen som PDF/A', params } },
    async (request, reply) => {
      const view = await meetingPlanView(
        ctx.deps,
        request.actor,
        request.params.id,
        request.params.year,
      )
      return sendFile(
        reply,
        {
          fileName: `sammantradesplan-${view.year}.pdf`,
          mediaType: 'application/pdf',
          bytes: await renderPlanPdf(view, { now: ctx.ctx(request).now() }),
        },
        'inline',
      )
    },
  )
}
