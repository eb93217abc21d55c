import { Type } from 'typebox'
import { listSeries } from '../../repositories/series.repository.js'
import { readPublicCase } from '../../services/registry/read-case.js'
import { readDocumentFile } from '../../services/registry/read-file.js'
import { searchRegistry } from '../../services/registry/search.js'
import { listCommittees } from '../../services/registry/municipality.service.js'
import type { Actor } from '../../services/context.js'
import { presentCasePublic } from '../presenters/case.presenter.js'
import { presentSearchPublic } from '../presenters/search.presenter.js'
import { Id, SearchQuerystring } from '../schemas.js'
import { sendFile } from './documents.routes.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'

const tags = ['e-diarium (allmänheten)']

/**
 * The public e-diarium. Every route acts as the public, whoever is logged in, so that what is
 * shown here is exactly what anyone may see.
 */
export function publicRoutes(app: TypedApp, ctx: AppContext) {
  const publicActor = async (): Promise<Actor> => ({
    kind: 'public',
    municipalityId: await ctx.municipalityId(),
  })

  app.get(
    '/api/public/registry',
    { schema: { tags, summary: 'Kommunen, dess diarier (serier) och organ' } },
    async () => {
      const municipalityId = await ctx.municipalityId()
      const m = await ctx.deps.db
        .selectFrom('municipalities')
        .select('name')
        .where('id', '=', municipalityId)
        .executeTakeFirstOrThrow()
      const series = await listSeries(ctx.deps.db, municipalityId)
      const committees = await listCommittees(ctx.deps, municipalityId)
      return {
        municipality: m.name,
        contactEmail: ctx.config.contactEmail ?? null,
        series: series.map((s) => ({
          prefix: s.prefix,
          name: s.name,
          committeeName: s.committee_name,
        })),
        committees: committees.map((c) => ({
          id: c.id,
          name: c.name,
          shortName: c.short_name,
          kind: c.kind,
        })),
      }
    },
  )

  app.get(
    '/api/public/search',
    { schema: { tags, summary: 'Sök i det offentliga diariet', querystring: SearchQuerystring } },
    async (request) =>
      presentSearchPublic(await searchRegistry(ctx.deps, await publicActor(), request.query, true)),
  )

  app.get(
    '/api/public/cases/:id',
    {
      schema: {
        tags,
        summary: 'Ett ärende i offentlig vy (id eller diarienummer)',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
      },
    },
    async (request) =>
      presentCasePublic(await readPublicCase(ctx.deps, await publicActor(), request.params.id)),
  )

  app.get(
    '/api/public/documents/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Fil till en offentlig handling',
        params: Type.Object({ id: Id, fileId: Id }),
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await readDocumentFile(
          ctx.deps,
          ctx.ctx(request),
          await publicActor(),
          request.params.id,
          request.params.fileId,
        ),
      ),
  )
}
