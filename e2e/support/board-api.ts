import { request, type APIRequestContext } from 'playwright-core'

/**
 * A logged-in API client for setting up what a browser test needs but does not test (users,
 * terms, seats), through the same HTTP API the UI uses. Every answer is checked.
 */
export class BoardApi {
  private constructor(
    private readonly ctx: APIRequestContext,
    private readonly csrf: string,
  ) {}

  static async login(baseUrl: string, username: string, password: string): Promise<BoardApi> {
    const ctx = await request.newContext({ baseURL: baseUrl })
    const res = await ctx.post('/api/auth/login', { data: { username, password } })
    if (!res.ok()) throw new Error(`login ${username}: ${res.status()} ${await res.text()}`)
    const { csrfToken } = (await res.json()) as { csrfToken: string }
    return new BoardApi(ctx, csrfToken)
  }

  async send<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, data?: unknown) {
    const res = await this.ctx.fetch(path, {
      method,
      headers: { 'x-csrf-token': this.csrf },
      ...(data !== undefined ? { data } : {}),
    })
    if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`)
    return (await res.json()) as T
  }

  get<T>(path: string) {
    return this.send<T>('GET', path)
  }

  post<T>(path: string, data: unknown = {}) {
    return this.send<T>('POST', path, data)
  }

  put<T>(path: string, data: unknown) {
    return this.send<T>('PUT', path, data)
  }

  /** Registers a document with one text file in a case (POST /api/documents/upload). */
  async upload(d: {
    caseId: string
    direction: 'incoming' | 'outgoing' | 'drawnUp'
    documentDate: string
    description: string
    file: { name: string; text: string }
  }) {
    const { file, ...data } = d
    const res = await this.ctx.post('/api/documents/upload', {
      headers: { 'x-csrf-token': this.csrf },
      multipart: {
        data: JSON.stringify(data),
        files: { name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.text) },
      },
    })
    if (!res.ok()) throw new Error(`upload: ${res.status()} ${await res.text()}`)
    return (await res.json()) as { document: { id: string } }
  }

  async close() {
    await this.ctx.dispose()
  }

  /** A committee's id by its short name (KS, KSAU, BUN…). */
  async committeeId(shortName: string): Promise<string> {
    const { committees } = await this.get<{ committees: { id: string; shortName: string }[] }>(
      '/api/committees',
    )
    const c = committees.find((x) => x.shortName === shortName)
    if (!c) throw new Error(`no committee ${shortName}`)
    return c.id
  }

  /** A local account; answers its id. */
  async createUser(u: {
    username: string
    displayName: string
    password: string
    roles: string[]
  }) {
    return (await this.post<{ id: string }>('/api/users', u)).id
  }
}

/** YYYY-MM-DD of a Date in Sweden. */
export function swedishDate(d: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d)
}

/** The day `n` days after a YYYY-MM-DD date. */
export function plusDays(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

export interface Seat {
  name: string
  party: string
  role: 'chair' | 'viceChair' | 'member' | 'substitute'
  username?: string
}

/**
 * A term covering today and the next two years, and the given seats on a committee; people
 * with a `username` get an account with role `member` and `password`.
 */
export async function seatCommittee(
  api: BoardApi,
  committeeId: string,
  seats: Seat[],
  password: string,
): Promise<{ termId: string; membershipIds: Map<string, string> }> {
  const today = swedishDate(new Date())
  const year = Number(today.slice(0, 4))
  const terms = await api.get<{ terms: { id: string; startsOn: string; endsOn: string }[] }>(
    '/api/terms',
  )
  const termId =
    terms.terms.find((t) => t.startsOn <= today && today <= t.endsOn)?.id ??
    (
      await api.post<{ id: string }>('/api/terms', {
        name: `${year - 1}–${year + 2}`,
        startsOn: `${year - 1}-01-01`,
        endsOn: `${year + 2}-12-31`,
      })
    ).id
  const membershipIds = new Map<string, string>()
  for (const s of seats) {
    const userId = s.username
      ? await api.createUser({
          username: s.username,
          displayName: s.name,
          password,
          roles: ['member'],
        })
      : null
    const m = await api.post<{ id: string }>(`/api/committees/${committeeId}/members`, {
      termId,
      name: s.name,
      userId,
      party: s.party,
      role: s.role,
    })
    membershipIds.set(s.name, m.id)
  }
  return { termId, membershipIds }
}
