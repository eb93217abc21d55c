import { chmodSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMember } from '../src/services/committees/memberships.js'
import { configureCommittee } from '../src/services/committees/settings.js'
import type { Actor, Deps } from '../src/services/context.js'
import { addAgendaItem } from '../src/services/meetings/agenda-items.js'
import { readMeetingAttendance } from '../src/services/meetings/attendance.js'
import { closeMeeting } from '../src/services/meetings/close-meeting.js'
import { recordDecision } from '../src/services/meetings/decision.js'
import { openMeeting, sendNotice } from '../src/services/meetings/meeting-status.js'
import { rollCall } from '../src/services/meetings/roll-call.js'
import { scheduleMeeting } from '../src/services/meetings/schedule-meeting.js'
import { listSentNotices, noticeHtml, noticePdf } from '../src/services/notices/read-notice.js'
import { sendSupplementaryNotice } from '../src/services/notices/send-supplementary.js'
import { currentAnnouncements } from '../src/services/notices/read-announcements.js'
import { createOfficialReport } from '../src/services/reports/official-reports.js'
import { finaliseOfficialReport } from '../src/services/reports/finalise-report.js'
import { verifyAllFiles } from '../src/services/recovery/verify-files.js'
import { createCase } from '../src/services/registry/create-case.js'
import { createCommittee } from '../src/services/registry/municipality.service.js'
import { registerDocument } from '../src/services/registry/register-document.js'
import { registerDelegatedDecision } from '../src/services/delegation/register-decision.js'
import { kalixScheme } from './support/delegation-builders.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import {
  fixedCtx,
  liveCtx,
  newWorld,
  storedFilePath,
  testDeps,
  type World,
} from './support/builders.js'
import { testApp, loginAs } from './support/http.js'
import {
  KALIX_2025_12_15,
  KALIX_KS,
  KALIX_KS_SEATS,
  KALIX_KS_SUBSTITUTES,
} from './support/kalix-meeting.js'
import { kalixSecretary, namedUser, newTerm, seat } from './support/meeting-builders.js'
import {
  expectArchivalPdf,
  expectInOrder,
  flatText,
  pdfDir,
  requirePdfTools,
} from './support/pdf-tools.js'

const files = pdfDir()
beforeAll(requirePdfTools)
afterAll(files.cleanup)

describe.each(ENGINES)('the notice (kallelse) on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  const before = fixedCtx('2025-11-10T10:00:00+01:00')
  const sendDay = fixedCtx('2025-12-05T15:00:00+01:00')

  /** Kalix KS with its seed cases, people (some with accounts) and the meeting of 2025-12-15. */
  async function kalix(w: World) {
    const secretary = await kalixSecretary(deps, w)
    const term = await newTerm(deps, w)
    const chair = await namedUser(deps, w, 'susanne', 'Susanne Andersson', 'member')
    const substitute = await namedUser(deps, w, 'asa', 'Åsa Lindqvist', 'member')
    const accounts = new Map([
      ['Susanne Andersson', chair.id],
      ['Åsa Lindqvist', substitute.id],
    ])
    for (const s of [...KALIX_KS_SEATS, ...KALIX_KS_SUBSTITUTES]) {
      await addMember(deps, liveCtx(), w.system, {
        committeeId: w.committeeId,
        termId: term.id,
        ...s,
        userId: accounts.get(s.name) ?? null,
      })
    }
    const cases = new Map<string, string>()
    for (const [line, dnr] of KALIX_2025_12_15) {
      if (!dnr) continue
      const [, year, seq] = /KS-(\d{4})-(\d{5})/.exec(dnr)!
      const c = await createCase(deps, before, w.system, {
        seriesPrefix: 'KS',
        title: line.replace(/^\d+\. /, ''),
        importedNumber: { year: Number(year), seq: Number(seq) },
      })
      cases.set(dnr, c.id)
    }
    const meeting = await scheduleMeeting(deps, before, secretary, {
      committeeId: w.committeeId,
      ...KALIX_KS,
    })
    return { secretary, chair, substitute, cases, meeting, term }
  }

  /**
   * The seed's twenty items, in order (the agenda test builds them out of order). Scheduling
   * made the three opening items; the others go in at their places around them.
   */
  async function kalixAgenda(secretary: Actor, meetingId: string, cases: Map<string, string>) {
    const opening = ['Upprop', 'Val av justerare', 'Godkännande av ärendelista']
    for (const [n, [line, dnr]] of KALIX_2025_12_15.entries()) {
      const title = line.replace(/^\d+\. /, '')
      if (opening.includes(title)) continue
      const kind = !dnr
        ? 'information'
        : title.startsWith('Meddelanden')
          ? 'communications'
          : title.startsWith('Redovisning - Delegerade')
            ? 'delegationReport'
            : 'case'
      await addAgendaItem(deps, before, secretary, {
        meetingId,
        kind,
        title,
        caseId: dnr ? cases.get(dnr) : null,
        position: n + 1,
      })
    }
  }

  async function communications(w: World, caseId: string) {
    const registrar = await w.user('registrar')
    await registerDocument(deps, fixedCtx('2025-12-03T09:00:00+01:00'), registrar, {
      caseId,
      direction: 'incoming',
      documentDate: '2025-12-03',
      counterpartName: 'Länsstyrelsen Norrbotten',
      counterpartKind: 'organisation',
      description: 'Beslut om revidering av kommuntal Norrbottens län 2025-12-02',
    })
    await registerDocument(deps, fixedCtx('2025-11-20T09:00:00+01:00'), registrar, {
      caseId,
      direction: 'incoming',
      documentDate: '2025-11-20',
      counterpartName: 'Kollektivtrafikmyndigheten',
      counterpartKind: 'organisation',
      description: 'Protokoll – Extra stämma 2025-10-12',
    })
    // A letter from a private person about their own situation: sender and subject protected.
    await registerDocument(deps, fixedCtx('2025-11-25T09:00:00+01:00'), registrar, {
      caseId,
      direction: 'incoming',
      documentDate: '2025-11-25',
      counterpartName: 'Birgitta Sjöholm',
      counterpartKind: 'person',
      description: 'Skrivelse om Birgitta Sjöholms skuldsanering',
      confidentiality: {
        ground: 'OSL 26:1',
        protectCounterpart: true,
        protectDescription: true,
      },
    })
  }

  it('sends the Kalix notice of 2025-12-15: the twenty items with their case numbers, as sent, to members and substitutes', async () => {
    const w = await newWorld(deps)
    const { secretary, cases, meeting } = await kalix(w)
    await kalixAgenda(secretary, meeting.id, cases)
    await communications(w, cases.get('Dnr KS-2025-00466')!)

    const sent = await sendNotice(deps, sendDay, secretary, { meetingId: meeting.id })
    expect(sent.notice).toMatchObject({ deadline: '2025-12-08', late: false })
    expect(sent.issued).toMatchObject({ summoned: 3, forInformation: 2 })
    expect(sent.issued.withoutAccount.sort()).toEqual([
      'Agnetha Öberg',
      'Per-Erik Ström',
      'Tommy Nyström',
    ])

    const pdf = await noticePdf(deps, sendDay, secretary, meeting.id)
    expect(pdf.mediaType).toBe('application/pdf')
    expect(pdf.fileName).toBe('kallelse-2025-12-15.pdf')
    const path = files.save(`kallelse-${engine}.pdf`, pdf.bytes)
    expectArchivalPdf(path, 'Kallelse – Kommunstyrelsen 2025-12-15', /^Testkommun /)
    const text = flatText(path)
    // The ÄRENDEN list: every item in the seed's order, with its Dnr under it.
    expectInOrder(
      text,
      KALIX_2025_12_15.flatMap(([line, dnr]) => [
        line.split(' - ')[0]!,
        ...(dnr ? [dnr.replace('Dnr ', '')] : []),
      ]),
    )
    expect(text).toContain('Folkets hus, Bergön')
    expect(text).toContain('Johanna Granström')
    expect(text).toContain('Susanne Andersson')
    // Communications by date, Datum / Handling / Avsändare; the protected ones masked.
    expectInOrder(text, [
      '2025-11-20',
      'Protokoll – Extra stämma 2025-10-12',
      'Kollektivtrafikmyndigheten',
      '2025-11-25',
      'Sekretess enligt OSL 26:1',
      '2025-12-03',
      'Beslut om revidering av kommuntal',
      'Länsstyrelsen Norrbotten',
    ])
    expect(text).not.toContain('Sjöholm')

    const [notice] = await listSentNotices(deps, secretary, meeting.id)
    expect(notice!.notice).toMatchObject({ sequence: 1, sent_on: '2025-12-05', late: false })
    const byCapacity = (c: string) =>
      notice!.recipients
        .filter((r) => r.capacity === c)
        .map((r) => r.name)
        .sort()
    expect(byCapacity('summoned')).toEqual(['Agnetha Öberg', 'Susanne Andersson', 'Tommy Nyström'])
    expect(byCapacity('forInformation')).toEqual(['Per-Erik Ström', 'Åsa Lindqvist'])

    // What was sent stays as sent: an item added afterwards is in the HTML, not in the PDF.
    await addAgendaItem(deps, sendDay, secretary, {
      meetingId: meeting.id,
      kind: 'information',
      title: 'Information efter IT-angrepp',
    })
    const again = await noticePdf(deps, sendDay, secretary, meeting.id)
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true)
    expect(await noticeHtml(deps, secretary, meeting.id)).toContain('Information efter IT-angrepp')
  })

  it("carries the subcommittee's § and proposal into the parent's notice", async () => {
    const w = await newWorld(deps)
    const { secretary, meeting, term } = await kalix(w)
    const ksau = await createCommittee(deps, liveCtx(), w.system, {
      name: 'Kommunstyrelsens arbets- och personalutskott',
      shortName: 'KSAU',
      kind: 'subcommittee',
      parentId: w.committeeId,
    })
    await configureCommittee(deps, liveCtx(), w.system, {
      committeeId: ksau.id,
      noticeDaysBefore: 5,
    })
    await seat(deps, w.system, ksau.id, term.id, KALIX_KS_SEATS)
    const report = await createCase(deps, before, w.system, {
      seriesPrefix: 'KS',
      title: 'Månadsrapport 2025 – Kalix kommun',
    })
    const day = fixedCtx('2025-11-24T08:30:00+01:00')
    const au = await scheduleMeeting(deps, before, secretary, {
      committeeId: ksau.id,
      meetsOn: '2025-11-24',
      startsAt: '08:30',
      place: 'Sammanträdesrum Kalixälven',
    })
    const item = await addAgendaItem(deps, before, secretary, {
      meetingId: au.id,
      kind: 'case',
      caseId: report.id,
    })
    await sendNotice(deps, fixedCtx('2025-11-17T08:00:00+01:00'), secretary, { meetingId: au.id })
    await openMeeting(deps, day, secretary, { meetingId: au.id })
    const people = await readMeetingAttendance(deps, secretary, au.id)
    await rollCall(deps, day, secretary, {
      meetingId: au.id,
      present: people.roster.members.map((p) => p.id),
    })
    await recordDecision(deps, day, secretary, {
      meetingId: au.id,
      itemId: item.id,
      text: 'Kommunstyrelsens arbets- och personalutskott föreslår kommunstyrelsen besluta\n- att godkänna månadsrapporten för oktober 2025.',
    })
    await closeMeeting(deps, day, secretary, { meetingId: au.id })

    await addAgendaItem(deps, before, secretary, {
      meetingId: meeting.id,
      kind: 'case',
      caseId: report.id,
    })
    const html = await noticeHtml(deps, secretary, meeting.id)
    expect(html).toContain('§ 1')
    expect(html).toContain(
      'Kommunstyrelsens arbets- och personalutskott föreslår kommunstyrelsen besluta',
    )
    expect(html).toContain('att godkänna månadsrapporten för oktober 2025.')
  })

  it('prints the delegated decisions reported to the meeting under the delegation-report item', async () => {
    const w = await newWorld(deps)
    const { secretary, cases, meeting } = await kalix(w)
    await kalixScheme(deps, w, secretary)
    await addAgendaItem(deps, before, secretary, {
      meetingId: meeting.id,
      kind: 'delegationReport',
      title: 'Redovisning - Delegerade ärenden',
      caseId: cases.get('Dnr KS-2025-00502'),
    })
    const loan = await createCase(deps, before, w.system, {
      seriesPrefix: 'KS',
      title: 'Omplacering av lån',
      importedNumber: { year: 2025, seq: 473 },
    })
    await registerDelegatedDecision(deps, fixedCtx('2025-12-10T10:00:00+01:00'), secretary, {
      committeeId: w.committeeId,
      decidedOn: '2025-11-21',
      caseId: loan.id,
      point: '7.2',
      decisionMaker: { name: 'Jeanette Larsson', title: 'Ekonomichef' },
      action:
        'Beslutat att omplacera befintligt lån KI_159532 på 50 mnkr med ett nytt lån på 45 mnkr (och därmed amortera 5 mnkr) hos Kommuninvest.',
      reportTo: meeting.id,
    })
    await sendNotice(deps, sendDay, secretary, { meetingId: meeting.id })
    const pdf = await noticePdf(deps, sendDay, secretary, meeting.id)
    const text = flatText(files.save(`delegation-${engine}.pdf`, pdf.bytes))
    expectInOrder(text, [
      'Redovisning av delegationsbeslut',
      '21 november 2025',
      'Ekonomichef Jeanette',
      'Beslutat att omplacera befintligt lån',
      'Punkt 7.2',
      'KS-2025-00473',
    ])
  })

  it('sends a supplementary notice with only the items added after the notice, numbered in the agenda', async () => {
    const w = await newWorld(deps)
    const { secretary, chair, meeting } = await kalix(w)
    await addAgendaItem(deps, before, secretary, {
      meetingId: meeting.id,
      kind: 'information',
      title: 'Information om budget',
    })
    await sendNotice(deps, sendDay, secretary, { meetingId: meeting.id })
    const later = fixedCtx('2025-12-10T09:00:00+01:00')
    await expect(
      sendSupplementaryNotice(deps, later, secretary, { meetingId: meeting.id }),
    ).rejects.toMatchObject({ code: 'nothing_to_supplement' })
    await addAgendaItem(deps, later, secretary, {
      meetingId: meeting.id,
      kind: 'information',
      title: 'Information efter IT-angrepp',
    })
    const r = await sendSupplementaryNotice(
      deps,
      fixedCtx('2025-12-10T10:00:00+01:00'),
      secretary,
      {
        meetingId: meeting.id,
      },
    )
    // Seven days before 2025-12-15 was 2025-12-08: the supplement is late, and says so.
    expect(r.status).toMatchObject({ late: true, daysLate: 2 })
    expect(r.issued.notice.sequence).toBe(2)
    const supplement = await noticePdf(deps, later, chair, meeting.id, 2)
    expect(supplement.fileName).toBe('tillaggskallelse-2025-12-15-2.pdf')
    const path = files.save(`tillagg-${engine}.pdf`, supplement.bytes)
    expectArchivalPdf(path, 'Tilläggskallelse – Kommunstyrelsen 2025-12-15', /^Testkommun /)
    const text = flatText(path)
    expect(text).toContain('5. Information efter IT-angrepp')
    expect(text).not.toContain('Information om budget')
    // The first notice is still there as sent.
    const first = flatText(
      files.save(
        `forsta-${engine}.pdf`,
        (await noticePdf(deps, later, chair, meeting.id, 1)).bytes,
      ),
    )
    expect(first).toContain('Information om budget')
    expect(first).not.toContain('IT-angrepp')
    await expect(noticePdf(deps, later, chair, meeting.id, 3)).rejects.toMatchObject({
      code: 'notice_not_found',
    })
    await expect(
      sendSupplementaryNotice(deps, fixedCtx('2025-12-11T10:00:00+01:00'), secretary, {
        meetingId: meeting.id,
      }),
    ).rejects.toMatchObject({ code: 'nothing_to_supplement' })
    await expect(
      sendSupplementaryNotice(deps, later, chair, { meetingId: meeting.id }),
    ).rejects.toMatchObject({ code: 'forbidden' })
  })

  it("announces fullmäktige's meeting on the public notice board when its notice goes out; not a nämnd's", async () => {
    const w = await newWorld(deps)
    const { secretary: ksSecretary, meeting, term } = await kalix(w)
    const secretary = await namedUser(deps, w, 'kf-sekr', 'Karin Fors', 'secretary')
    const kf = await createCommittee(deps, liveCtx(), w.system, {
      name: 'Kommunfullmäktige',
      shortName: 'KF',
      kind: 'council',
    })
    await seat(deps, w.system, kf.id, term.id, KALIX_KS_SEATS)
    const kfMeeting = await scheduleMeeting(deps, before, secretary, {
      committeeId: kf.id,
      meetsOn: '2025-12-17',
      startsAt: '13:00',
      place: 'Sessionssalen, kommunhuset',
    })
    const budget = await createCase(deps, before, w.system, {
      seriesPrefix: 'KS',
      title: 'Budget 2026',
    })
    await addAgendaItem(deps, before, secretary, {
      meetingId: kfMeeting.id,
      kind: 'case',
      caseId: budget.id,
    })
    const sent = await sendNotice(deps, fixedCtx('2025-12-09T10:00:00+01:00'), secretary, {
      meetingId: kfMeeting.id,
    })
    // Law: a week before (2025-12-10 at the latest); sent on the 9th is on time.
    expect(sent.notice).toMatchObject({ deadline: '2025-12-10', late: false })
    expect(sent.issued.announcementId).not.toBeNull()

    // A nämnd's meeting (KS here) is not announced.
    await addAgendaItem(deps, before, ksSecretary, {
      meetingId: meeting.id,
      kind: 'information',
      title: 'Information',
    })
    const ks = await sendNotice(deps, sendDay, ksSecretary, { meetingId: meeting.id })
    expect(ks.issued.announcementId).toBeNull()

    const board = await currentAnnouncements(
      deps,
      fixedCtx('2025-12-12T10:00:00+01:00'),
      w.municipalityId,
    )
    expect(
      board.announcements.map((a) => [a.committee_name, a.meeting_date, a.starts_at, a.place]),
    ).toEqual([['Kommunfullmäktige', '2025-12-17', '13:00', 'Sessionssalen, kommunhuset']])
    expect(board.announcements[0]!.items.map((i) => i.title)).toContain('Budget 2026')
    expect(board.announcements[0]!.take_down_on).toBe('2025-12-18')
    // Up until the meeting has been held; not before the notice went out.
    expect(
      (await currentAnnouncements(deps, fixedCtx('2025-12-18T10:00:00+01:00'), w.municipalityId))
        .announcements,
    ).toEqual([])
    expect(
      (await currentAnnouncements(deps, fixedCtx('2025-12-08T10:00:00+01:00'), w.municipalityId))
        .announcements,
    ).toEqual([])
  })

  it("prints the official report's proposed decision and decision basis under its item", async () => {
    const w = await newWorld(deps)
    const { secretary, cases, meeting } = await kalix(w)
    const planCase = cases.get('Dnr KS-2025-00404')!
    await addAgendaItem(deps, before, secretary, {
      meetingId: meeting.id,
      kind: 'case',
      title: 'Sammanträdesplan - Kommunstyrelsen',
      caseId: planCase,
    })
    const report = await createOfficialReport(deps, before, secretary, {
      caseId: planCase,
      committeeId: w.committeeId,
      title: 'Sammanträdesplan 2026 - Kommunstyrelsen',
      proposedDecision:
        'Kommunstyrelsen beslutar att godkänna de i sammanträdesplanen redovisade tiderna för år 2026.',
      summary:
        'Enligt 5 kap. 12 § kommunallagen beslutar kommunfullmäktige när ordinarie sammanträden ska hållas.',
      equalityAnalysis: 'Sammanträdena är förlagda till vardagar under dagtid.',
      childRightsAnalysis: 'Ärendet berör inte barn direkt.',
      signature: { name: 'Johanna Granström', title: 'Sekreterare' },
      decisionBasis: [
        { title: 'Service- och kommunikationsenhetens förslag till sammanträdesplan för 2026' },
      ],
    })
    await finaliseOfficialReport(deps, before, secretary, report.id)
    const html = await noticeHtml(deps, secretary, meeting.id)
    expect(html).toContain(
      'Kommunstyrelsen beslutar att godkänna de i sammanträdesplanen redovisade tiderna för år 2026.',
    )
    expect(html).toContain(
      'Service- och kommunikationsenhetens förslag till sammanträdesplan för 2026',
    )
  })

  it('shows members the notice of their own committee once it is sent; others nothing', async () => {
    const w = await newWorld(deps)
    const { secretary, chair, meeting } = await kalix(w)
    await addAgendaItem(deps, before, secretary, {
      meetingId: meeting.id,
      kind: 'information',
      title: 'Information om budget',
    })
    await expect(noticePdf(deps, before, chair, meeting.id)).rejects.toMatchObject({
      code: 'notice_not_sent',
    })
    await expect(noticeHtml(deps, w.publicActor, meeting.id)).rejects.toMatchObject({
      code: 'unauthenticated',
    })
    const outsider = await w.user('member')
    await expect(noticeHtml(deps, outsider, meeting.id)).rejects.toMatchObject({
      code: 'forbidden',
    })

    await sendNotice(deps, sendDay, secretary, { meetingId: meeting.id })
    expect((await noticePdf(deps, sendDay, chair, meeting.id)).bytes.length).toBeGreaterThan(1000)
    const [mine] = await listSentNotices(deps, chair, meeting.id)
    expect(mine!.recipients.map((r) => [r.name, r.capacity])).toEqual([
      ['Susanne Andersson', 'summoned'],
    ])
    await expect(noticePdf(deps, sendDay, outsider, meeting.id)).rejects.toMatchObject({
      code: 'forbidden',
    })
  })

  it('kansli verify names an altered notice, and the altered notice is not served', async () => {
    const w = await newWorld(deps)
    const { secretary, meeting } = await kalix(w)
    await addAgendaItem(deps, before, secretary, {
      meetingId: meeting.id,
      kind: 'information',
      title: 'Information om budget',
    })
    const sent = await sendNotice(deps, sendDay, secretary, { meetingId: meeting.id })
    expect((await verifyAllFiles(deps)).problems).toEqual([])
    const path = storedFilePath(deps, sent.issued.notice.sha256)
    chmodSync(path, 0o644)
    writeFileSync(path, 'krypterad av angriparen')
    const { problems } = await verifyAllFiles(deps)
    expect(problems).toEqual([
      expect.objectContaining({
        belongsTo: 'Kallelse Kommunstyrelsen 2025-12-15',
        problem: 'altered',
        sha256: sent.issued.notice.sha256,
      }),
    ])
    await expect(noticePdf(deps, sendDay, secretary, meeting.id)).rejects.toMatchObject({
      code: 'file_altered',
    })
  })

  it('serves the notice over HTTP: HTML, PDF and recipients; bad ids are 404, not 500', async () => {
    const w = await newWorld(deps)
    const { secretary, meeting } = await kalix(w)
    await addAgendaItem(deps, before, secretary, {
      meetingId: meeting.id,
      kind: 'information',
      title: 'Information om budget',
    })
    const app = await testApp(deps)
    const headers = await loginAs(app, secretary.username)
    const draft = await app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/notice.pdf`,
      headers,
    })
    expect(draft.statusCode).toBe(200)
    expect(draft.headers['content-disposition']).toContain('kallelse-2025-12-15-utkast.pdf')
    const post = await app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/notice`,
      headers,
      // The request runs on the real clock: the day it went out is given, as for a late entry.
      payload: { sentOn: '2025-12-05' },
    })
    expect(post.statusCode).toBe(200)
    const html = await app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/notice.html`,
      headers,
    })
    expect(html.statusCode).toBe(200)
    expect(html.headers['content-type']).toContain('text/html')
    expect(html.body).toContain('Information om budget')
    const list = await app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/notices`,
      headers,
    })
    expect(list.json().notices[0].recipients).toHaveLength(5)
    const board = await app.inject({ method: 'GET', url: '/api/public/notice-board/announcements' })
    expect(board.statusCode).toBe(200)
    expect(board.json()).toMatchObject({ announcements: [] })
    for (const url of [
      '/api/public/notice-board/announcements/not-a-uuid',
      '/api/public/notice-board/announcements/00000000-0000-4000-8000-000000000000',
      '/api/meetings/not-a-uuid/notice.pdf',
      '/api/meetings/00000000-0000-4000-8000-000000000000/notice.html',
      '/api/meetings/00000000-0000-4000-8000-000000000000/notices',
    ]) {
      const res = await app.inject({ method: 'GET', url, headers })
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400)
      expect(res.statusCode, url).toBeLessThan(500)
    }
    await app.close()
  })
})
