import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import type { Deps } from '../src/services/context.js'
import { registerDocument } from '../src/services/registry/register-document.js'
import {
  registerAiService,
  setAiServiceStatus,
  updateAiService,
} from '../src/services/ai/ai-services.js'
import { recordAssessment } from '../src/services/ai/assessments.js'
import { summariseCase, draftReportSection } from '../src/services/ai/ai-features.js'
import { createOfficialReport } from '../src/services/reports/official-reports.js'
import { verifyAuditChain } from '../src/repositories/audit.repository.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { liveCtx, newWorld, testDeps, type World } from './support/builders.js'
import {
  approvedService,
  FULL_PANEL,
  StandInAi,
  trainedUser,
  withVault,
} from './support/ai-stand-in.js'

// The guarded call (services/ai/ai-call.ts) against a local stand-in for an OpenAI-compatible
// provider: what leaves Kansli, what is refused, what is logged, and what comes back as a draft.
describe.each(ENGINES)('AI calls on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let ai: StandInAi
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = withVault(testDeps(database))
    ai = await new StandInAi().start()
  })
  afterAll(async () => {
    await ai?.stop()
    await database?.close()
  })

  const ctx = liveCtx()
  const PNR = '19811218-9876'

  async function caseWith(w: World, text: string, confidential: string | null = null) {
    const registrar = await w.user('registrar')
    const r = await registerDocument(deps, ctx, registrar, {
      newCase: { seriesPrefix: 'KS', title: 'Medborgarförslag om belysning vid Strandvägen' },
      direction: 'incoming',
      documentDate: '2025-11-03',
      counterpartName: 'Privatperson',
      description: 'Medborgarförslag om belysning',
      confidentiality: confidential ? { ground: confidential } : null,
      files: [{ fileName: 'forslag.txt', bytes: new TextEncoder().encode(text) }],
    })
    return r.case
  }

  it('sends redacted text only, restores the values in the draft, and logs no personal value', async () => {
    const w = await newWorld(deps)
    const service = await approvedService(deps, w, ai.url, ['public'], {
      apiKey: 'sk-test-hemlig-123',
    })
    const officer = await trainedUser(deps, w, 'registrar')
    const c = await caseWith(
      w,
      `Förslagsställare Anna Svensson, personnummer ${PNR}, anna.svensson@example.com, tel 070-123 45 67, föreslår bättre belysning vid Strandvägen enligt KS-2025-00466 och SFS 2017:725.`,
    )
    ai.received = []
    ai.reply = {
      kind: 'answer',
      text: (t) =>
        `Förslaget kommer från ${t.match(/(\[PERSON_\d+\]), personnummer/)?.[1]} ([PERSONNUMMER_1]).`,
    }
    const r = await summariseCase(deps, ctx, officer, { caseId: c.id, serviceId: service.id })
    expect(r.decision).toBe('REDACT')
    expect(r.findingsByType).toMatchObject({ personnummer: 1, email: 1, phone: 1 })
    const sent = ai.allSent()
    expect(sent).not.toContain(PNR)
    expect(sent).not.toContain('811218')
    expect(sent).not.toContain('anna.svensson@example.com')
    expect(sent).not.toContain('Anna Svensson')
    expect(sent).toContain('[PERSONNUMMER_1]')
    // References are not personal data and go as they are.
    expect(sent).toContain('KS-2025-00466')
    expect(sent).toContain('SFS 2017:725')
    expect(ai.received[0]!.headers.authorization).toBe('Bearer sk-test-hemlig-123')
    expect(ai.received[0]!.path).toBe('/v1/chat/completions')
    // The reviewer sees the real values; the draft waits for review.
    expect(r.text).toMatch(
      new RegExp(`^Förslaget kommer från (Förslagsställare )?Anna Svensson \\(${PNR}\\)\\.$`),
    )
    const draft = await deps.db
      .selectFrom('ai_drafts')
      .selectAll()
      .where('id', '=', r.draftId!)
      .executeTakeFirstOrThrow()
    expect(draft).toMatchObject({
      status: 'unreviewed',
      kind: 'caseSummary',
      target_field: 'caseSummary',
      case_id: c.id,
    })
    expect(draft.generated_text).toContain(PNR)
    // The log: the call with its decision and counts, the text as sent, nothing personal.
    const log = await deps.db
      .selectFrom('ai_log_events')
      .selectAll()
      .where('municipality_id', '=', w.municipalityId)
      .orderBy('seq')
      .execute()
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ action: 'ai.call', actor_id: officer.id })
    const data = log[0]!.data as Record<string, unknown>
    expect(data).toMatchObject({
      decision: 'REDACT',
      outcome: 'draft',
      draftId: r.draftId,
      purpose: 'Sammanfattning av ärende',
    })
    const logText = JSON.stringify(log)
    for (const secret of [
      PNR,
      '811218',
      'anna.svensson',
      'Anna Svensson',
      '070-123',
      'sk-test-hemlig',
    ])
      expect(logText).not.toContain(secret)
    // The key is sealed in the database.
    const row = await deps.db
      .selectFrom('ai_services')
      .select('api_key_sealed')
      .where('id', '=', service.id)
      .executeTakeFirstOrThrow()
    expect(row.api_key_sealed).not.toContain('sk-test')
    expect((await verifyAuditChain(deps.db, w.municipalityId, 'ai')).problems).toEqual([])
  })

  it('BLOCKs confidential material and health data next to a name: nothing is sent, the block is logged', async () => {
    const w = await newWorld(deps)
    const service = await approvedService(deps, w, ai.url, ['public', 'personal'])
    const registrar = await trainedUser(deps, w, 'registrar')
    const secret = await caseWith(w, 'Utredning om ekonomiskt bistånd.', 'OSL 26:1')
    ai.received = []
    const err = await summariseCase(deps, ctx, registrar, {
      caseId: secret.id,
      serviceId: service.id,
    }).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'ai_blocked' })
    expect(String((err as Error).message)).toContain('OSL 26:1')
    const health = await caseWith(w, 'Anna Svensson har diagnosen diabetes och behöver färdtjänst.')
    const err2 = await summariseCase(deps, ctx, registrar, {
      caseId: health.id,
      serviceId: service.id,
    }).catch((e: unknown) => e)
    expect(err2).toMatchObject({ code: 'ai_blocked' })
    expect(ai.received).toHaveLength(0)
    const log = await deps.db
      .selectFrom('ai_log_events')
      .select('data')
      .where('municipality_id', '=', w.municipalityId)
      .orderBy('seq')
      .execute()
    expect(log.map((l) => (l.data as { outcome: string; decision: string }).outcome)).toEqual([
      'blocked',
      'blocked',
    ])
    expect(JSON.stringify(log)).not.toContain('diabetes')
    expect(JSON.stringify(log)).not.toContain('Anna Svensson')
  })

  it('calls only approved services, and only for users with a current AI training', async () => {
    const w = await newWorld(deps)
    const officer = await w.user('registrar')
    const c = await caseWith(w, 'Belysning vid Strandvägen.')
    const pending = await registerAiService(deps, ctx, w.system, {
      name: 'Ny tjänst',
      provider: 'Leverantör AB',
      endpoint: ai.url,
      model: 'm',
      processingLocation: 'EU',
    })
    expect(pending.status).toBe('pending')
    // Without a training, nothing else is even looked at.
    await expect(
      summariseCase(deps, ctx, officer, { caseId: c.id, serviceId: pending.id }),
    ).rejects.toMatchObject({
      code: 'ai_training_required',
    })
    const trained = await trainedUser(deps, w, 'registrar')
    await expect(
      summariseCase(deps, ctx, trained, { caseId: c.id, serviceId: pending.id }),
    ).rejects.toMatchObject({
      code: 'ai_service_not_approved',
    })
    // A training more than a year old no longer counts.
    const expired = await trainedUser(deps, w, 'registrar', '2024-01-10')
    await expect(
      summariseCase(deps, ctx, expired, { caseId: c.id, serviceId: pending.id }),
    ).rejects.toMatchObject({
      code: 'ai_training_required',
    })
    // An approving assessment needs the whole panel of punkt 5.
    await expect(
      recordAssessment(deps, ctx, w.system, {
        serviceId: pending.id,
        assessedOn: '2025-11-01',
        participants: FULL_PANEL.slice(0, 3),
        conclusion: 'Godkänd.',
        outcome: 'approved',
        approvedClasses: ['public'],
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    const { service } = await recordAssessment(deps, ctx, w.system, {
      serviceId: pending.id,
      assessedOn: '2025-11-01',
      participants: FULL_PANEL,
      conclusion: 'Godkänd för allmän information.',
      outcome: 'approved',
      approvedClasses: ['public'],
    })
    expect(service).toMatchObject({ status: 'approved', approvedClasses: ['public'] })
    await summariseCase(deps, ctx, trained, { caseId: c.id, serviceId: service.id })
    // Suspended: refused; a new model means a new assessment.
    await setAiServiceStatus(
      deps,
      ctx,
      w.system,
      service.id,
      'suspended',
      'Leverantören byter villkor',
    )
    await expect(
      summariseCase(deps, ctx, trained, { caseId: c.id, serviceId: service.id }),
    ).rejects.toMatchObject({
      code: 'ai_service_not_approved',
    })
    await setAiServiceStatus(deps, ctx, w.system, service.id, 'approved', 'Villkoren granskade')
    const changed = await updateAiService(deps, ctx, w.system, service.id, { model: 'm-2' })
    expect(changed).toMatchObject({ status: 'pending', approvedClasses: [] })
    await expect(
      setAiServiceStatus(deps, ctx, w.system, service.id, 'approved', 'Vill använda den'),
    ).rejects.toMatchObject({ code: 'ai_assessment_required' })
  })

  it('reports provider failures clearly and logs them', async () => {
    const w = await newWorld(deps)
    const service = await approvedService(deps, w, ai.url, ['public'], { timeoutMs: 1000 })
    const officer = await trainedUser(deps, w, 'registrar')
    const c = await caseWith(w, 'Belysning vid Strandvägen.')
    ai.reply = { kind: 'status', status: 500 }
    await expect(
      summariseCase(deps, ctx, officer, { caseId: c.id, serviceId: service.id }),
    ).rejects.toMatchObject({
      code: 'ai_provider_error',
    })
    ai.reply = { kind: 'garbage' }
    await expect(
      summariseCase(deps, ctx, officer, { caseId: c.id, serviceId: service.id }),
    ).rejects.toMatchObject({
      code: 'ai_bad_response',
    })
    ai.reply = { kind: 'hang' }
    await expect(
      summariseCase(deps, ctx, officer, { caseId: c.id, serviceId: service.id }),
    ).rejects.toMatchObject({
      code: 'ai_timeout',
    })
    const log = await deps.db
      .selectFrom('ai_log_events')
      .select('data')
      .where('municipality_id', '=', w.municipalityId)
      .orderBy('seq')
      .execute()
    expect(log.map((l) => (l.data as { error: string }).error)).toEqual([
      'ai_provider_error',
      'ai_bad_response',
      'ai_timeout',
    ])
    expect(
      await deps.db
        .selectFrom('ai_drafts')
        .select('id')
        .where('municipality_id', '=', w.municipalityId)
        .execute(),
    ).toEqual([])
    ai.reply = { kind: 'answer', text: () => 'ok' }
  })

  it('never drafts a proposed decision; drafts other report sections for the report writer', async () => {
    const w = await newWorld(deps)
    const service = await approvedService(deps, w, ai.url)
    const officer = await trainedUser(deps, w, 'caseOfficer')
    const c = await caseWith(w, 'Belysning vid Strandvägen behöver förbättras.')
    const report = await createOfficialReport(deps, ctx, officer, {
      caseId: c.id,
      committeeId: w.committeeId,
      title: 'Svar på medborgarförslag om belysning',
      reportDate: '2025-11-20',
      proposedDecision: 'Kommunstyrelsen föreslår fullmäktige att bifalla förslaget.',
      signature: { name: 'Test Handläggare', title: 'Handläggare' },
    })
    await expect(
      draftReportSection(deps, ctx, officer, {
        officialReportId: report.id,
        section: 'proposedDecision',
        serviceId: service.id,
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    const r = await draftReportSection(deps, ctx, officer, {
      officialReportId: report.id,
      section: 'summary',
      serviceId: service.id,
    })
    const d = await deps.db
      .selectFrom('ai_drafts')
      .selectAll()
      .where('id', '=', r.draftId!)
      .executeTakeFirstOrThrow()
    expect(d).toMatchObject({
      official_report_id: report.id,
      target_field: 'report.summary',
      status: 'unreviewed',
    })
  })

  it('finds a changed AI log entry (kansli audit verify checks the AI chain)', async () => {
    const w = await newWorld(deps)
    const service = await approvedService(deps, w, ai.url)
    const officer = await trainedUser(deps, w, 'registrar')
    const c = await caseWith(w, 'Belysning.')
    await summariseCase(deps, ctx, officer, { caseId: c.id, serviceId: service.id })
    await summariseCase(deps, ctx, officer, { caseId: c.id, serviceId: service.id })
    const first = await deps.db
      .selectFrom('ai_log_events')
      .select(['id', 'seq'])
      .where('municipality_id', '=', w.municipalityId)
      .orderBy('seq')
      .executeTakeFirstOrThrow()
    await sql`update ai_log_events set data = jsonb_set(data, '{decision}', '"ALLOW"') where id = ${first.id}`.execute(
      deps.db,
    )
    const { problems } = await verifyAuditChain(deps.db, w.municipalityId, 'ai')
    expect(problems).toEqual([
      expect.objectContaining({ seq: Number(first.seq), problem: 'altered' }),
    ])
  })
})
