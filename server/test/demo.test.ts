import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../src/repositories/audit.repository.js'
import { listAiServices } from '../src/services/ai/ai-services.js'
import { listAssessments } from '../src/services/ai/assessments.js'
import { trainingOverview } from '../src/services/ai/training.js'
import type { Actor, Deps } from '../src/services/context.js'
import { seedDemo } from '../src/services/demo/seed-demo.js'
import { findMeetings, readMeeting } from '../src/services/meetings/read-meeting.js'
import { listMyMeetings } from '../src/services/members/my-meetings.js'
import { noticeHtml } from '../src/services/notices/read-notice.js'
import { presentMeeting } from '../src/http/presenters/meeting.presenter.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, testDeps } from './support/builders.js'
import { KALIX_2025_12_15 } from './support/kalix-meeting.js'

describe.each(ENGINES)('the demo municipality on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let municipalityId = ''
  const user = async (username: string): Promise<Actor> => {
    const u = await deps.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
    return {
      kind: 'user',
      id: u.id,
      municipalityId,
      roles: u.roles as never,
      displayName: u.display_name,
    }
  }
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    municipalityId = (await seedDemo(deps, { adminPassword: 'korrekt-häst-batteri' }))
      .municipalityId
  }, 180_000)
  afterAll(async () => database?.close())

  it("holds the Kalix KS meeting of 2025-12-15 with the seed's twenty items, its notice sent", async () => {
    const secretary = await user('johanna.granstrom')
    const [ks] = await findMeetings(deps, secretary, { from: '2025-12-15', to: '2025-12-15' })
    expect(ks).toMatchObject({ committee_name: 'Kommunstyrelsen', status: 'noticeSent' })
    const view = presentMeeting(await readMeeting(deps, fixedCtx(), secretary, ks!.id))
    expect(view.agenda.map((i) => [`${i.number}. ${i.title}`, i.caseLabel])).toEqual(
      KALIX_2025_12_15,
    )
    expect(view.noticeSentOn).toBe('2025-12-05')
    expect(view.secretaryName).toBe('Johanna Granström')
    // Items 17 and 18 carry the utskott's §§ 97–98 and proposals, as in the seed.
    const html = await noticeHtml(deps, secretary, ks!.id)
    expect(html).toContain('§ 97')
    expect(html).toContain('§ 98')
    expect(html).toContain('uppmanar verksamheterna att vidta åtgärder för en budget i balans')
    // The delegation report of the seed, under item 6.
    for (const text of [
      'Tecknat avtal mellan REK AI AB och Kalix kommun',
      'Punkt 10.1',
      'Arbetsgivarenheten',
      'Beslut fattats i enlighet med protokoll den 20 oktober 2025, §§ 89-101.',
    ]) {
      expect(html).toContain(text)
    }
  })

  it('has the utskott meeting held and numbered §§ 97–98, and a board meeting ahead', async () => {
    const secretary = await user('johanna.granstrom')
    const [au] = await findMeetings(deps, secretary, { from: '2025-12-01', to: '2025-12-01' })
    const view = presentMeeting(await readMeeting(deps, fixedCtx(), secretary, au!.id))
    expect(view).toMatchObject({ status: 'closed', sections: '§§ 97–98' })
    const chair = await user('susanne.andersson')
    const upcoming = await listMyMeetings(
      deps,
      { requestId: 't', now: () => new Date() },
      chair,
      {},
    )
    expect(upcoming.length).toBeGreaterThanOrEqual(1)
    expect(upcoming[0]).toMatchObject({ committee_name: 'Kommunstyrelsen', seat_role: 'chair' })
    const asa = await user('asa.lindqvist')
    const hers = await listMyMeetings(deps, fixedCtx('2025-11-01T10:00:00+01:00'), asa, {})
    expect(hers.map((m) => m.seat_role)).toContain('substitute')
  })

  it('leaves an audit log whose chain verifies', async () => {
    const result = await verifyAuditChain(deps.db, municipalityId)
    expect(result.problems).toEqual([])
    expect(result.events).toBeGreaterThan(100)
  })

  it('has its AI under the guidelines: an assessed local model, Copilot waiting, trainings', async () => {
    const admin = await user('admin')
    const services = await listAiServices(deps, admin)
    expect(services.map((s) => [s.name, s.status, s.approvedClasses])).toEqual([
      ['Kommunens språkmodell', 'approved', ['public', 'personal']],
      ['Microsoft 365 Copilot', 'pending', []],
    ])
    const [assessment] = await listAssessments(deps, admin, services[0]!.id)
    expect(assessment?.participants.map((p) => p.roleLabel)).toEqual([
      'Dataskyddsombud',
      'Kommunjurist',
      'Informationssäkerhetsansvarig',
      'IT-chef',
    ])
    expect(assessment?.document?.registrationNumber).toMatch(/^KS-2025-00494-\d+$/)
    const trainings = await trainingOverview(deps, fixedCtx(new Date().toISOString()), admin)
    const byUser = new Map(trainings.map((t) => [t.userName, t.valid]))
    expect(byUser.get('Malin Åberg')).toBe(true)
    expect(byUser.get('Johanna Granström')).toBe(false)
  })
})
