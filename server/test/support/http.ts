import type { FastifyInstance } from 'fastify'
import { createAppContext } from '../../src/http/app-context.js'
import { buildApp } from '../../src/http/app.js'
import type { Deps } from '../../src/services/context.js'

/** An in-process app (no port) for HTTP tests with app.inject(). */
export async function testApp(deps: Deps): Promise<FastifyInstance> {
  const ctx = createAppContext(
    deps,
    { secureCookies: false, sessionHours: 1, maxUploadMb: 5 },
    'test',
  )
  return buildApp(ctx, { logger: false, webDir: null }) as unknown as Promise<FastifyInstance>
}

/** Logs in through the API and returns headers that carry the session and the CSRF token. */
export async function loginAs(
  app: FastifyInstance,
  username: string,
  password = 'korrekt-häst-batteri',
) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  })
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`)
  const cookie = res.cookies.find((c) => c.name === 'kansli_session')
  const { csrfToken } = res.json() as { csrfToken: string }
  return { cookie: `kansli_session=${cookie?.value}`, 'x-csrf-token': csrfToken }
}
