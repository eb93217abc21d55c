import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UNREVIEWED_LABEL } from '../src/domain/ai/ai-rules.js'
import { assertDraftApproved } from '../src/domain/ai/draft-review.js'
import { listAiLog } from '../src/repositories/ai-log.repository.js'
import { insertDraft } from '../src/repositories/ai-draft.repository.js'
import { verifyAuditChain } from '../src/repositories/audit.repository.js'
import { applyDraft } from '../src/services/ai/apply-draft.js'
import { getDraft, listDraftsFor } from '../src/services/ai/drafts.js'
import { approveDraft, rejectDraft } from '../src/services/ai/review-draft.js'
import { approvedSummariesOf } from '../src/services/ai/summaries.js'
import type { Deps } from '../src/services/context.js'
import { createCase } from '../src/services/registry/create-case.js'
import { readCase } from '../src/services/registry/read-case.js'
import { registerDocument } from '../src/services/registry/register-document.js'
import { finaliseOfficialReport } from '../src/services/reports/finalise-report.js'
import { createOfficialReport } from '../src/services/reports/official-reports.js'
import { readOfficialReport } from '../src/services/reports/read-report.js'
import { aiDraft, trainedUser, trainUser, type UserActor } from './support/ai-builders.js'
import { swedishDate } from '../src/domain/dates.js'
import { fixedCtx, newWorld, testDeps, type World } from './support/builders.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { loginAs, testApp } from './support/http.js'

const DEC_15 = fixedCtx('2025-12-15T10:00:00+01:00')

async function rejection(p: Promise<unknown>) {
  try {
    await p
  } catch (err) {
    return err as Error & { code?: string; fields?: { field: string }[] }
  }
  throw new Error('expected a rejection')
}

describe.each(ENGINES)('AI drafts: review and apply on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => {
    await database?.close()
  })

  /** A municipality with a trained case officer owning a case, and a trained registrar. */
  async function world(opts: { titleProtected?: boolean } = {}) {
    const w = await newWorld(deps)
    const officer = await trainedUser(deps, w, 'caseOfficer')
    const registrar = await trainedUser(deps, w, 'registrar')
    const c = await createCase(deps, DEC_15, w.system, {
      seriesPrefix: w.series,
      title: 'Bidrag till Kalix idrottsförening 2026',
      caseOfficerId: officer.id,
      titleProtected: opts.titleProtected ?? false,
    })
    return { w, officer, registrar, c }
  }

  it('approving with edits keeps who, when and the word diff; the AI log gets counts, never text', async () => {
    const { w, officer, c } = await world()
    const d = await aiDraft(deps, w, {
      createdBy: officer,
      caseId: c.id,
      text: 'Föreningen söker bidrag för 2026. Förvaltningen föreslår bifall.',
    })
    expect(d.status).toBe('unreviewed')
    const before = await getDraft(deps, DEC_15, officer, d.id)
    expect(before.diff).toBeNull()

    const v = await approveDraft(deps, DEC_15, officer, {
      draftId: d.id,
      finalText: 'Föreningen söker bidrag för verksamhetsåret 2026.',
      note: 'Kortade texten.',
    })
    expect(v.draft).toMatchObject({
      status: 'approved',
      reviewed_by: officer.id,
      reviewed_by_name: officer.displayName,
      final_text: 'Föreningen söker bidrag för verksamhetsåret 2026.',
      review_note: 'Kortade texten.',
    })
    expect(new Date(v.draft.reviewed_at!).toISOString()).toBe(DEC_15.now().toISOString())
    expect(v.diff).toMatchObject({ added: 1, removed: 3, unchanged: 5 })
    expect(v.diff!.segments).toContainEqual({ op: 'insert', text: ' verksamhetsåret' })

    const [entry] = await listAiLog(
      deps.db,
      w.municipalityId,
      { action: 'ai.draft.approved' },
      {
        limit: 5,
      },
    )
    expect(entry).toMatchObject({
      actorId: officer.id,
      entityType: 'ai_draft',
      entityId: d.id,
      data: {
        draftId: d.id,
        callSeq: Number(d.log_seq),
        edited: true,
        added: 1,
        removed: 3,
        selfReview: true,
        purpose: 'Sammanfattning av ärende',
      },
    })
    expect(JSON.stringify(entry!.data)).not.toMatch(/Föreningen|verksamhetsåret|Kortade/)

    const audit = await deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('municipality_id', '=', w.municipalityId)
      .where('action', '=', 'ai.draft.approve')
      .execute()
    expect(audit).toHaveLength(1)
    expect(JSON.stringify(audit[0]!.data)).not.toContain('Föreningen')
    for (const chain of ['audit', 'ai'] as const)
      expect((await verifyAuditChain(deps.db, w.municipalityId, chain)).problems).toEqual([])

    // One review per draft: it is never changed afterwards.
    const again = await rejection(rejectDraft(deps, DEC_15, officer, { draftId: d.id, note: 'x' }))
    expect(again.code).toBe('ai_draft_reviewed')
  })

  it('an unreviewed or rejected draft cannot be applied: 409 ai_draft_not_approved', async () => {
    const { w, officer, c } = await world()
    const d = await aiDraft(deps, w, { createdBy: officer, caseId: c.id })
    const unreviewed = await rejection(applyDraft(deps, DEC_15, officer, d.id))
    expect(unreviewed).toMatchObject({ code: 'ai_draft_not_approved' })
    expect(unreviewed.message).toContain('inte granskat')

    const noNote = await rejection(rejectDraft(deps, DEC_15, officer, { draftId: d.id, note: ' ' }))
    expect(noNote.code).toBe('validation_failed')
    expect(noNote.fields?.[0]?.field).toBe('note')
    const r = await rejectDraft(deps, DEC_15, officer, {
      draftId: d.id,
      note: 'Texten stämmer inte med ansökan.',
    })
    expect(r.draft).toMatchObject({
      status: 'rejected',
      review_note: 'Texten stämmer inte med ansökan.',
    })
    expect(r.diff).toBeNull()
    const rejected = await rejection(applyDraft(deps, DEC_15, officer, d.id))
    expect(rejected).toMatchObject({ code: 'ai_draft_not_approved' })
    expect(rejected.message).toContain('avvisats')
    // The rule every other use (notice, minutes, sending) calls:
    expect(() => assertDraftApproved(r.draft)).toThrow(/avvisats/)

    const [logged] = await listAiLog(
      deps.db,
      w.municipalityId,
      { action: 'ai.draft.rejected' },
      {
        limit: 1,
      },
    )
    expect(logged!.data).toMatchObject({ draftId: d.id, callSeq: Number(d.log_seq) })
    expect(JSON.stringify(logged!.data)).not.toContain('stämmer')
  })

  it('a decision field is never a target: not stored, not approved, not applied (ai_decision_field)', async () => {
    const { w, officer, c } = await world()
    const stored = await rejection(
      aiDraft(deps, w, { createdBy: officer, caseId: c.id, target: 'report.proposedDecision' }),
    )
    expect(stored.code).toBe('ai_decision_field')
    expect(stored.message).toContain('Beslut fattas alltid av en människa')
    for (const target of ['minutes.decision', 'delegation.decision']) {
      const e = await rejection(
        deps.db.transaction().execute((trx) =>
          insertDraft(trx, {
            municipality_id: w.municipalityId,
            kind: 'draft',
            purpose: 'x',
            target_field: target,
            log_seq: 1,
            generated_text: 'Kommunstyrelsen beslutar att bevilja bidraget.',
            status: 'approved',
            created_at: new Date(),
          }),
        ),
      )
      expect(e.code).toBe('ai_decision_field')
    }

    // Even a row written past the repository (say by hand in SQL) is refused on every path.
    const row = await deps.db
      .insertInto('ai_drafts')
      .values({
        municipality_id: w.municipalityId,
        kind: 'draft',
        purpose: 'reportSection',
        case_id: c.id,
        target_field: 'report.proposedDecision',
        log_seq: 1,
        generated_text: 'Kommunstyrelsen beslutar att bevilja bidraget.',
        status: 'unreviewed',
        created_by: officer.id,
        created_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    expect((await rejection(applyDraft(deps, DEC_15, officer, row.id))).code).toBe(
      'ai_decision_field',
    )
    expect((await rejection(approveDraft(deps, DEC_15, officer, { draftId: row.id }))).code).toBe(
      'ai_decision_field',
    )
    await deps.db
      .updateTable('ai_drafts')
      .set({ status: 'approved', reviewed_at: new Date(), reviewed_by: officer.id })
      .where('id', '=', row.id)
      .execute()
    expect((await rejection(applyDraft(deps, DEC_15, officer, row.id))).code).toBe(
      'ai_decision_field',
    )
  })

  it('an approved report section goes into the draft official report in the same transaction; a registered report is not changed', async () => {
    const { w, officer, c } = await world()
    const report = await createOfficialReport(deps, DEC_15, officer, {
      caseId: c.id,
      committeeId: w.committeeId,
      title: 'Bidrag till Kalix idrottsförening 2026',
      proposedDecision: 'Kommunstyrelsen beviljar bidrag med 50 000 kronor.',
      description: 'Föreningen har ansökt om bidrag.',
      decisionBasis: [{ title: 'Ansökan' }],
      signature: { title: 'Handläggare' },
    })
    const d = await aiDraft(deps, w, {
      createdBy: officer,
      caseId: c.id,
      officialReportId: report.id,
      target: 'report.summary',
      purpose: 'reportSection',
      text: 'Föreningen söker bidrag.\n\nAnsökan avser 2026.',
    })
    await approveDraft(deps, DEC_15, officer, { draftId: d.id })
    const applied = await applyDraft(deps, DEC_15, officer, d.id)
    expect(applied.draft).toMatchObject({
      applied_by: officer.id,
      applied_by_name: officer.displayName,
    })
    const r = await readOfficialReport(deps, DEC_15, officer, report.id)
    expect(r.report.summary).toEqual(['Föreningen söker bidrag.', 'Ansökan avser 2026.'])
    // Everything else as it was: the proposed decision is the official's own text.
    expect(r.report.proposed_decision).toEqual([
      'Kommunstyrelsen beviljar bidrag med 50 000 kronor.',
    ])
    expect(r.report.description).toEqual(['Föreningen har ansökt om bidrag.'])
    expect(r.basis.map((b) => b.title)).toEqual(['Ansökan'])

    const actions = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id'])
      .where('municipality_id', '=', w.municipalityId)
      .where('action', 'in', ['ai.draft.apply', 'officialReport.update'])
      .orderBy('seq')
      .execute()
    expect(actions).toEqual([
      { action: 'officialReport.update', entity_id: report.id },
      { action: 'ai.draft.apply', entity_id: d.id },
    ])
    const [logged] = await listAiLog(
      deps.db,
      w.municipalityId,
      { action: 'ai.draft.applied' },
      {
        limit: 1,
      },
    )
    expect(logged!.data).toMatchObject({
      draftId: d.id,
      callSeq: Number(d.log_seq),
      target: 'report.summary',
      officialReportId: report.id,
    })
    expect((await rejection(applyDraft(deps, DEC_15, officer, d.id))).code).toBe('ai_draft_applied')

    // Once the report is registered, it is part of the record: no AI text goes into it.
    await finaliseOfficialReport(deps, DEC_15, officer, report.id)
    const late = await aiDraft(deps, w, {
      createdBy: officer,
      caseId: c.id,
      officialReportId: report.id,
      target: 'report.equalityAnalysis',
    })
    await approveDraft(deps, DEC_15, officer, { draftId: late.id })
    expect((await rejection(applyDraft(deps, DEC_15, officer, late.id))).code).toBe(
      'official_report_final',
    )
    const after = await getDraft(deps, DEC_15, officer, late.id)
    expect(after.draft.applied_at).toBeNull()
  })

  it('an approved case or document summary is shown with the case, labelled as AI-assisted and reviewed', async () => {
    const { w, officer, registrar, c } = await world()
    const doc = await registerDocument(deps, DEC_15, registrar, {
      caseId: c.id,
      direction: 'drawnUp',
      documentDate: '2025-12-10',
      description: 'Ansökan om bidrag',
    })
    const caseDraft = await aiDraft(deps, w, { createdBy: officer, caseId: c.id })
    const docDraft = await aiDraft(deps, w, {
      createdBy: officer,
      caseId: c.id,
      documentId: doc.document.id,
      target: 'documentSummary',
      purpose: 'documentSummary',
      text: 'Ansökan gäller bidrag.',
    })
    await approveDraft(deps, DEC_15, registrar, {
      draftId: caseDraft.id,
      finalText: 'Kort sammanfattning.',
    })
    await approveDraft(deps, DEC_15, registrar, { draftId: docDraft.id })
    let summaries = await approvedSummariesOf(
      deps,
      officer,
      await readCase(deps, DEC_15, officer, c.id),
    )
    expect(summaries.caseSummary).toBeNull()
    await applyDraft(deps, DEC_15, officer, caseDraft.id)
    await applyDraft(deps, DEC_15, registrar, docDraft.id)
    summaries = await approvedSummariesOf(
      deps,
      officer,
      await readCase(deps, DEC_15, officer, c.id),
    )
    expect(summaries.caseSummary).toMatchObject({
      draftId: caseDraft.id,
      text: 'Kort sammanfattning.',
      approvedBy: registrar.displayName,
      edited: true,
    })
    expect(summaries.documents.get(doc.document.id)).toMatchObject({
      text: 'Ansökan gäller bidrag.',
      edited: false,
    })
  })

  it('who may review: training required, the case officer of the case, a registrar or a secretary; never the system', async () => {
    const { w, officer, c } = await world()
    const d = await aiDraft(deps, w, { createdBy: officer, caseId: c.id })
    const untrained = await w.user('secretary')
    const e1 = await rejection(approveDraft(deps, DEC_15, untrained, { draftId: d.id }))
    expect(e1).toMatchObject({ code: 'ai_training_required' })
    expect(e1.message).toContain('AI-utbildning')
    // A training more than a year old no longer counts.
    await trainUser(deps, w, untrained.id, '2024-12-01')
    expect(
      (await rejection(approveDraft(deps, DEC_15, untrained, { draftId: d.id }))).message,
    ).toMatch(/gällde till 2025-11-30/)
    const otherOfficer = await trainedUser(deps, w, 'caseOfficer')
    const e2 = await rejection(approveDraft(deps, DEC_15, otherOfficer, { draftId: d.id }))
    expect(e2.code).toBe('forbidden')
    expect(e2.message).toContain('ärendets handläggare')
    const admin = await trainedUser(deps, w, 'admin')
    expect((await rejection(approveDraft(deps, DEC_15, admin, { draftId: d.id }))).code).toBe(
      'forbidden',
    )
    expect((await rejection(approveDraft(deps, DEC_15, w.system, { draftId: d.id }))).code).toBe(
      'ai_review_by_person',
    )
    const secretary = await trainedUser(deps, w, 'secretary')
    const ok = await approveDraft(deps, DEC_15, secretary, { draftId: d.id })
    expect(ok.draft.reviewed_by).toBe(secretary.id)
    const [logged] = await listAiLog(
      deps.db,
      w.municipalityId,
      { action: 'ai.draft.approved' },
      {
        limit: 1,
      },
    )
    expect(logged!.data).toMatchObject({ selfReview: false, edited: false, added: 0, removed: 0 })
    // Bad ids are not found, not a 500.
    expect((await rejection(getDraft(deps, DEC_15, officer, 'inte-ett-id'))).code).toBe(
      'ai_draft_not_found',
    )
    const long = await rejection(
      approveDraft(deps, DEC_15, officer, { draftId: d.id, finalText: 'x'.repeat(100_001) }),
    )
    expect(long.fields?.[0]?.field).toBe('finalText')
  })

  it('a draft about a confidential case is seen only by those who may read the case, and reading it is audited', async () => {
    const { w, officer, registrar, c } = await world({ titleProtected: true })
    const open = await world()
    const d = await aiDraft(deps, w, { createdBy: officer, caseId: c.id })
    const other = await trainedUser(deps, w, 'caseOfficer')
    const secretary = await trainedUser(deps, w, 'secretary')
    const openDraft = await aiDraft(deps, w, { createdBy: other, caseId: open.c.id })

    const denied = await rejection(getDraft(deps, DEC_15, other, d.id))
    expect(denied.code).toBe('confidential')
    expect((await rejection(approveDraft(deps, DEC_15, secretary, { draftId: d.id }))).code).toBe(
      'confidential',
    )
    const listed = await listDraftsFor(deps, other, {})
    expect(listed.map((x) => x.id)).toEqual([openDraft.id])
    const asRegistrar = await listDraftsFor(deps, registrar, {})
    expect(asRegistrar.map((x) => x.id).sort()).toEqual([d.id, openDraft.id].sort())
    expect((await listDraftsFor(deps, officer, { caseId: c.id })).map((x) => x.id)).toEqual([d.id])
    expect((await listDraftsFor(deps, officer, { status: 'approved' })).map((x) => x.id)).toEqual(
      [],
    )

    const v = await getDraft(deps, DEC_15, officer, d.id)
    expect(v.draft.confidential).toBe(true)
    const reads = await deps.db
      .selectFrom('audit_events')
      .select(['actor_id', 'entity_id'])
      .where('municipality_id', '=', w.municipalityId)
      .where('action', '=', 'ai.draft.readConfidential')
      .execute()
    expect(reads).toEqual([{ actor_id: officer.id, entity_id: d.id }])
    expect((await rejection(listDraftsFor(deps, officer, { status: 'nonsense' }))).code).toBe(
      'validation_failed',
    )
  })

  describe('over HTTP', () => {
    let app: FastifyInstance
    let w: World
    let officer: UserActor
    let caseId: string
    let headers: Record<string, string>
    beforeAll(async () => {
      app = await testApp(deps)
      const x = await world()
      w = x.w
      officer = x.officer
      // The HTTP edge runs on the real clock: a training from today counts there.
      await trainUser(deps, w, officer.id, swedishDate(new Date()))
      caseId = x.c.id
      headers = await loginAs(app, officer.username)
    })
    afterAll(async () => {
      await app?.close()
    })

    it('lists and shows drafts with the unreviewed label; approve, apply, and the summary on the case', async () => {
      const d = await aiDraft(deps, w, {
        createdBy: officer,
        caseId,
        text: 'Ett utkast om bidraget.',
      })
      const list = await app.inject({
        method: 'GET',
        url: `/api/ai/drafts?caseId=${caseId}`,
        headers,
      })
      expect(list.statusCode).toBe(200)
      expect(list.json().drafts).toEqual([
        expect.objectContaining({ id: d.id, status: 'unreviewed', label: UNREVIEWED_LABEL }),
      ])
      expect(list.json().drafts[0]).not.toHaveProperty('generatedText')
      const one = await app.inject({ method: 'GET', url: `/api/ai/drafts/${d.id}`, headers })
      expect(one.json()).toMatchObject({
        id: d.id,
        label: UNREVIEWED_LABEL,
        generatedText: 'Ett utkast om bidraget.',
        diff: null,
        target: { field: 'caseSummary', label: 'Sammanfattning av ärendet' },
      })

      const early = await app.inject({
        method: 'POST',
        url: `/api/ai/drafts/${d.id}/apply`,
        headers,
      })
      expect(early.statusCode).toBe(409)
      expect(early.json().error.code).toBe('ai_draft_not_approved')
      expect(early.json().error.message).toMatch(/granska och godkänna/)

      const ok = await app.inject({
        method: 'POST',
        url: `/api/ai/drafts/${d.id}/approve`,
        headers,
        payload: { finalText: 'Ett granskat utkast om bidraget.' },
      })
      expect(ok.statusCode).toBe(200)
      expect(ok.json()).toMatchObject({
        status: 'approved',
        label: 'Framtaget med AI-stöd – granskat och godkänt',
        finalText: 'Ett granskat utkast om bidraget.',
        reviewedBy: { id: officer.id, name: officer.displayName },
        diff: { added: 1, removed: 0 },
      })
      const applied = await app.inject({
        method: 'POST',
        url: `/api/ai/drafts/${d.id}/apply`,
        headers,
      })
      expect(applied.statusCode).toBe(200)
      const c = await app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers })
      expect(c.json().approvedSummary).toMatchObject({
        text: 'Ett granskat utkast om bidraget.',
        label: 'Framtaget med AI-stöd – granskat och godkänt',
        approvedBy: officer.displayName,
      })
    })

    it('bad input gets clear Swedish errors, never a 500', async () => {
      const d = await aiDraft(deps, w, { createdBy: officer, caseId })
      const cases = [
        { url: `/api/ai/drafts/${d.id}/reject`, payload: {}, status: 400 },
        { url: `/api/ai/drafts/${d.id}/reject`, payload: { note: '' }, status: 400 },
        { url: `/api/ai/drafts/${d.id}/approve`, payload: { finalText: { a: 1 } }, status: 400 },
        { url: `/api/ai/drafts/${d.id}/approve`, payload: { finalText: '  ' }, status: 400 },
        { url: `/api/ai/drafts/${d.id}/approve`, payload: { extra: true }, status: 400 },
        { url: '/api/ai/drafts/finns-inte/approve', payload: {}, status: 404 },
        {
          url: '/api/ai/drafts/00000000-0000-4000-8000-000000000000/apply',
          payload: {},
          status: 404,
        },
      ]
      for (const c of cases) {
        const res = await app.inject({ method: 'POST', url: c.url, headers, payload: c.payload })
        expect(res.statusCode, `${c.url} ${JSON.stringify(c.payload)}`).toBe(c.status)
        expect(res.json().error.message).toMatch(/[a-zåäö]/)
      }
      const list = await app.inject({ method: 'GET', url: '/api/ai/drafts?status=klar', headers })
      expect(list.statusCode).toBe(400)
      const anon = await app.inject({ method: 'GET', url: '/api/ai/drafts' })
      expect(anon.statusCode).toBe(401)
      const rejected = await app.inject({
        method: 'POST',
        url: `/api/ai/drafts/${d.id}/reject`,
        headers,
        payload: { note: 'Fel ärende.' },
      })
      expect(rejected.json()).toMatchObject({ status: 'rejected', reviewNote: 'Fel ärende.' })
    })
  })
})
