import type { FastifyError, FastifyInstance } from 'fastify'
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  IntegrityError,
  NotFoundError,
  RefusedError,
  UnauthenticatedError,
  UpstreamError,
  ValidationError,
} from '../domain/errors.js'
import { TooManyAttemptsError } from '../services/access/auth.service.js'
import { schemaIssuesToFields, type SchemaIssue } from './validation-messages.js'

/** The one place where errors become HTTP answers: `{ error: { code, message, fields? } }`. */
export function statusOf(err: DomainError): number {
  if (err instanceof ValidationError) return 400
  if (err instanceof UnauthenticatedError) return 401
  if (err instanceof ForbiddenError) return 403
  if (err instanceof NotFoundError) return 404
  if (err instanceof ConflictError) return 409
  if (err instanceof TooManyAttemptsError) return 429
  if (err instanceof IntegrityError) return 409
  if (err instanceof RefusedError) return 422
  if (err instanceof UpstreamError) return 502
  return 400
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .send({ error: { code: 'not_found', message: 'Sidan eller resursen finns inte.' } })
  })

  app.setErrorHandler((thrown: FastifyError & { validation?: SchemaIssue[] }, request, reply) => {
    const err = thrown
    const domain: unknown = thrown
    if (domain instanceof DomainError) {
      const err = domain
      const status = statusOf(err)
      if (err instanceof IntegrityError)
        request.log.error({ code: err.code, details: err.details }, 'integrity failure')
      return reply.code(status).send({
        error: {
          code: err.code,
          message: err.message,
          ...(err.details?.fields ? { fields: err.details.fields } : {}),
          // The AI guard's BLOCK: its reasons, so the UI can list them (never a personal value).
          ...(err instanceof RefusedError && Array.isArray(err.details?.reasons)
            ? { reasons: (err.details.reasons as unknown[]).filter((r) => typeof r === 'string') }
            : {}),
        },
      })
    }
    if (err.validation) {
      return reply.code(400).send({
        error: {
          code: 'validation_failed',
          message: 'Uppgifterna är inte giltiga.',
          fields: schemaIssuesToFields(
            err.validation,
            err.validationContext === 'body' ? '' : err.validationContext,
          ),
        },
      })
    }
    const status = err.statusCode ?? 500
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, too large a body.
      const message =
        status === 413 ||
        err.code === 'FST_REQ_FILE_TOO_LARGE' ||
        err.code === 'FST_FILES_LIMIT' ||
        err.code === 'FST_PARTS_LIMIT'
          ? 'Filen eller förfrågan är för stor.'
          : status === 415
            ? 'Formatet på förfrågan stöds inte.'
            : 'Förfrågan kunde inte tolkas.'
      return reply
        .code(status === 406 ? 400 : status)
        .send({ error: { code: err.code ?? 'bad_request', message } })
    }
    request.log.error({ err }, 'unexpected error')
    return reply.code(500).send({
      error: {
        code: 'internal',
        message: `Ett oväntat fel inträffade. Ange felkod ${request.id} om du kontaktar supporten.`,
      },
    })
  })
}
