import type { FieldError } from './types'

/** An error answer of the API: `{ error: { code, message, fields? } }`, message in Swedish. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    /** The AI guard's reasons when it refused to send a text (422 `ai_blocked`). */
    readonly reasons: string[] = [],
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

// The CSRF token lives only in memory; after a reload GET /api/auth/me hands it out again.
let csrfToken: string | null = null
let onUnauthenticated: (() => void) | null = null

export function setCsrfToken(token: string | null) {
  csrfToken = token
}

/** Called when the API says the session is gone (401), so the UI can ask for a new login. */
export function setUnauthenticatedHandler(handler: (() => void) | null) {
  onUnauthenticated = handler
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  json?: unknown
  form?: FormData
  signal?: AbortSignal
  /** Do not treat a 401 as an expired session (the login and session probes). */
  quiet401?: boolean
  /** Internal: this is the one retry after fetching a fresh CSRF token. */
  retried?: boolean
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? (opts.json !== undefined || opts.form ? 'POST' : 'GET')
  const headers: Record<string, string> = { accept: 'application/json' }
  let body: BodyInit | undefined
  if (opts.form) body = opts.form
  else if (opts.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(opts.json)
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken
  let res: Response
  try {
    res = await fetch(path, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    })
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err
    throw new ApiError(
      0,
      'network',
      'Det gick inte att nå servern. Kontrollera nätverket och försök igen.',
    )
  }
  const text = await res.text()
  let data: unknown = null
  if (text) {
    try {
      data = JSON.parse(text)
    } catch {
      data = null
    }
  }
  if (!res.ok) {
    const e = (
      data as {
        error?: { code?: string; message?: string; fields?: FieldError[]; reasons?: string[] }
      } | null
    )?.error
    if (res.status === 403 && e?.code === 'csrf' && method !== 'GET' && !opts.retried) {
      // The token in memory is stale (e.g. the session was renewed in another tab): fetch the
      // session's token and try once more.
      const fresh = await fetch('/api/auth/me', { credentials: 'same-origin' })
        .then((r) => (r.ok ? (r.json() as Promise<{ csrfToken?: string | null }>) : null))
        .catch(() => null)
      if (fresh?.csrfToken) {
        csrfToken = fresh.csrfToken
        return api<T>(path, { ...opts, retried: true })
      }
    }
    if (res.status === 401 && !opts.quiet401) onUnauthenticated?.()
    throw new ApiError(
      res.status,
      e?.code ?? `http_${res.status}`,
      e?.message ?? `Servern svarade med ett fel (${res.status}). Försök igen.`,
      e?.fields ?? [],
      Array.isArray(e?.reasons) ? e.reasons.filter((r) => typeof r === 'string') : [],
    )
  }
  return data as T
}

/** Builds a query string from the set values only. */
export function query(
  params: Record<string, string | number | boolean | undefined | null>,
): string {
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue
    qs.set(k, String(v))
  }
  const s = qs.toString()
  return s ? `?${s}` : ''
}
