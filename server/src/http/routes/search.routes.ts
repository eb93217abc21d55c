import { searchRegistry } from '../../services/registry/search.js'
import { presentSearchInternal, presentSearchPublic } from '../presenters/search.presenter.js'
import { SearchQuerystring } from '../schemas.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'

export function searchRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/search',
    {
      schema: {
        tags: ['sök'],
        summary: 'Sök i diariet (personal): fritext med filter, rankat, sidindelat',
        querystring: SearchQuerystring,
      },
    },
    async (request) => {
      const r = await searchRegistry(ctx.deps, request.actor, request.query, false)
      return r.publicView ? presentSearchPublic(r) : presentSearchInternal(r)
    },
  )
}
