import { renderAiFollowUpHtml } from '../../render/ai-follow-up-html.js'
import { renderAiFollowUpPdf } from '../../render/ai-follow-up-pdf.js'
import { aiFollowUp } from '../../services/ai/follow-up.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { FollowUpParams } from './ai.schema.js'
import { sendFile } from './documents.routes.js'

const tags = ['AI']

/** The yearly follow-up of AI use for the municipal board: JSON, accessible HTML, PDF/A. */
export function aiFollowUpRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/ai/follow-up/:file',
    {
      schema: {
        tags,
        summary:
          'Årlig uppföljning av AI-användningen för kommunstyrelsen: 2025.json, 2025.html eller 2025.pdf',
        params: FollowUpParams,
      },
    },
    async (request, reply) => {
      const [yearText, format] = request.params.file.split('.') as [string, 'json' | 'html' | 'pdf']
      const c = ctx.ctx(request)
      const view = await aiFollowUp(ctx.deps, c, request.actor, Number(yearText))
      if (format === 'json') return reply.header('cache-control', 'private, no-store').send(view)
      if (format === 'html')
        return reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'private, no-store')
          .send(renderAiFollowUpHtml(view))
      return sendFile(
        reply,
        {
          fileName: `uppfoljning-ai-${view.year}.pdf`,
          mediaType: 'application/pdf',
          bytes: await renderAiFollowUpPdf(view, { now: c.now() }),
        },
        'inline',
      )
    },
  )
}
