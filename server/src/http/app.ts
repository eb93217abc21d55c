import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import cookie from '@fastify/cookie'
import multipart from '@fastify/multipart'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyBaseLogger } from 'fastify'
import type { AppContext } from './app-context.js'
import { registerAuth } from './auth.js'
import { registerErrorHandler } from './error-handler.js'
import { adminRoutes } from './routes/admin.routes.js'
import { aiDraftRoutes } from './routes/ai-drafts.routes.js'
import { aiFollowUpRoutes } from './routes/ai-follow-up.routes.js'
import { aiIncidentRoutes } from './routes/ai-incidents.routes.js'
import { aiPublicIncidentRoutes } from './routes/ai-public-incidents.routes.js'
import { aiSortingRoutes } from './routes/ai-sorting.routes.js'
import { announcementRoutes } from './routes/announcements.routes.js'
import { authRoutes } from './routes/auth.routes.js'
import { caseRoutes } from './routes/cases.routes.js'
import { committeeAdminRoutes } from './routes/committees-admin.routes.js'
import { delegationDecisionRoutes } from './routes/delegation-decisions.routes.js'
import { delegationSchemeRoutes } from './routes/delegation-scheme.routes.js'
import { documentRoutes } from './routes/documents.routes.js'
import { healthRoutes } from './routes/health.routes.js'
import { meetingPlanRoutes } from './routes/meeting-plan.routes.js'
import { meetingRoutes } from './routes/meetings.routes.js'
import { memberRoutes } from './routes/members.routes.js'
import { noticeRoutes } from './routes/notices.routes.js'
import { aiAdminRoutes } from './routes/ai-admin.routes.js'
import { aiAssistRoutes } from './routes/ai-assist.routes.js'
import { officialReportRoutes } from './routes/official-reports.routes.js'
import { meetingConductRoutes } from './routes/meetings-conduct.routes.js'
import { minutesRoutes } from './routes/minutes.routes.js'
import { minutesExtractRoutes } from './routes/minutes-extracts.routes.js'
import { noticeBoardRoutes } from './routes/notice-board.routes.js'
import { publicRoutes } from './routes/public.routes.js'
import { searchRoutes } from './routes/search.routes.js'

export interface BuildAppOptions {
  logger?: FastifyBaseLogger | false
  /** The built web UI (web/dist); not served when absent. */
  webDir?: string | null
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000')
  if (depth > 10 || value === null || typeof value !== 'object' || Buffer.isBuffer(value))
    return false
  return Object.entries(value as Record<string, unknown>).some(
    ([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1),
  )
}

/** The HTTP edge: parsing, auth, error mapping and routes. No business rules live here. */
export async function buildApp(ctx: AppContext, opts: BuildAppOptions = {}) {
  const app = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }),
    genReqId: () => randomUUID(),
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: false,
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>()

  await app.register(cookie)
  await app.register(multipart, {
    // Keep the name as sent, so that a name with a path in it is refused, not silently trimmed.
    preservePath: true,
    limits: {
      fileSize: ctx.config.maxUploadMb * 1024 * 1024,
      files: 20,
      fields: 10,
      fieldSize: 1024 * 1024,
      parts: 40,
    },
  })
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kansli API',
        version: ctx.version,
        description:
          'Diarium och nämndadministration. Fel svarar { error: { code, message, fields? } } med meddelanden på svenska.',
      },
    },
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs' })

  registerErrorHandler(app)
  registerAuth(app, ctx)
  app.addHook('preValidation', async (request, reply) => {
    // PostgreSQL text cannot hold NUL: refuse it at the edge instead of failing in SQL.
    if (
      request.url.includes('%00') ||
      containsNul(request.params) ||
      containsNul(request.query) ||
      containsNul(request.body)
    ) {
      return reply.code(400).send({
        error: { code: 'invalid_characters', message: 'Förfrågan innehåller otillåtna tecken.' },
      })
    }
  })
  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith('/api/docs')) {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v)
    }
  })

  healthRoutes(app, ctx)
  authRoutes(app, ctx)
  caseRoutes(app, ctx)
  documentRoutes(app, ctx)
  searchRoutes(app, ctx)
  publicRoutes(app, ctx)
  adminRoutes(app, ctx)
  committeeAdminRoutes(app, ctx)
  meetingRoutes(app, ctx)
  noticeRoutes(app, ctx)
  meetingPlanRoutes(app, ctx)
  meetingConductRoutes(app, ctx)
  memberRoutes(app, ctx)
  announcementRoutes(app, ctx)
  delegationSchemeRoutes(app, ctx)
  delegationDecisionRoutes(app, ctx)
  minutesRoutes(app, ctx)
  minutesExtractRoutes(app, ctx)
  noticeBoardRoutes(app, ctx)
  officialReportRoutes(app, ctx)
  aiDraftRoutes(app, ctx)
  aiIncidentRoutes(app, ctx)
  aiPublicIncidentRoutes(app, ctx)
  aiAdminRoutes(app, ctx)
  aiAssistRoutes(app, ctx)
  aiSortingRoutes(app, ctx)
  aiFollowUpRoutes(app, ctx)

  const webDir = opts.webDir
  if (webDir && existsSync(join(webDir, 'index.html'))) {
    const indexHtml = readFileSync(join(webDir, 'index.html'))
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false })
    // The UI routes itself (React Router): any non-API GET gets the app shell.
    const shell = async (_req: unknown, reply: import('fastify').FastifyReply) =>
      reply.type('text/html; charset=utf-8').send(indexHtml)
    app.get('/', shell)
    app.get('/*', async (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply
          .code(404)
          .send({ error: { code: 'not_found', message: 'Resursen finns inte.' } })
      }
      return shell(request, reply)
    })
  }
  return app
}
