import { Type } from 'typebox'
import { login, logout } from '../../services/access/auth.service.js'
import { SESSION_COOKIE } from '../auth.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'

export function authRoutes(app: TypedApp, ctx: AppContext) {
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['inloggning'],
        summary: 'Logga in med lokalt konto',
        body: Type.Object(
          { username: Type.String({ maxLength: 100 }), password: Type.String({ maxLength: 200 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const result = await login(ctx.deps, ctx.ctx(request), {
        username: request.body.username,
        password: request.body.password,
        clientKey: request.ip,
        sessionHours: ctx.config.sessionHours,
      })
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.config.secureCookies,
        path: '/',
        maxAge: ctx.config.sessionHours * 3600,
      })
      const actor = result.actor
      return {
        user:
          actor.kind === 'user'
            ? {
                id: actor.id,
                username: result.username,
                displayName: actor.displayName,
                roles: actor.roles,
              }
            : null,
        csrfToken: result.csrfToken,
      }
    },
  )

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['inloggning'], summary: 'Logga ut' } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE]
      if (token) await logout(ctx.deps, token)
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return { ok: true }
    },
  )

  app.get(
    '/api/auth/me',
    { schema: { tags: ['inloggning'], summary: 'Den inloggade användaren' } },
    async (request, reply) => {
      const a = request.actor
      if (a.kind !== 'user')
        return reply
          .code(401)
          .send({ error: { code: 'unauthenticated', message: 'Du är inte inloggad.' } })
      return {
        user: { id: a.id, username: request.username, displayName: a.displayName, roles: a.roles },
        csrfToken: request.csrfToken,
      }
    },
  )
}
