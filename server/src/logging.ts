import { pino, type Logger } from 'pino'

/**
 * Structured logs with a request id. Secrets and personal data are removed at any depth:
 * known field names are censored, and anything shaped like a personnummer is masked,
 * so that the logs never become a GDPR leak.
 */
const SECRET_KEYS = [
  'password',
  'passwordHash',
  'password_hash',
  'token',
  'csrfToken',
  'csrf_token',
  'cookie',
  'authorization',
  'counterpartIdNumber',
  'counterpart_id_number',
  'personnummer',
  // the address a member of the public leaves on an AI incident report (migration 0014)
  'contactEmail',
  'contact_email',
]

const PERSONNUMMER = /\b(?:19|20)?\d{6}[-+]?\d{4}\b/g

export function maskPersonalData(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[djup]'
  if (typeof value === 'string') return value.replace(PERSONNUMMER, '[personnummer]')
  if (Array.isArray(value)) return value.map((v) => maskPersonalData(v, depth + 1))
  if (value && typeof value === 'object' && !(value instanceof Error)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      out[k] = SECRET_KEYS.includes(k) ? '[dold]' : maskPersonalData(v, depth + 1)
    }
    return out
  }
  return value
}

export type LogCategory = 'http' | 'db' | 'auth' | 'registry' | 'storage' | 'audit' | 'startup'

/**
 * The path as logged: no query string (search words may be names), and the secret in a
 * calendar-feed address (the address is its own key) replaced.
 */
export function logPath(url: string | undefined): string | undefined {
  return url?.split('?')[0]?.replace(/^\/api\/calendar\/[^/]+/, '/api/calendar/[hemlig]')
}

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    formatters: { log: (obj) => maskPersonalData(obj) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === 'string' ? maskPersonalData(a) : a))
        return method.apply(this, masked as Parameters<typeof method>)
      },
    },
    // Requests are logged by path only: query strings carry search words, which may be names.
    serializers: {
      req: (req: { id?: string; method?: string; url?: string }) => ({
        id: req.id,
        method: req.method,
        path: logPath(req.url),
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  })
}
