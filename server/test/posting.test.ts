import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { electAttesters } from '../src/services/meetings/attesters.js'
import { closeMeeting } from '../src/services/meetings/close-meeting.js'
import { recordDecision } from '../src/services/meetings/decision.js'
import { finaliseMinutes } from '../src/services/minutes/finalise.js'
import { editSectionText } from '../src/services/minutes/section-texts.js'
import { signMinutes } from '../src/services/minutes/sign.js'
import { fixedCtx, testDeps } from './support/builders.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { createAppContext } from '../src/http/app-context.js'
import { buildApp } from '../src/http/app.js'
import { openKsauMeeting } from './support/minutes-builders.js'
import { expectArchivalPdf, flatText, pdfDir, requirePdfTools, run } from './support/pdf-tools.js'
import { linkedUser, pdfsigBlocks, withSigning } from './support/signatures.js'

const SECRET = 'Ansökan om bistånd – överklagat beslut'
const OPEN = 'Information om budgetläget'

describe.each(ENGINES)('postings on the notice board on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  const apps: FastifyInstance[] = []
  const files = pdfDir()
  beforeAll(async () => {
    requirePdfTools()
    database = await openTestDatabase(engine)
    deps = withSigning(testDeps(database))
  })
  afterAll(async () => {
    files.cleanup()
    await Promise.all(apps.map((a) => a.close()))
    await database?.close()
  })

  /** The public site of one municipality, as seen on `today`. */
  async function board(municipalityId: string, today = '2026-12-01') {
    const base = createAppContext(
      deps,
      { secureCookies: false, sessionHours: 1, maxUploadMb: 5 },
      'test',
    )
    const app = (await buildApp(
      {
        ...base,
        municipalityId: async () => municipalityId,
        ctx: (r) => ({ requestId: String(r.id), now: () => new Date(`${today}T12:00:00+01:00`) }),
      },
      { logger: false, webDir: null },
    )) as unknown as FastifyInstance
    apps.push(app)
    return (url: string) => app.inject({ method: 'GET', url })
  }

  /** A one-item meeting (two with a confidential §) held on `date` and attested on `attestOn`. */
  async function attested(date: string, attestOn: string, opts: { secret?: boolean } = {}) {
    const h = await openKsauMeeting(deps, {
      date,
      items: [{ title: OPEN }, ...(opts.secret ? [{ title: SECRET, dnr: 'KS 2024/0301' }] : [])],
    })
    await electAttesters(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      attesterIds: [h.people.get('Dzenita Abaza')!],
    })
    await recordDecision(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      itemId: h.items.get(OPEN)!,
      text: 'Informationen noteras.',
    })
    if (opts.secret) {
      const it = { meetingId: h.meetingId, itemId: h.items.get(SECRET)! }
      await editSectionText(deps, h.ctx, h.secretary, {
        ...it,
        background: 'Den enskilde, född 1961, ansöker om bistånd för boende.',
        confidentialityGround: 'OSL 26:1',
      })
      await recordDecision(deps, h.ctx, h.secretary, { ...it, text: 'Ansökan avslås.' })
    }
    await closeMeeting(deps, fixedCtx(`${date}T12:00:00+01:00`), h.secretary, {
      meetingId: h.meetingId,
    })
    const ctx = fixedCtx(`${attestOn}T16:00:00+01:00`)
    await finaliseMinutes(deps, ctx, h.secretary, { meetingId: h.meetingId })
    for (const name of ['Erik Ciardi', 'Dzenita Abaza']) {
      const u = await linkedUser(deps, h.w, h.people.get(name)!, name)
      const r = await signMinutes(deps, ctx, u, { meetingId: h.meetingId })
      if (r.postingId) {
        return {
          h,
          postingId: r.postingId,
          registration: r.registration,
          get: await board(h.w.municipalityId),
        }
      }
    }
    throw new Error('not attested')
  }

  // KL 13 kap. 5 §: three weeks from the posting; lag (1930:173): a last day on a holiday,
  // midsommarafton, julafton or nyårsafton moves to the next weekday. Attested minutes are
  // posted the same day (KL 8 kap. 12 §: no later than the second day).
  it.each([
    ['2024-12-10', '2024-12-11', '2025-01-02', '2025-01-03'], // 2025-01-01 nyårsdagen
    ['2025-05-27', '2025-05-30', '2025-06-23', '2025-06-24'], // 2025-06-20 midsommarafton
    ['2025-12-01', '2025-12-03', '2025-12-29', '2025-12-30'], // julafton, juldagen, annandagen, helg
    ['2026-03-10', '2026-03-12', '2026-04-02', '2026-04-03'], // a plain Thursday
  ])(
    'meeting %s attested %s: last day to appeal %s, down on %s',
    async (date, attestOn, lastDay, down) => {
      const { postingId, get } = await attested(date, attestOn)
      const res = await get(`/api/public/notice-board/${postingId}`)
      expect(res.statusCode).toBe(200)
      expect(res.json()).toMatchObject({
        postedOn: attestOn,
        attestedOn: attestOn,
        lastAppealDay: lastDay,
        takeDownOn: down,
        committee: 'Kommunstyrelsens arbetsutskott',
        meetingDate: date,
      })
    },
  )

  it('lists current postings without a login, moves them to the archive, and serves the files', async () => {
    const { postingId, h, get } = await attested('2026-11-24', '2026-11-26')
    const list = await get('/api/public/notice-board')
    expect(list.statusCode).toBe(200)
    expect(list.json().today).toBe('2026-12-01')
    expect(list.json().postings).toHaveLength(1)
    const mine = list.json().postings[0]
    expect(mine.id).toBe(postingId)
    expect(mine).toMatchObject({
      state: 'current',
      kind: 'minutes',
      title: 'Justerat protokoll: Kommunstyrelsens arbetsutskott 2026-11-24',
      sections: '§ 1',
      postedOn: '2026-11-26',
      lastAppealDay: '2026-12-17',
      takeDownOn: '2026-12-18',
      storedAt: expect.stringMatching(/^Kommunkansliet, Testkommun /),
      signedBy: 'Anette Mellström',
      maskedSections: [],
    })
    expect(JSON.stringify(list.json())).not.toMatch(/membership|user_id|sha256/)
    // On the day it may come down, it is in the archive instead.
    const later = await board(h.w.municipalityId, '2026-12-18')
    expect((await later('/api/public/notice-board')).json().postings).toEqual([])
    const archive = (await later('/api/public/notice-board/archive?year=2026')).json()
    expect(archive.postings.map((p: { id: string; state: string }) => [p.id, p.state])).toEqual([
      [postingId, 'archived'],
    ])
    expect((await later('/api/public/notice-board/archive?year=2025')).json().postings).toEqual([])
    // Another municipality's board does not show it.
    const other = await attested('2026-11-10', '2026-11-12')
    expect((await other.get(`/api/public/notice-board/${postingId}`)).statusCode).toBe(404)

    // No confidential §: the public gets the signed original, both signatures valid.
    const pdf = await get(`/api/public/notice-board/${postingId}/minutes.pdf`)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    const path = files.save('public.pdf', pdf.rawPayload)
    const blocks = pdfsigBlocks(path)
    expect(blocks).toHaveLength(2)
    expect(blocks.every((b) => b.includes('Signature is Valid.'))).toBe(true)
    const cert = await get(`/api/public/notice-board/${postingId}/certificate.pdf`)
    const certPath = files.save('anslagsbevis.pdf', cert.rawPayload)
    expectArchivalPdf(
      certPath,
      'Anslagsbevis – Kommunstyrelsens arbetsutskott 2026-11-24, § 1',
      /^Testkommun /,
    )
    expect(flatText(certPath)).toMatch(
      /Datum för anslags uppsättande 2026-11-26 Sista dag för överklagande 2026-12-17 Datum för anslags nedtagande 2026-12-18/,
    )
    const html = await get(`/api/public/notice-board/${postingId}/minutes.html`)
    expect(html.body).toContain('2026-12-17')
    expect(html.body).toContain('Sista dag för överklagande')
    for (const bad of [
      '/api/public/notice-board/nope',
      `/api/public/notice-board/${'0'.repeat(8)}-0000-0000-0000-000000000000`,
    ]) {
      const res = await get(bad)
      expect(res.statusCode).toBe(404)
      expect(res.json().error.message).toBe('Anslaget finns inte.')
    }
    expect((await get('/api/public/notice-board/archive?page=0')).statusCode).toBe(400)
  })

  it('masks a confidential § in the public minutes and registers the original as confidential', async () => {
    const { postingId, registration, get } = await attested('2026-11-17', '2026-11-19', {
      secret: true,
    })
    const posting = (await get(`/api/public/notice-board/${postingId}`)).json()
    expect(posting.maskedSections).toEqual([2])
    const pdf = await get(`/api/public/notice-board/${postingId}/minutes.pdf`)
    const path = files.save('masked.pdf', pdf.rawPayload)
    expect(run('qpdf', '--check', path)).toContain('No syntax or stream encoding errors')
    const text = flatText(path)
    expect(text).toMatch(new RegExp(`§ ?2 ${SECRET}`))
    expect(text).toContain(
      'Paragrafen innehåller uppgifter som omfattas av sekretess (sekretess enligt OSL 26:1)',
    )
    expect(text).not.toContain('född 1961')
    expect(text).not.toContain('Ansökan avslås')
    expect(pdfsigBlocks(path)).toHaveLength(0) // a derivative: the signed original is in the registry
    const html = (await get(`/api/public/notice-board/${postingId}/minutes.html`)).body
    expect(html).not.toContain('född 1961')
    expect(registration).toMatchObject({ status: 'registered' })
    const doc = await deps.db
      .selectFrom('documents')
      .select(['confidential', 'confidentiality_ground'])
      .where('id', '=', (registration as { documentId: string }).documentId)
      .executeTakeFirstOrThrow()
    expect(doc).toEqual({ confidential: true, confidentiality_ground: 'OSL 26:1' })
  })
})
