import { chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor, Deps } from '../src/services/context.js'
import { kalixDelegationReport } from '../src/render/official-report-example.js'
import { verifyAllFiles } from '../src/services/recovery/verify-files.js'
import { changeCaseStatus } from '../src/services/registry/case-status.js'
import { readCase } from '../src/services/registry/read-case.js'
import { registerDocument } from '../src/services/registry/register-document.js'
import { searchRegistry } from '../src/services/registry/search.js'
import { finaliseOfficialReport } from '../src/services/reports/finalise-report.js'
import { officialReportForNotice } from '../src/services/reports/notice-report.js'
import {
  createOfficialReport,
  discardOfficialReport,
  reviseOfficialReport,
  updateOfficialReportDraft,
} from '../src/services/reports/official-reports.js'
import {
  listCaseReports,
  officialReportHtml,
  readOfficialReport,
} from '../src/services/reports/read-report.js'
import type { ReportInput } from '../src/services/reports/report-fields.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, newWorld, testDeps } from './support/builders.js'
import { kalixCase } from './support/delegation-builders.js'
import { namedUser } from './support/meeting-builders.js'
import {
  expectArchivalPdf,
  expectInOrder,
  flatText,
  pdfDir,
  requirePdfTools,
} from './support/pdf-tools.js'

const DEC_5 = fixedCtx('2025-12-05T14:00:00+01:00')

/** The seed's report on item 16, with the analyses the seed leaves out written in. */
function kalixInput(committeeId: string, extra: Partial<ReportInput> = {}): ReportInput {
  const v = kalixDelegationReport()
  return {
    committeeId,
    title: v.title,
    reportDate: v.date,
    department: v.department,
    proposedDecision: v.proposedDecision,
    description: v.description,
    equalityAnalysis:
      'Delegationsordningen gäller lika för kvinnor och män; revideringen påverkar inte jämställdheten.',
    childRightsAnalysis: [
      'Barnets bästa beaktas i de punkter som rör förskola och skola.',
      { list: ['Inga punkter försämrar barns rätt att komma till tals.'] },
    ],
    signature: {
      name: 'Katja Sundström',
      title: 'Kommunjurist',
      email: 'katja.sundstrom@kalix.se',
    },
    ...extra,
  }
}

async function rejection(p: Promise<unknown>) {
  try {
    await p
  } catch (err) {
    return err as Error & { code?: string; fields?: { field: string; message: string }[] }
  }
  throw new Error('expected a rejection')
}

describe.each(ENGINES)('official reports on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let files: ReturnType<typeof pdfDir>
  beforeAll(async () => {
    requirePdfTools()
    files = pdfDir()
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => {
    files.cleanup()
    await database?.close()
  })

  /** Kalix's case KS-2025-00483 with the revised scheme already registered as its first document. */
  async function kalix() {
    const w = await newWorld(deps)
    const jurist = await namedUser(deps, w, 'katja', 'Katja Sundström', 'caseOfficer')
    const c = await kalixCase(
      deps,
      w,
      'KS-2025-00483',
      'Revidering - Kommunstyrelsens delegationsordning',
    )
    const scheme = await registerDocument(deps, DEC_5, jurist, {
      caseId: c.id,
      direction: 'drawnUp',
      documentDate: '2025-12-05',
      description: 'Reviderad – Delegationsordning för kommunstyrelsen',
    })
    return { w, jurist, c, scheme: scheme.document }
  }

  it('finalises the Kalix report on item 16: PDF/A registered as drawn-up document KS-2025-00483-2, stored by hash, searchable', async () => {
    const { w, jurist, c, scheme } = await kalix()
    const draft = await createOfficialReport(deps, DEC_5, jurist, {
      ...kalixInput(w.committeeId, { decisionBasis: [{ documentId: scheme.id }] }),
      caseId: c.id,
    })
    expect(draft).toMatchObject({ status: 'draft', document_id: null, author_id: jurist.id })
    const preview = await officialReportHtml(deps, DEC_5, jurist, draft.id)
    expect(preview).toContain('Utkast – inte registrerat')

    const done = await finaliseOfficialReport(deps, DEC_5, jurist, draft.id)
    expect(done.document).toMatchObject({
      registration_number: 'KS-2025-00483-2',
      document_number: 2,
      direction: 'drawnUp',
      document_date: '2025-12-05',
      description: 'Tjänsteskrivelse – Kommunstyrelsens delegationsordning - revidering',
      confidential: false,
    })
    expect(done.report).toMatchObject({ status: 'final', document_id: done.document.id })

    // The registered bytes are the PDF, by their SHA-256.
    const read = await deps.files.read(done.file.sha256)
    if (!('bytes' in read)) throw new Error(`stored PDF: ${read.problem}`)
    expect(done.report.pdf_sha256).toBe(done.file.sha256)
    const path = files.save('kalix-tjansteskrivelse.pdf', read.bytes)
    expectArchivalPdf(
      path,
      'Tjänsteskrivelse – Kommunstyrelsens delegationsordning - revidering',
      /^Testkommun /,
    )
    const text = flatText(path)
    expectInOrder(text, [
      'Kommunledningsförvaltningen',
      'Tjänsteskrivelse',
      'Datum 2025-12-05',
      'Diarienummer KS-2025-00483',
      'Till Kommunstyrelsen',
      'Kommunstyrelsens delegationsordning - revidering',
      'Förslag till beslut',
      'Kommunledningsförvaltningen föreslår kommunstyrelsen anta reviderad delegationsordning för kommunstyrelsen.',
      'Beskrivning av ärendet',
      'jävsnämnd, samhällsbyggnadsnämnd samt fritid- och kulturnämnd upphöra',
      'Jämställdhetsanalys',
      'påverkar inte jämställdheten',
      'Barnrättskonsekvensanalys',
      'Barnets bästa',
      'Beslutsunderlag',
      'Reviderad – Delegationsordning för kommunstyrelsen',
      'I tjänsten',
      'Katja Sundström',
      'Kommunjurist',
      'katja.sundstrom@kalix.se',
    ])
    expect(text).not.toContain('Utkast')

    // In the case, with the right direction and number.
    const caseView = await readCase(deps, DEC_5, jurist, c.id)
    expect(
      caseView.documents.map((d) => [d.document.registration_number, d.document.direction]),
    ).toEqual([
      ['KS-2025-00483-1', 'drawnUp'],
      ['KS-2025-00483-2', 'drawnUp'],
    ])
    expect(caseView.documents[1]?.files.map((f) => [f.sha256, f.media_type])).toEqual([
      [done.file.sha256, 'application/pdf'],
    ])
    // Searchable by words of its text.
    const hits = await searchRegistry(deps, jurist, { q: 'nämndsorganisationen' }, false)
    expect(hits.rows.map((r) => r.registration_number)).toContain('KS-2025-00483-2')

    // The stored HTML is served for a final report.
    const html = await officialReportHtml(deps, DEC_5, jurist, draft.id)
    expect(html).toContain('<h2 id="childRightsAnalysis">Barnrättskonsekvensanalys</h2>')
    expect(html).not.toContain('Utkast')

    // One transaction, one request id: the registration and the finalising.
    const events = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'data'])
      .where('municipality_id', '=', w.municipalityId)
      .orderBy('seq', 'desc')
      .limit(2)
      .execute()
    expect(events.map((e) => [e.action, e.entity_id]).reverse()).toEqual([
      ['document.register', done.document.id],
      ['officialReport.finalise', draft.id],
    ])
    const ids = events.map((e) => (e.data as { requestId: string }).requestId)
    expect(ids[0]).toBe(ids[1])

    // What the notice prints for the item.
    expect(await officialReportForNotice(deps.db, w.committeeId, c.id)).toMatchObject({
      documentId: done.document.id,
      documentLine: 'Tjänsteskrivelse 2025-12-05, Kommunstyrelsens delegationsordning - revidering',
      proposedDecision: kalixDelegationReport().proposedDecision,
      decisionBasis: ['Reviderad – Delegationsordning för kommunstyrelsen'],
    })
  })

  it('keeps a final report as it is: edits are refused, also by the database; a correction is a new report', async () => {
    const { w, jurist, c } = await kalix()
    const draft = await createOfficialReport(deps, DEC_5, jurist, {
      ...kalixInput(w.committeeId),
      caseId: c.id,
    })
    const first = await finaliseOfficialReport(deps, DEC_5, jurist, draft.id)
    const edit = await rejection(
      updateOfficialReportDraft(deps, DEC_5, jurist, {
        ...kalixInput(w.committeeId),
        reportId: draft.id,
      }),
    )
    expect(edit.code).toBe('official_report_final')
    expect(edit.message).toContain('Gör en ny version som ersätter den')
    await expect(discardOfficialReport(deps, DEC_5, jurist, draft.id)).rejects.toMatchObject({
      code: 'official_report_final',
    })
    await expect(finaliseOfficialReport(deps, DEC_5, jurist, draft.id)).rejects.toMatchObject({
      code: 'official_report_final',
    })
    await expect(
      sql`update official_reports set title = 'Ändrad' where id = ${draft.id}`.execute(deps.db),
    ).rejects.toThrow(/cannot be changed/)
    await expect(
      sql`insert into official_report_basis (report_id, position, title) values (${draft.id}, 9, 'x')`.execute(
        deps.db,
      ),
    ).rejects.toThrow(/cannot be changed/)

    const fix = await reviseOfficialReport(
      deps,
      fixedCtx('2025-12-08T09:00:00+01:00'),
      jurist,
      draft.id,
    )
    expect(fix).toMatchObject({
      status: 'draft',
      supersedes_id: draft.id,
      report_date: '2025-12-08',
    })
    await expect(reviseOfficialReport(deps, DEC_5, jurist, draft.id)).rejects.toMatchObject({
      code: 'official_report_superseded',
    })
    await updateOfficialReportDraft(deps, fixedCtx('2025-12-08T09:05:00+01:00'), jurist, {
      ...kalixInput(w.committeeId),
      reportId: fix.id,
      reportDate: '2025-12-08',
      proposedDecision:
        'Kommunledningsförvaltningen föreslår kommunstyrelsen anta reviderad delegationsordning för kommunstyrelsen att gälla från och med 2026-01-01.',
    })
    const second = await finaliseOfficialReport(
      deps,
      fixedCtx('2025-12-08T09:10:00+01:00'),
      jurist,
      fix.id,
    )
    expect(second.document.registration_number).toBe('KS-2025-00483-3')
    const read = await deps.files.read(second.file.sha256)
    if (!('bytes' in read)) throw new Error(read.problem)
    const path = files.save('kalix-rattad.pdf', read.bytes)
    expect(flatText(path)).toContain(`Ersätter ${first.document.registration_number}`)

    const list = await listCaseReports(deps, jurist, c.id)
    expect(list.reports.map((r) => [r.report.status, r.supersededBy])).toEqual([
      ['final', fix.id],
      ['final', null],
    ])
    expect((await readOfficialReport(deps, DEC_5, jurist, draft.id)).supersededBy).toBe(fix.id)
    expect((await officialReportForNotice(deps.db, w.committeeId, c.id))?.reportId).toBe(fix.id)
  })

  it('lists every problem in Swedish, and refuses to register an incomplete report', async () => {
    const { w, jurist, c } = await kalix()
    const other = await kalixCase(deps, w, 'KS-2025-00461', 'Uppföljning - ANDTS-plan 2025')
    const foreignDoc = await registerDocument(deps, DEC_5, jurist, {
      caseId: other.id,
      direction: 'drawnUp',
      documentDate: '2025-11-13',
      description: 'ANDTS-plan',
    })
    const err = await rejection(
      createOfficialReport(deps, DEC_5, jurist, {
        ...kalixInput(w.committeeId),
        caseId: c.id,
        title: '',
        reportDate: '2025-12-24',
        signature: {
          name: 'Katja Sundström',
          title: 'Kommunjurist',
          email: 'katja',
          phone: 'ring',
        },
        confidentialityGround: 'hemligt',
      }),
    )
    expect(err.code).toBe('validation_failed')
    expect(err.fields).toEqual([
      { field: 'title', message: 'Ange rubrik.' },
      { field: 'reportDate', message: 'Datumet kan inte ligga i framtiden.' },
      {
        field: 'signature.email',
        message: 'Ange en e-postadress, t.ex. fornamn.efternamn@kommun.se.',
      },
      {
        field: 'signature.phone',
        message: 'Ange ett telefonnummer med siffror, t.ex. 0923-650 00.',
      },
      {
        field: 'confidentialityGround',
        message:
          'Ange sekretessgrund som lagrum i offentlighets- och sekretesslagen, t.ex. OSL 26:1.',
      },
    ])
    await expect(
      createOfficialReport(deps, DEC_5, jurist, {
        ...kalixInput(w.committeeId),
        caseId: c.id,
        decisionBasis: [{ documentId: foreignDoc.document.id }, { title: ' ' }],
      }),
    ).rejects.toMatchObject({
      fields: [
        { field: 'decisionBasis[0].documentId', message: 'Handlingen finns inte i ärendet.' },
        {
          field: 'decisionBasis[1]',
          message: 'Ange handlingens titel eller välj en handling i ärendet.',
        },
      ],
    })

    // A draft may be unfinished; registering it may not.
    const sketch = await createOfficialReport(deps, DEC_5, jurist, {
      committeeId: w.committeeId,
      caseId: c.id,
      title: 'Kommunstyrelsens delegationsordning - revidering',
    })
    expect(sketch).toMatchObject({ signed_by_name: 'Katja Sundström', signed_by_title: '' })
    const incomplete = await rejection(finaliseOfficialReport(deps, DEC_5, jurist, sketch.id))
    expect(incomplete.code).toBe('report_incomplete')
    expect(incomplete.fields?.map((f) => f.field)).toEqual([
      'proposedDecision',
      'description',
      'signature.title',
    ])
    const docs = await readCase(deps, DEC_5, jurist, c.id)
    expect(docs.documents).toHaveLength(1)
  })

  it('has kansli verify check the stored HTML of a final report; an altered one is not served', async () => {
    const { w, jurist, c } = await kalix()
    const draft = await createOfficialReport(deps, DEC_5, jurist, {
      ...kalixInput(w.committeeId),
      caseId: c.id,
    })
    const done = await finaliseOfficialReport(deps, DEC_5, jurist, draft.id)
    const sha = done.report.html_sha256!
    expect((await verifyAllFiles(deps)).problems).toEqual([])
    // Files are stored read-only; tampering needs the owner to make them writable first.
    const root = (deps.files as unknown as { root: string }).root
    const path = join(root, sha.slice(0, 2), sha.slice(2, 4), sha)
    chmodSync(path, 0o644)
    writeFileSync(path, '<p>krypterad av utpressningsprogram</p>')
    const { problems } = await verifyAllFiles(deps)
    expect(problems).toEqual([
      expect.objectContaining({
        belongsTo: `Tjänsteskrivelse ${done.document.registration_number} (HTML)`,
        problem: 'altered',
        sha256: sha,
      }),
    ])
    await expect(officialReportHtml(deps, DEC_5, jurist, draft.id)).rejects.toMatchObject({
      code: 'file_altered',
    })
  })

  it('leaves the report a draft and registers nothing when the registration fails', async () => {
    const { w, jurist, c } = await kalix()
    const draft = await createOfficialReport(deps, DEC_5, jurist, {
      ...kalixInput(w.committeeId),
      caseId: c.id,
    })
    await changeCaseStatus(deps, DEC_5, await w.user('registrar'), {
      caseId: c.id,
      status: 'closed',
    })
    await expect(finaliseOfficialReport(deps, DEC_5, jurist, draft.id)).rejects.toMatchObject({
      code: 'case_closed',
    })
    const after = await readOfficialReport(deps, DEC_5, jurist, draft.id)
    expect(after.report).toMatchObject({ status: 'draft', document_id: null })
    const actions = await deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('municipality_id', '=', w.municipalityId)
      .where('action', 'in', ['officialReport.finalise', 'document.register'])
      .execute()
    expect(actions.map((a) => a.action)).toEqual(['document.register'])
    await expect(
      createOfficialReport(deps, DEC_5, jurist, { ...kalixInput(w.committeeId), caseId: c.id }),
    ).rejects.toMatchObject({ code: 'case_closed' })
  })

  it("lets case officers and secretaries write, not members; drafts are the author's; confidential reports only for the entitled", async () => {
    const { w, jurist, c } = await kalix()
    const member = await namedUser(deps, w, 'susanne', 'Susanne Andersson', 'member')
    const memberTry = await rejection(
      createOfficialReport(deps, DEC_5, member, { ...kalixInput(w.committeeId), caseId: c.id }),
    )
    expect(memberTry).toMatchObject({
      code: 'forbidden',
      message: 'Du har inte behörighet att skriva tjänsteskrivelser.',
    })

    const draft = await createOfficialReport(deps, DEC_5, jurist, {
      ...kalixInput(w.committeeId),
      caseId: c.id,
    })
    const colleague: Actor = await w.user('caseOfficer')
    await expect(
      updateOfficialReportDraft(deps, DEC_5, colleague, {
        ...kalixInput(w.committeeId),
        reportId: draft.id,
      }),
    ).rejects.toThrow('Bara den som skrivit tjänsteskrivelsen kan ändra den.')
    await expect(finaliseOfficialReport(deps, DEC_5, member, draft.id)).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(readOfficialReport(deps, DEC_5, member, draft.id)).rejects.toMatchObject({
      code: 'forbidden',
    })
    const secretary = await namedUser(deps, w, 'johanna', 'Johanna Granström', 'secretary')
    const byClerk = await updateOfficialReportDraft(deps, DEC_5, secretary, {
      ...kalixInput(w.committeeId),
      reportId: draft.id,
      summary: 'Kommunstyrelsens delegationsordning anpassas till den nya nämndsorganisationen.',
    })
    expect(byClerk.author_id).toBe(jurist.id)

    // A confidential report: its author and the registrar read it (audited), a colleague does not.
    const secret = await createOfficialReport(deps, fixedCtx('2025-12-05T14:30:00+01:00'), jurist, {
      ...kalixInput(w.committeeId),
      caseId: c.id,
      title: 'Förhandling om avgångsvederlag',
      confidentialityGround: 'OSL 39 kap. 3 §',
    })
    expect(secret.confidentiality_ground).toBe('OSL 39:3')
    await expect(readOfficialReport(deps, DEC_5, colleague, secret.id)).rejects.toMatchObject({
      code: 'confidential',
    })
    const listed = await listCaseReports(deps, colleague, c.id)
    expect(listed.reports.map((r) => r.readable)).toEqual([true, false])
    const registrar = await w.user('registrar')
    expect((await readOfficialReport(deps, DEC_5, registrar, secret.id)).report.title).toBe(
      'Förhandling om avgångsvederlag',
    )
    const final = await finaliseOfficialReport(deps, DEC_5, jurist, secret.id)
    expect(final.document).toMatchObject({ confidential: true, confidentiality_ground: 'OSL 39:3' })
    expect(await officialReportForNotice(deps.db, w.committeeId, c.id)).toBeNull()
    const reads = await deps.db
      .selectFrom('audit_events')
      .select('actor_id')
      .where('municipality_id', '=', w.municipalityId)
      .where('action', '=', 'officialReport.readConfidential')
      .execute()
    expect(reads.map((r) => r.actor_id)).toEqual([registrar.id])
  })
})
