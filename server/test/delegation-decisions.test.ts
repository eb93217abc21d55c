import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor, Deps } from '../src/services/context.js'
import { kalixNotice } from '../src/render/examples/kalix-notice.js'
import type { DelegatedDecisionView } from '../src/render/view-models.js'
import { addMember } from '../src/services/committees/memberships.js'
import { cancelMeeting, openMeeting, sendNotice } from '../src/services/meetings/meeting-status.js'
import { closeMeeting } from '../src/services/meetings/close-meeting.js'
import { rollCall } from '../src/services/meetings/roll-call.js'
import { scheduleMeeting } from '../src/services/meetings/schedule-meeting.js'
import {
  assignUnreportedToMeeting,
  delegationReportForMeeting,
} from '../src/services/delegation/delegation-report.js'
import type { DecisionInput } from '../src/services/delegation/decision-fields.js'
import { delegatedDecisionAppeal } from '../src/services/delegation/appeal-window.js'
import { listDecisions } from '../src/services/delegation/read-decisions.js'
import {
  correctDelegatedDecision,
  registerDelegatedDecision,
  withdrawDelegatedDecision,
} from '../src/services/delegation/register-decision.js'
import { adoptVersion, createDraftVersion } from '../src/services/delegation/scheme-versions.js'
import { readVersion } from '../src/services/delegation/read-scheme.js'
import { updatePoint } from '../src/services/delegation/scheme-points.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, newWorld, testDeps, type World } from './support/builders.js'
import {
  KALIX_POINTS,
  kalixCase,
  kalixKsMeeting,
  kalixScheme,
} from './support/delegation-builders.js'
import { namedUser, newTerm } from './support/meeting-builders.js'

const DEC_10 = fixedCtx('2025-12-10T10:00:00+01:00')
const PERIOD = { from: '2025-11-05', to: '2025-12-09' }
const UNIT_HEAD = { name: 'Jenni Yli', title: 'Enhetschef service- och kommunikationsenheten' }
const CHAIR = { name: 'Susanne Andersson', title: 'Kommunstyrelsens ordförande' }
const FINANCE = { name: 'Jeanette Larsson', title: 'Ekonomichef' }

type SeedRow = Omit<DecisionInput, 'committeeId' | 'caseId'> & { dnr?: string }

/**
 * The rows of "Redovisning delegerade ärenden" in the Kalix notice of 2025-12-15, in the seed's
 * order (neither by point nor by date), as a secretary registers them.
 */
const KALIX_ROWS: SeedRow[] = [
  {
    decidedOn: '2025-11-18',
    dnr: '2025-00462',
    decisionMaker: UNIT_HEAD,
    action:
      'Tecknat avtal mellan REK AI AB och Kalix kommun. REK AI är ett molnbaserat verktyg för att skapa personliga användarupplevelser vid besök av webbsidor och applikationer',
    point: '10.1',
  },
  {
    decidedOn: '2025-11-20',
    dnr: '2025-00469',
    decisionMaker: { name: 'Fredrik Lind', title: 'IT-chef' },
    action:
      'Tecknat avtal mellan Atea AV och Kalix kommun. Avtalet avser en direktupphandling av ny teknik till sessionssalen.',
    point: '10.1',
  },
  {
    decidedOn: '2025-11-21',
    dnr: '2025-00473',
    decisionMaker: FINANCE,
    action:
      'Beslutat att omplacera befintligt lån KI_159532 på 50 mnkr med ett nytt lån på 45 mnkr (och därmed amortera 5 mnkr) hos Kommuninvest.',
    point: '7.2',
    amountSek: 45_000_000,
  },
  {
    decidedOn: '2025-11-26',
    dnr: '2025-00471',
    decisionMaker: CHAIR,
    action: 'Yttrande över komplettering till ärende sökta koncessioner inom Ängeså sameby.',
    point: '13.1',
  },
  {
    decidedOn: '2025-12-09',
    dnr: '2025-00500',
    decisionMaker: UNIT_HEAD,
    action:
      'Tecknat avtal mellan Mirror Partner Utveckling AB och Kalix kommun. Mirror levererar tjänster inom webbutveckling, systemutveckling, kommunikation och IT.',
    point: '10.1',
  },
  {
    decidedOn: '2025-12-02',
    dnr: '2025-00394',
    decisionMaker: CHAIR,
    action:
      'Bekräftat åtagandet att stödja genomförandet av det föreslagna Interreg Aurorafinansierade projektet Bothnian Coastal Route 2.',
    point: '13.1',
  },
  {
    decidedOn: '2025-11-21',
    dnr: '2025-00474',
    decisionMaker: FINANCE,
    action: 'Beslutat att omplacera befintligt lån hos Kommuninvest.',
    point: '7.2',
  },
  {
    decidedOn: '2025-12-05',
    dnr: '2025-00346',
    decisionMaker: CHAIR,
    action: 'Yttrande över detaljplaneförslag för kv Tallen.',
    point: '4.1',
  },
  {
    kind: 'periodSummary',
    period: PERIOD,
    unit: 'Service- och kommunikationsenheten',
    action:
      'Beslut fattats om remittering av framställningar och överlämnade av ärenden för handläggning.',
  },
  {
    kind: 'periodSummary',
    period: PERIOD,
    unit: 'Arbetsgivarenheten',
    action:
      'Beslut fattats om anställningar, arbetsbefrämjande åtgärder, förhandlingar, löneplaceringar, pensioner, avbetalningsplaner och tjänstledigheter.',
  },
  {
    kind: 'periodSummary',
    period: PERIOD,
    unit: 'Kommunstyrelsens arbets- och personalutskott',
    action: 'Beslut fattats i enlighet med protokoll den 20 oktober 2025, §§ 89-101.',
  },
]

/**
 * What Kansli prints differs from the seed's table (as render/examples/kalix-notice.ts
 * transcribes it) in two ways only: the full case number with its series ("KS-2025-00462",
 * where Kalix's table drops "KS-"), and the decision maker always as "title name" (the seed
 * writes the chair "Susanne Andersson, kommunstyrelsens ordförande").
 */
function expectedFromSeed(): DelegatedDecisionView[] {
  const item = kalixNotice().items.find((i) => i.number === 6)!
  const makers: Record<string, string> = {
    'Enhetschef service- och kommunikationsenheten, Jenni Yli':
      'Enhetschef service- och kommunikationsenheten Jenni Yli',
    'Susanne Andersson, kommunstyrelsens ordförande':
      'Kommunstyrelsens ordförande Susanne Andersson',
  }
  return item.delegatedDecisions!.map((r) => ({
    ...r,
    ...(r.caseNumber ? { caseNumber: `KS-${r.caseNumber}` } : {}),
    decisionMaker: makers[r.decisionMaker] ?? r.decisionMaker,
  }))
}

describe.each(ENGINES)('delegated decisions on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  async function kalix() {
    const w = await newWorld(deps)
    const { secretary, meeting } = await kalixKsMeeting(deps, w)
    const scheme = await kalixScheme(deps, w, secretary)
    const register = async (row: SeedRow, extra: Partial<DecisionInput> = {}) => {
      const c = row.dnr ? await kalixCase(deps, w, row.dnr, `Ärende ${row.dnr}`) : null
      const { dnr: _dnr, ...input } = row
      return registerDelegatedDecision(deps, DEC_10, secretary, {
        ...input,
        committeeId: w.committeeId,
        caseId: c?.id ?? null,
        reportLater: true,
        ...extra,
      })
    }
    return { w, secretary, meeting, scheme, register }
  }

  it("rebuilds the Kalix delegation report of 2025-12-15: the seed's eleven rows in the seed's order", async () => {
    const { w, secretary, meeting, register } = await kalix()
    for (const row of KALIX_ROWS) await register(row)
    // Neither taken after the cut-off nor minuted separately belongs in the report.
    await register({
      decidedOn: '2025-12-10',
      decisionMaker: FINANCE,
      action: 'Senare beslut.',
      point: '7.2',
    })
    await register(
      {
        decidedOn: '2025-11-24',
        decisionMaker: CHAIR,
        action: 'Särskilt protokollfört.',
        point: '13.1',
      },
      {
        reportLater: false,
        separateMinutes: true,
        separateMinutesReference: 'Ordförandebeslut 2025:7',
      },
    )
    expect(await delegationReportForMeeting(deps.db, secretary, meeting.id)).toEqual([])

    const { assigned } = await assignUnreportedToMeeting(deps, DEC_10, secretary, {
      meetingId: meeting.id,
      until: '2025-12-09',
    })
    expect(assigned).toHaveLength(11)
    const report = await delegationReportForMeeting(deps.db, secretary, meeting.id)
    expect(report).toEqual(expectedFromSeed())
    expect(report.map((r) => r.point ?? '')).toEqual([
      '10.1',
      '10.1',
      '7.2',
      '13.1',
      '10.1',
      '13.1',
      '7.2',
      '4.1',
      '',
      '',
      '',
    ])

    // On request, by point and date, summaries still last.
    const byPoint = await delegationReportForMeeting(deps.db, secretary, meeting.id, {
      order: 'point',
    })
    expect(byPoint.map((r) => `${r.point ?? '-'} ${r.date ?? r.period?.from}`)).toEqual([
      '4.1 2025-12-05',
      '7.2 2025-11-21',
      '7.2 2025-11-21',
      '10.1 2025-11-18',
      '10.1 2025-11-20',
      '10.1 2025-12-09',
      '13.1 2025-11-26',
      '13.1 2025-12-02',
      '- 2025-11-05',
      '- 2025-11-05',
      '- 2025-11-05',
    ])

    const left = await listDecisions(deps, secretary, {
      committeeId: w.committeeId,
      state: 'unreported',
    })
    expect(left.map((d) => d.action)).toEqual(['Senare beslut.'])
    const separate = await listDecisions(deps, secretary, {
      committeeId: w.committeeId,
      state: 'separateMinutes',
    })
    expect(separate.map((d) => d.separate_minutes_reference)).toEqual(['Ordförandebeslut 2025:7'])
    expect(delegatedDecisionAppeal(separate[0]!)).toEqual({
      recordedIn: 'separateMinutes',
      startsOn: null,
      period: null,
    })
    // Once the separate protocol is posted, its appeal period runs three weeks from then
    // (rule 30): posted Tue 2025-12-02, last day Tue 2025-12-23.
    const posted = await correctDelegatedDecision(deps, DEC_10, secretary, {
      decisionId: separate[0]!.id,
      decidedOn: '2025-11-24',
      decisionMaker: CHAIR,
      action: 'Särskilt protokollfört.',
      point: '13.1',
      separateMinutes: true,
      separateMinutesReference: 'Ordförandebeslut 2025:7',
      separateMinutesPostedOn: '2025-12-02',
    })
    expect(delegatedDecisionAppeal(posted)).toEqual({
      recordedIn: 'separateMinutes',
      startsOn: '2025-12-02',
      period: { postedOn: '2025-12-02', lastAppealDay: '2025-12-23', takeDownOn: '2025-12-24' },
    })
    expect(delegatedDecisionAppeal(left[0]!)).toBeNull()
    // A second run assigns nothing twice.
    const again = await assignUnreportedToMeeting(deps, DEC_10, secretary, {
      meetingId: meeting.id,
    })
    expect(again.assigned).toEqual([left[0]!.id])

    const audit = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'data'])
      .where('municipality_id', '=', w.municipalityId)
      .where('action', '=', 'delegation.assignToMeeting')
      .orderBy('seq')
      .execute()
    expect(
      audit.map((a) => (a.data as { delegatedDecisions: string[] }).delegatedDecisions),
    ).toEqual([assigned, [left[0]!.id]])
  })

  it("refuses a decision outside the validity of its point's version, and a point not in force", async () => {
    const { w, secretary, scheme } = await kalix()
    const draft = await createDraftVersion(deps, DEC_10, secretary, { committeeId: w.committeeId })
    await adoptVersion(deps, DEC_10, secretary, {
      versionId: draft.id,
      adoptedOn: '2025-12-10',
      validFrom: '2026-01-01',
    })
    const january = fixedCtx('2026-01-12T10:00:00+01:00')
    const base = {
      committeeId: w.committeeId,
      decisionMaker: FINANCE,
      action: 'Beslutat att omplacera befintligt lån hos Kommuninvest.',
      reportLater: true,
    }
    // Version 1's point, by id, for a decision in January 2026: version 1 ended 2025-12-31.
    const outside = await registerDelegatedDecision(deps, january, secretary, {
      ...base,
      decidedOn: '2026-01-08',
      pointId: scheme.points.get('7.2'),
    }).catch((e: Error & { code: string; fields: { field: string }[] }) => e)
    expect(outside).toMatchObject({
      code: 'outside_delegation_validity',
      message:
        'Delegationsordningen version 1 gällde inte 2026-01-08 (den gäller 2023-01-01–2025-12-31).',
    })
    // By number, the point is looked up in version 2, which has it (a copy).
    const ok = await registerDelegatedDecision(deps, january, secretary, {
      ...base,
      decidedOn: '2026-01-08',
      point: '7.2',
    })
    expect(ok).toMatchObject({ point_number: '7.2', version_number: 2 })
    // A summary may not straddle two versions.
    await expect(
      registerDelegatedDecision(deps, january, secretary, {
        ...base,
        kind: 'periodSummary',
        unit: 'Arbetsgivarenheten',
        period: { from: '2025-12-15', to: '2026-01-09' },
        pointId: scheme.points.get('7.2'),
      }),
    ).rejects.toMatchObject({ code: 'outside_delegation_validity' })
    await expect(
      registerDelegatedDecision(deps, january, secretary, {
        ...base,
        decidedOn: '2026-01-08',
        point: '99.1',
      }),
    ).rejects.toThrow(
      'Punkt 99.1 finns inte i delegationsordningen som gällde 2026-01-08 (version 2).',
    )
    await expect(
      registerDelegatedDecision(deps, january, secretary, {
        ...base,
        decidedOn: '2022-06-01',
        point: '7.2',
      }),
    ).rejects.toThrow('Det fanns ingen antagen delegationsordning som gällde 2022-06-01.')
  })

  it('validates with Swedish field errors and refuses what falls outside the delegation', async () => {
    const { w, secretary, scheme, meeting } = await kalix()
    const err = await registerDelegatedDecision(deps, DEC_10, secretary, {
      committeeId: w.committeeId,
      decidedOn: '2025-12-24',
      action: '',
    }).catch((e: Error & { code: string; fields: { field: string; message: string }[] }) => e)
    expect(err.code).toBe('validation_failed')
    expect(err.fields).toEqual([
      { field: 'reportTo', message: 'Välj anmälan till nämnd eller särskilt protokoll.' },
      { field: 'decidedOn', message: 'Datumet kan inte ligga i framtiden.' },
      { field: 'point', message: 'Ange delegationspunkten beslutet fattats enligt.' },
      { field: 'decisionMaker.name', message: 'Ange beslutsfattarens namn.' },
      { field: 'action', message: 'Ange vad som beslutats.' },
    ])
    const summary = await registerDelegatedDecision(deps, DEC_10, secretary, {
      committeeId: w.committeeId,
      kind: 'periodSummary',
      period: { from: '2025-12-09', to: '2025-11-05' },
      action: 'Beslut om anställningar.',
      separateMinutes: true,
    }).catch((e: Error & { fields: { field: string }[] }) => e)
    expect(summary.fields.map((f) => f.field)).toEqual(['period.to', 'unit'])

    const base = {
      committeeId: w.committeeId,
      decidedOn: '2025-11-21',
      pointId: scheme.points.get('7.2'),
      decisionMaker: FINANCE,
      action: 'Nytt lån.',
    }
    // A loan above the point's limit is the committee's own decision (version 2 sets a limit).
    const draft = await createDraftVersion(deps, DEC_10, secretary, { committeeId: w.committeeId })
    const p72 = (await readVersion(deps, secretary, draft.id)).points.find(
      (p) => p.number === '7.2',
    )!
    await updatePoint(deps, DEC_10, secretary, {
      ...KALIX_POINTS[1]!,
      versionId: draft.id,
      pointId: p72.id,
      amountLimitSek: 50_000_000,
    })
    await adoptVersion(deps, DEC_10, secretary, {
      versionId: draft.id,
      adoptedOn: '2025-12-10',
      validFrom: '2026-01-01',
    })
    const january = fixedCtx('2026-01-12T10:00:00+01:00')
    const loan = { ...base, decidedOn: '2026-01-08', pointId: p72.id, reportLater: true }
    await expect(
      registerDelegatedDecision(deps, january, secretary, { ...loan, amountSek: 60_000_000 }),
    ).rejects.toMatchObject({
      code: 'outside_delegation_limit',
      // sv-SE groups thousands with a no-break space.
      message:
        'Beloppet överstiger delegationspunktens gräns (50\u00a0000\u00a0000 kr). Beslutet måste fattas av nämnden.',
    })
    const within = await registerDelegatedDecision(deps, january, secretary, {
      ...loan,
      amountSek: 45_000_000,
    })
    expect(within.amount_sek).toBe(45_000_000)
    // Reported to a meeting held before the decision: refused.
    const early = await kalixKsMeetingOn(w, secretary, '2025-11-17')
    await expect(
      registerDelegatedDecision(deps, DEC_10, secretary, { ...base, reportTo: early.id }),
    ).rejects.toThrow('Beslutet är fattat efter sammanträdet och kan inte anmälas där.')
    const reported = await registerDelegatedDecision(deps, DEC_10, secretary, {
      ...base,
      reportTo: meeting.id,
    })
    expect(reported.report_meeting_id).toBe(meeting.id)
  })

  async function kalixKsMeetingOn(w: World, secretary: Actor, meetsOn: string) {
    return scheduleMeeting(deps, fixedCtx('2025-11-01T10:00:00+01:00'), secretary, {
      committeeId: w.committeeId,
      meetsOn,
      startsAt: '13:00',
      place: 'Stadshuset',
    })
  }

  it('corrects and withdraws a decision until its meeting is closed, then keeps it as reported', async () => {
    const { w, secretary, meeting, register } = await kalix()
    const d = await register(KALIX_ROWS[6]!, { reportLater: false, reportTo: meeting.id })
    const corrected = await correctDelegatedDecision(deps, DEC_10, secretary, {
      decisionId: d.id,
      decidedOn: '2025-11-21',
      point: '7.2',
      decisionMaker: FINANCE,
      action: 'Beslutat att omplacera befintligt lån KI_159533 hos Kommuninvest.',
      reportTo: meeting.id,
    })
    expect(corrected).toMatchObject({ action: expect.stringContaining('KI_159533'), case_id: null })
    const mistake = await register(KALIX_ROWS[0]!)
    await withdrawDelegatedDecision(deps, DEC_10, secretary, mistake.id)
    expect(
      (await listDecisions(deps, secretary, { committeeId: w.committeeId })).map((x) => x.id),
    ).toEqual([d.id])

    const day = fixedCtx('2025-12-15T09:00:00+01:00')
    const term = await newTerm(deps, w)
    const chair = await addMember(deps, DEC_10, w.system, {
      committeeId: w.committeeId,
      termId: term.id,
      name: 'Susanne Andersson',
      party: 'S',
      role: 'chair',
    })
    await sendNotice(deps, fixedCtx('2025-12-05T09:00:00+01:00'), secretary, {
      meetingId: meeting.id,
    })
    await openMeeting(deps, day, secretary, { meetingId: meeting.id })
    await rollCall(deps, day, secretary, { meetingId: meeting.id, present: [chair.id] })
    await closeMeeting(deps, fixedCtx('2025-12-15T12:00:00+01:00'), secretary, {
      meetingId: meeting.id,
      endsAt: '12:00',
    })
    await expect(withdrawDelegatedDecision(deps, day, secretary, d.id)).rejects.toMatchObject({
      code: 'meeting_report_closed',
    })
    await expect(
      assignUnreportedToMeeting(deps, day, secretary, { meetingId: meeting.id }),
    ).rejects.toThrow(
      'Sammanträdet är avslutat; redovisningen av delegationsbeslut kan inte längre ändras.',
    )
    expect(await delegationReportForMeeting(deps.db, secretary, meeting.id)).toHaveLength(1)
    const other = await kalixKsMeetingOn(w, secretary, '2026-02-02')
    await cancelMeeting(deps, DEC_10, secretary, { meetingId: other.id, reason: 'Inställt.' })
    await expect(
      assignUnreportedToMeeting(deps, DEC_10, secretary, { meetingId: other.id }),
    ).rejects.toMatchObject({ code: 'meeting_report_closed' })
  })

  it('starts the appeal clock of a reported decision at the posting of the minutes (rule 30)', async () => {
    const { secretary, meeting, register } = await kalix()
    const d = await register(KALIX_ROWS[2]!, { reportLater: false, reportTo: meeting.id })
    expect(delegatedDecisionAppeal(d)).toEqual({
      recordedIn: 'minutes',
      startsOn: null,
      period: null,
    })
    // The posting as the minutes' attestation writes it (tables of migration 0006).
    const sha = 'ab'.repeat(32)
    const at = new Date('2025-12-19T10:00:00+01:00')
    await deps.db
      .insertInto('stored_files')
      .values({ sha256: sha, size: 1, created_at: at })
      .execute()
    const doc = await deps.db
      .insertInto('minutes_documents')
      .values({
        municipality_id: meeting.municipality_id,
        meeting_id: meeting.id,
        kind: 'minutes',
        status: 'attested',
        view: '{}',
        stored_at: 'Kommunledningsförvaltningen',
        unsigned_sha256: sha,
        current_sha256: sha,
        finalised_at: at,
        attested_at: at,
        attested_on: '2025-12-18',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await deps.db
      .insertInto('postings')
      .values({
        municipality_id: meeting.municipality_id,
        meeting_id: meeting.id,
        minutes_document_id: doc.id,
        committee_id: meeting.committee_id,
        committee_name: 'Kommunstyrelsen',
        meeting_date: '2025-12-15',
        section_numbers: [200, 201],
        attested_on: '2025-12-18',
        posted_on: '2025-12-19',
        last_appeal_day: '2026-01-09',
        take_down_on: '2026-01-10',
        stored_at: 'Kommunledningsförvaltningen',
        signed_by: 'Johanna Granström',
        certificate_sha256: sha,
        created_at: at,
      })
      .execute()
    const [after] = await listDecisions(deps, secretary, {
      committeeId: meeting.committee_id,
      meetingId: meeting.id,
    })
    // Posted Fri 2025-12-19: three weeks on is Fri 2026-01-09, a working day.
    expect(delegatedDecisionAppeal(after!)).toEqual({
      recordedIn: 'minutes',
      startsOn: '2025-12-19',
      period: { postedOn: '2025-12-19', lastAppealDay: '2026-01-09', takeDownOn: '2026-01-10' },
    })
  })

  it("shows the report to the committee's members and to staff, not to others", async () => {
    const { w, secretary, meeting, register } = await kalix()
    await register(KALIX_ROWS[3]!, { reportLater: false, reportTo: meeting.id })
    const term = await newTerm(deps, w)
    const member = await namedUser(deps, w, 'susanne', 'Susanne Andersson', 'member')
    await addMember(deps, DEC_10, w.system, {
      committeeId: w.committeeId,
      termId: term.id,
      name: 'Susanne Andersson',
      userId: member.id,
      party: 'S',
      role: 'chair',
    })
    const outsider = await namedUser(deps, w, 'ulla', 'Ulla Utomstående', 'member')
    const officer = await w.user('caseOfficer')
    expect(await delegationReportForMeeting(deps.db, member, meeting.id)).toHaveLength(1)
    expect(await delegationReportForMeeting(deps.db, officer, meeting.id)).toHaveLength(1)
    await expect(delegationReportForMeeting(deps.db, outsider, meeting.id)).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(
      delegationReportForMeeting(deps.db, w.publicActor, meeting.id),
    ).rejects.toMatchObject({ code: 'unauthenticated' })
    await expect(
      registerDelegatedDecision(deps, DEC_10, member, {
        ...KALIX_ROWS[3]!,
        committeeId: w.committeeId,
        reportLater: true,
      }),
    ).rejects.toThrow('Du har inte behörighet att registrera delegationsbeslut.')
    await expect(
      delegationReportForMeeting(deps.db, secretary, '00000000-0000-0000-0000-000000000000'),
    ).rejects.toMatchObject({ code: 'meeting_not_found' })
  })
})
