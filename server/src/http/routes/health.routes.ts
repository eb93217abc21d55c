import { Type } from 'typebox'
import type { TypedApp } from '../typed-app.js'
import type { AppContext } from '../app-context.js'

export function healthRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['drift'],
        summary: 'Hälsokontroll: version och databasmotor',
        response: {
          200: Type.Object({
            status: Type.String(),
            version: Type.String(),
            database: Type.String(),
          }),
        },
      },
    },
    async () => {
      await ctx.deps.db.selectFrom('municipalities').select('id').limit(1).execute()
      return { status: 'ok', version: ctx.version, database: ctx.deps.engine }
    },
  )
}
