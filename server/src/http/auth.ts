import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../services/context.js'
import { resolveSession } from '../services/access/auth.service.js'
import type { AppContext } from './app-context.js'

export const SESSION_COOKIE = 'kansli_session'
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor
    csrfToken: string | null
    username: string | null
  }
}

/**
 * Every request gets an actor: the logged-in user of the session cookie, or the public.
 * State-changing requests made with a session must carry the session's CSRF token in the
 * `x-csrf-token` header (the cookie is also SameSite=Strict).
 */
export function registerAuth(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('actor', null as never)
  app.decorateRequest('csrfToken', null)
  app.decorateRequest('username', null)
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const publicActor: Actor = { kind: 'public', municipalityId: await ctx.municipalityId() }
    request.actor = publicActor
    const token = request.cookies[SESSION_COOKIE]
    if (!token || token.length > 200) return
    const session = await resolveSession(ctx.deps, token, new Date())
    if (!session) return
    request.actor = session.actor
    request.csrfToken = session.csrfToken
    request.username = session.username
    const path = request.url.split('?')[0]
    if (UNSAFE.has(request.method) && path !== '/api/auth/login') {
      if (request.headers['x-csrf-token'] !== session.csrfToken) {
        return reply.code(403).send({
          error: {
            code: 'csrf',
            message:
              'Sidan har varit öppen för länge eller begäran saknar säkerhetstoken. Ladda om sidan.',
          },
        })
      }
    }
  })
}
