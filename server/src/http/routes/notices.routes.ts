import { Type } from 'typebox'
import { listSentNotices, noticeHtml, noticePdf } from '../../services/notices/read-notice.js'
import { sendSupplementaryNotice } from '../../services/notices/send-supplementary.js'
import { Id } from '../schemas.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { sendFile } from './documents.routes.js'
import { MeetingParams } from './meetings.schema.js'

const tags = ['kallelser']

/** The notice (kallelse) of a meeting: HTML, the PDF as sent, and who received it. */
export function noticeRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/meetings/:id/notice.html',
    {
      schema: {
        tags,
        summary: 'Kallelsen som tillgänglig HTML (ärendelistan som den ser ut nu)',
        params: MeetingParams,
      },
    },
    async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(await noticeHtml(ctx.deps, request.actor, request.params.id)),
  )

  app.get(
    '/api/meetings/:id/notice.pdf',
    {
      schema: {
        tags,
        summary: 'Kallelsen som PDF/A: den senast skickade, eller ett utkast före utskick',
        params: MeetingParams,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await noticePdf(ctx.deps, ctx.ctx(request), request.actor, request.params.id),
        'inline',
      ),
  )

  app.get(
    '/api/meetings/:id/notices/:sequence/pdf',
    {
      schema: {
        tags,
        summary: 'En skickad kallelse (1) eller tilläggskallelse (2, 3, …) som PDF',
        params: Type.Object({ id: Id, sequence: Type.Integer({ minimum: 1, maximum: 1000 }) }),
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await noticePdf(
          ctx.deps,
          ctx.ctx(request),
          request.actor,
          request.params.id,
          request.params.sequence,
        ),
        'inline',
      ),
  )

  app.post(
    '/api/meetings/:id/notice/supplement',
    {
      schema: {
        tags,
        summary: 'Skicka tilläggskallelse med ärenden som tillkommit efter kallelsen',
        params: MeetingParams,
      },
    },
    async (request, reply) => {
      const r = await sendSupplementaryNotice(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
      })
      return reply.code(201).send({
        sequence: r.issued.notice.sequence,
        sentOn: r.issued.notice.sent_on,
        late: r.status.late,
        deadline: r.status.deadline,
        items: r.items,
        withoutAccount: r.issued.withoutAccount,
        pdf: `/api/meetings/${request.params.id}/notices/${r.issued.notice.sequence}/pdf`,
      })
    },
  )

  app.get(
    '/api/meetings/:id/notices',
    {
      schema: { tags, summary: 'Skickade kallelser och deras mottagare', params: MeetingParams },
    },
    async (request) => ({
      notices: (await listSentNotices(ctx.deps, request.actor, request.params.id)).map(
        ({ notice, recipients }) => ({
          id: notice.id,
          sequence: notice.sequence,
          sentOn: notice.sent_on,
          sentAt: notice.sent_at,
          late: notice.late,
          daysLate: notice.days_late,
          sha256: notice.sha256,
          pdf: `/api/meetings/${request.params.id}/notices/${notice.sequence}/pdf`,
          recipients: recipients.map((r) => ({
            membershipId: r.membership_id,
            name: r.name,
            party: r.party,
            role: r.role,
            capacity: r.capacity,
            hasAccount: r.user_id !== null,
          })),
        }),
      ),
    }),
  )
}
