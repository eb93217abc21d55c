import { Type } from 'typebox'
import {
  archivedPostings,
  currentPostings,
  postingCertificatePdf,
  postingMinutesHtml,
  postingMinutesPdf,
  readPosting,
} from '../../services/minutes/notice-board.js'
import { presentPublicPosting } from '../presenters/notice-board.presenter.js'
import { Id } from '../schemas.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { sendFile } from './documents.routes.js'

const tags = ['anslagstavla (allmänheten)']
const Params = Type.Object({ id: Id })

/**
 * The public notice board (anslagstavla): no login, the same answer for everyone. Postings stay
 * until their appeal period has run out, then move to the archive.
 */
export function noticeBoardRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/public/notice-board',
    { schema: { tags, summary: 'Anslag som sitter uppe i dag (justerade protokoll)' } },
    async (request) => {
      const r = await currentPostings(ctx.deps, ctx.ctx(request), await ctx.municipalityId())
      return {
        municipality: r.municipality,
        today: r.today,
        postings: r.postings.map(presentPublicPosting),
      }
    },
  )

  app.get(
    '/api/public/notice-board/archive',
    {
      schema: {
        tags,
        summary: 'Anslag som har tagits ned (överklagandetiden har gått ut)',
        querystring: Type.Object(
          {
            year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2200 })),
            page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const r = await archivedPostings(
        ctx.deps,
        ctx.ctx(request),
        await ctx.municipalityId(),
        request.query,
      )
      return {
        today: r.today,
        page: r.page,
        hasMore: r.hasMore,
        postings: r.postings.map(presentPublicPosting),
      }
    },
  )

  app.get(
    '/api/public/notice-board/:id',
    { schema: { tags, summary: 'Ett anslag', params: Params } },
    async (request) =>
      presentPublicPosting(
        await readPosting(
          ctx.deps,
          ctx.ctx(request),
          await ctx.municipalityId(),
          request.params.id,
        ),
      ),
  )

  app.get(
    '/api/public/notice-board/:id/minutes.pdf',
    {
      schema: {
        tags,
        summary: 'Det justerade protokollet (sekretessbelagda paragrafer maskerade)',
        params: Params,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await postingMinutesPdf(ctx.deps, await ctx.municipalityId(), request.params.id),
        'inline',
      ),
  )

  app.get(
    '/api/public/notice-board/:id/minutes.html',
    {
      schema: {
        tags,
        summary: 'Det justerade protokollet som tillgänglig HTML, med anslagsbevis',
        params: Params,
      },
    },
    async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(await postingMinutesHtml(ctx.deps, await ctx.municipalityId(), request.params.id)),
  )

  app.get(
    '/api/public/notice-board/:id/certificate.pdf',
    { schema: { tags, summary: 'Anslagsbeviset', params: Params } },
    async (request, reply) =>
      sendFile(
        reply,
        await postingCertificatePdf(ctx.deps, await ctx.municipalityId(), request.params.id),
        'inline',
      ),
  )
}
