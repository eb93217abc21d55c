import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { createLogger, logPath, maskPersonalData } from './logging.js'

describe('logging never becomes a GDPR leak', () => {
  it('masks personnummer and secrets at any depth', () => {
    const masked = maskPersonalData({
      a: { b: [{ text: 'Ansökan från 19900101-0017 och 900101-0017' }] },
      password: 'hemligt',
      nested: { csrfToken: 'abc', counterpartIdNumber: '212000-2585' },
      body: { contactEmail: 'anna@example.se', row: { contact_email: 'bo@example.se' } },
    })
    expect(JSON.stringify(masked)).not.toMatch(/0017|hemligt|abc|2585|anna@|bo@/)
    expect(JSON.stringify(masked)).toContain('[personnummer]')
  })

  it('logs a request by its path, without the query string', async () => {
    const base = createLogger('info')
    // The configured serializer is what Fastify's request logging uses.
    const serialized = (base as unknown as { [k: symbol]: { req: (r: unknown) => unknown } })[
      pino.symbols.serializersSym
    ].req({
      id: '1',
      method: 'GET',
      url: '/api/search?q=Kristina',
    })
    expect(JSON.stringify(serialized)).toBe('{"id":"1","method":"GET","path":"/api/search"}')
  })

  it('keeps the secret of a calendar-feed address out of the log', () => {
    expect(logPath('/api/calendar/Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5.ics')).toBe(
      '/api/calendar/[hemlig]',
    )
    expect(logPath('/api/me/calendar')).toBe('/api/me/calendar')
  })
})
