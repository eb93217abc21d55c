import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderMinutesPdf } from '../src/render/minutes-pdf.js'
import { renderMinutesHtml } from '../src/render/minutes-html.js'
import type { Deps } from '../src/services/context.js'
import { linkPersonUser } from '../src/services/committees/people.js'
import { closeMeeting } from '../src/services/meetings/close-meeting.js'
import { recordDecision } from '../src/services/meetings/decision.js'
import { announceDissent } from '../src/services/meetings/dissents.js'
import { electAttesters } from '../src/services/meetings/attesters.js'
import { addMotion } from '../src/services/meetings/motions.js'
import { recordRecusal } from '../src/services/meetings/recusal.js'
import { recordArrival, recordDeparture } from '../src/services/meetings/roll-call.js'
import { setOthersPresent } from '../src/services/meetings/others-present.js'
import { recordVote } from '../src/services/meetings/votes.js'
import { readMinutes } from '../src/services/minutes/read-minutes.js'
import { editSectionText } from '../src/services/minutes/section-texts.js'
import { createCase } from '../src/services/registry/create-case.js'
import { addAgendaItem } from '../src/services/meetings/agenda-items.js'
import { fixedCtx, liveCtx, testDeps } from './support/builders.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { holdKalmarMeeting } from './support/kalmar-minutes-meeting.js'
import { namedUser } from './support/meeting-builders.js'
import { openKsauMeeting } from './support/minutes-builders.js'
import {
  expectArchivalPdf,
  expectInOrder,
  flatText,
  pdfDir,
  requirePdfTools,
  run,
} from './support/pdf-tools.js'

const SEED = readFileSync(
  new URL('./fixtures/seeds/kalmar-ksau-protokoll-2024-03-26.md', import.meta.url),
  'utf8',
)

/** The seed's §§: number, title, Dnr and the text under "Beslut", read from the markdown. */
function seedSections() {
  const clean = (l: string) =>
    l
      .replace(/\*\*/g, '')
      .replace(/^#+\s*/, '')
      .trim()
  const lines = SEED.split('\n')
  const out: { number: number; title: string; dnr?: string; decision: string[] }[] = []
  for (let i = 0; i < lines.length; i++) {
    const head = /^## \**§ (\d+)\**$/.exec(lines[i]!.trim())
    if (!head) continue
    let j = i + 1
    while (!lines[j]!.trim()) j++
    const title = clean(lines[j]!)
    const dnr = lines
      .slice(j + 1, j + 4)
      .find((l) => l.startsWith('Dnr '))
      ?.slice(4)
      .trim()
    let k = lines.findIndex((l, n) => n > j && /^#+ \**Beslut\**$/.test(l.trim()))
    const decision: string[] = []
    for (k = k + 1; k < lines.length; k++) {
      const l = lines[k]!.trim()
      if (/^#{1,2} /.test(l) || l.startsWith('Sammanträdesdatum')) break
      if (l && l !== '2024-03-26') decision.push(l.replace(/^- /, ''))
    }
    out.push({ number: Number(head[1]), title, ...(dnr ? { dnr } : {}), decision })
  }
  return out
}

describe.each(ENGINES)('the minutes assembled on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  const files = pdfDir()
  beforeAll(async () => {
    requirePdfTools()
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => {
    files.cleanup()
    await database?.close()
  })

  it('rebuilds Kalmar KSAU 2024-03-26: the seed’s §§ 27–36, attendance block and decisions', async () => {
    const k = await holdKalmarMeeting(deps)
    const r = await readMinutes(
      deps,
      fixedCtx('2024-03-26T11:00:00+01:00'),
      k.secretary,
      k.meetingId,
    )
    expect(r.stage).toBe('draft')
    expect(r.problems).toEqual([])
    // The assembled view is the seed's, as render/examples/kalmar-minutes.ts copies it.
    const { posting: _p, municipality: _m, ...expected } = k.seed
    const { posting, municipality, draft, ...view } = r.view
    expect(draft).toBe(true)
    expect(posting).toEqual({})
    expect(municipality).toMatch(/^Testkommun /)
    expect(view).toEqual(expected)

    const path = files.save('kalmar.pdf', await renderMinutesPdf({ ...r.view, draft: false }))
    expectArchivalPdf(path, 'Protokoll – Kommunstyrelsens arbetsutskott 2024-03-26', /^Testkommun /)
    const layout = run('pdftotext', '-layout', path, '-')
    expect(layout).toMatch(/Tid +Tisdagen den 26 mars 2024 kl\. 08:30–10:15/)
    expect(layout).toMatch(/Plats +KS-salen, stadshuset/)
    expect(layout).toMatch(/Omfattning +§§ 27–36/)
    // Beslutande and Justeras as the seed lists them (names, parties, roles, order).
    const seedBlock = (label: string, next: string) =>
      SEED.slice(SEED.indexOf(`### ${label}`) + label.length + 4, SEED.indexOf(`### ${next}`))
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    const beslutande = seedBlock('Beslutande', 'Sekreterare')
    expect(beslutande).toHaveLength(6)
    expect(layout).toMatch(
      new RegExp(`Beslutande +${beslutande.map((l) => l.replace(/[()]/g, '\\$&')).join('\\n +')}`),
    )
    expect(seedBlock('Sekreterare', 'Justeras')).toEqual(['Anette Mellström'])
    expect(layout).toMatch(/Sekreterare +Anette Mellström/)
    expect(layout).toMatch(/Justeras +Erik Ciardi \(C\), ordförande\n +Dzenita Abaza \(S\)/)
    expect(layout).not.toMatch(/Övriga närvarande/) // the seed has none
    const text = flatText(path)
    const sections = seedSections()
    expect(sections.map((s) => s.number)).toEqual([27, 28, 29, 30, 31, 32, 33, 34, 35, 36])
    // Each § of the seed, in order: its number and title, its Dnr, and its decision as worded.
    expectInOrder(text, [
      'Fastställande av dagordning',
      'Arbetsutskottet fastställer dagordningen med följande tillägg:',
      'Information efter IT-angrepp',
      ...sections.flatMap((s) => [
        `§ ${s.number} ${s.title}`,
        ...(s.dnr ? [`Dnr ${s.dnr}`] : []),
        'Beslut',
        ...s.decision,
      ]),
    ])
  })

  it('prints substitutes, partial attendance, jäv, motions, the proposition order, a vote and a dissent', async () => {
    const FEES = {
      title: 'Revidering av avgifter för kopior av allmänna handlingar',
      dnr: 'KS 2024/0197',
    }
    const INFO = { title: 'Information om budgetläget' }
    const REPORT = { title: 'Årsredovisning 2023', dnr: 'KS 2023/0069' }
    const h = await openKsauMeeting(deps, {
      items: [INFO, FEES, REPORT],
      present: [
        'Erik Ciardi',
        'Hanne Lindqvist',
        'Dzenita Abaza',
        'Liselotte Ross',
        'Christopher Dywik',
        'Åsa Öberg',
        'Björn Ängström',
      ],
    })
    const it = (title: string) => ({ meetingId: h.meetingId, itemId: h.items.get(title)! })
    const person = (n: string) => h.people.get(n)!
    // Johan Persson (S) comes for the fees, Christopher Dywik (KD) leaves after them.
    await recordArrival(deps, h.ctx, h.secretary, {
      ...it(FEES.title),
      membershipId: person('Johan Persson'),
    })
    await recordDeparture(deps, h.ctx, h.secretary, {
      ...it(FEES.title),
      membershipId: person('Christopher Dywik'),
    })
    await recordRecusal(deps, h.ctx, h.secretary, {
      ...it(REPORT.title),
      membershipId: person('Liselotte Ross'),
    })
    await setOthersPresent(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      people: [{ name: 'Jonas Agerhed', title: 'kommunledningskontoret', note: 'punkt 3' }],
    })
    await electAttesters(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      attesterIds: [person('Dzenita Abaza')],
      place: 'Stadshuset',
      dueAt: '2024-03-28T15:00:00+01:00',
    })
    await recordDecision(deps, h.ctx, h.secretary, {
      ...it(INFO.title),
      text: 'Informationen noteras.',
    })
    const papers = await addMotion(deps, h.ctx, h.secretary, {
      ...it(FEES.title),
      source: 'papers',
      label: 'Kommunledningskontorets förslag',
      text: 'Kommunfullmäktige antar de reviderade avgifterna.',
    })
    const motion = await addMotion(deps, h.ctx, h.secretary, {
      ...it(FEES.title),
      source: 'member',
      membershipId: person('Dzenita Abaza'),
      supportedBy: [person('Johan Persson')],
      text: 'Digitala kopior ska vara avgiftsfria.',
    })
    const serving = [
      'Erik Ciardi',
      'Hanne Lindqvist',
      'Johan Persson',
      'Dzenita Abaza',
      'Liselotte Ross',
      'Christopher Dywik',
    ]
    await recordVote(deps, h.ctx, h.secretary, {
      ...it(FEES.title),
      kind: 'decision',
      jaMotionId: papers.id,
      nejMotionId: motion.id,
      ballots: serving.map((n) => ({
        memberId: person(n),
        choice: ['Johan Persson', 'Dzenita Abaza'].includes(n)
          ? ('nej' as const)
          : n === 'Liselotte Ross'
            ? ('avstår' as const)
            : ('ja' as const),
      })),
    })
    await recordDecision(deps, h.ctx, h.secretary, {
      ...it(FEES.title),
      propositionOrder: [papers.id, motion.id],
      adoptedMotionId: papers.id,
    })
    await announceDissent(deps, h.ctx, h.secretary, {
      ...it(FEES.title),
      membershipIds: [person('Dzenita Abaza'), person('Johan Persson')],
      grounds: 'Avgifter för digitala kopior försvårar insynen.',
    })
    await editSectionText(deps, h.ctx, h.secretary, {
      ...it(FEES.title),
      recipients: ['Kommunfullmäktige', 'Kommunledningskontoret'],
      decisionIntro: 'Arbetsutskottet föreslår att kommunfullmäktige beslutar:',
    })
    await recordDecision(deps, h.ctx, h.secretary, {
      ...it(REPORT.title),
      text: 'Årsredovisningen överlämnas.',
    })

    const draft = await readMinutes(deps, h.ctx, h.secretary, h.meetingId)
    expect(draft.problems.map((p) => p.field)).toEqual(['sections', 'meeting'])
    await closeMeeting(deps, fixedCtx('2024-03-26T11:00:00+01:00'), h.secretary, {
      meetingId: h.meetingId,
    })
    const r = await readMinutes(deps, h.ctx, h.secretary, h.meetingId)
    expect(r.problems).toEqual([])
    const v = r.view
    // Seat by seat: Åsa Öberg fills Johan Persson's seat until he comes, then Christopher
    // Dywik's after he leaves; Björn Ängström sits in for Liselotte Ross during her jäv.
    expect(v.deciding).toEqual([
      { name: 'Erik Ciardi', party: 'C', role: 'chair' },
      { name: 'Hanne Lindqvist', party: 'M', role: 'viceChair' },
      { name: 'Johan Persson', party: 'S', note: '§§ 2–3' },
      {
        name: 'Åsa Öberg',
        party: 'S',
        role: 'servingSubstitute',
        servingFor: 'Johan Persson (S)',
        note: '§ 1',
      },
      { name: 'Dzenita Abaza', party: 'S' },
      { name: 'Liselotte Ross', party: 'V' },
      {
        name: 'Björn Ängström',
        party: 'M',
        role: 'servingSubstitute',
        servingFor: 'Liselotte Ross (V)',
        note: '§ 3',
      },
      { name: 'Christopher Dywik', party: 'KD', note: '§§ 1–2' },
      {
        name: 'Åsa Öberg',
        party: 'S',
        role: 'servingSubstitute',
        servingFor: 'Christopher Dywik (KD)',
        note: '§ 3',
      },
    ])
    expect(v.othersPresent).toEqual([
      { name: 'Jonas Agerhed', title: 'kommunledningskontoret', note: 'punkt 3' },
    ])
    expect(v.attestationPlaceAndTime).toBe('Stadshuset, 2024-03-28 kl. 15:00')
    const fees = v.sections.find((s) => s.title === FEES.title)!
    expect(fees.motions).toEqual([
      {
        by: 'Kommunledningskontorets förslag',
        text: 'Kommunfullmäktige antar de reviderade avgifterna.',
      },
      {
        by: 'Dzenita Abaza (S) med instämmande av Johan Persson (S)',
        text: 'Digitala kopior ska vara avgiftsfria.',
      },
    ])
    expect(fees.propositionOrder).toEqual([
      'Ordföranden ställer proposition på kommunledningskontorets förslag och Dzenita Abazas (S) yrkande och finner att kommunledningskontorets förslag bifalls.',
      'Votering begärs och verkställs.',
    ])
    expect(fees.votes).toEqual([
      {
        question:
          'Ja-röst för kommunledningskontorets förslag, nej-röst för Dzenita Abazas (S) yrkande.',
        ballots: [
          { name: 'Erik Ciardi (C)', vote: 'yes' },
          { name: 'Hanne Lindqvist (M)', vote: 'yes' },
          { name: 'Johan Persson (S)', vote: 'no' },
          { name: 'Dzenita Abaza (S)', vote: 'no' },
          { name: 'Liselotte Ross (V)', vote: 'abstain' },
          { name: 'Christopher Dywik (KD)', vote: 'yes' },
        ],
        result:
          'Med 3 ja-röster mot 2 nej-röster, 1 avstår beslutar arbetsutskottet enligt kommunledningskontorets förslag.',
      },
    ])
    expect(fees.dissents).toEqual([
      {
        by: ['Dzenita Abaza (S)', 'Johan Persson (S)'],
        grounds: ['Avgifter för digitala kopior försvårar insynen.'],
      },
    ])
    expect(fees.recipients).toEqual(['Kommunfullmäktige', 'Kommunledningskontoret'])
    expect(v.sections.find((s) => s.title === REPORT.title)!.recusals).toEqual([
      { name: 'Liselotte Ross (V)', replacedBy: 'Björn Ängström (M)' },
    ])
    const html = renderMinutesHtml(v)
    expect(html).toContain('Åsa Öberg (S), tjänstgörande ersättare för Johan Persson (S), § 1')
    expect(html).toContain(
      'Liselotte Ross (V) anmäler jäv och deltar inte i handläggningen av ärendet.',
    )
  })

  it('masks a confidential § for readers not entitled to it and logs the full reads', async () => {
    const SECRET = { title: 'Ansökan om bistånd – överklagat beslut', dnr: 'KS 2024/0301' }
    const OPEN = { title: 'Information om budgetläget' }
    const h = await openKsauMeeting(deps, { items: [OPEN, SECRET] })
    const it = (title: string) => ({ meetingId: h.meetingId, itemId: h.items.get(title)! })
    await editSectionText(deps, h.ctx, h.secretary, {
      ...it(SECRET.title),
      background: 'Den enskilde, född 1961, ansöker om bistånd för boende.',
      confidentialityGround: 'osl 26 kap. 1 §',
    })
    await recordDecision(deps, h.ctx, h.secretary, { ...it(SECRET.title), text: 'Ansökan avslås.' })
    await recordDecision(deps, h.ctx, h.secretary, {
      ...it(OPEN.title),
      text: 'Informationen noteras.',
    })
    await expect(
      editSectionText(deps, h.ctx, h.secretary, {
        ...it(OPEN.title),
        confidentialityGround: 'sekretess',
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    // A case officer without rights to the case sees the § masked; a member of the committee
    // reads it (and the read is logged); a jävig member sees it masked.
    const officer = await namedUser(deps, h.w, 'handl', 'Handläggare Hansson', 'caseOfficer')
    const masked = await readMinutes(deps, h.ctx, officer, h.meetingId)
    const secret = masked.view.sections.find((s) => s.title === SECRET.title)!
    expect(secret).toEqual({
      number: secret.number,
      title: SECRET.title,
      caseNumber: SECRET.dnr,
      decision: [
        'Paragrafen innehåller uppgifter som omfattas av sekretess (sekretess enligt OSL 26:1) och visas inte i denna version av protokollet.',
      ],
    })
    expect(JSON.stringify(masked.view)).not.toContain('född 1961')
    const member = await namedUser(deps, h.w, 'hanne', 'Hanne Lindqvist', 'member')
    const personId = await deps.db
      .selectFrom('committee_memberships')
      .select('person_id')
      .where('id', '=', h.people.get('Hanne Lindqvist')!)
      .executeTakeFirstOrThrow()
    await linkPersonUser(deps, liveCtx(), h.w.system, {
      personId: personId.person_id,
      userId: member.id,
    })
    const full = await readMinutes(deps, h.ctx, member, h.meetingId)
    expect(full.masked).toEqual([])
    expect(JSON.stringify(full.view)).toContain('född 1961')
    const reads = await deps.db
      .selectFrom('audit_events')
      .select(['actor_id', 'entity_id'])
      .where('action', '=', 'minutes.readConfidential')
      .where('municipality_id', '=', h.w.municipalityId)
      .execute()
    expect(reads).toEqual([{ actor_id: member.id, entity_id: h.items.get(SECRET.title) }])
    await addAgendaItem(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      kind: 'information',
      title: 'Övrigt',
    })
    const c = await createCase(deps, h.ctx, h.w.system, {
      seriesPrefix: 'KS',
      title: 'Skyddat ärende',
      titleProtected: true,
    })
    await addAgendaItem(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      kind: 'case',
      caseId: c.id,
      title: 'Ärende enligt socialtjänstlagen',
    })
    const again = await readMinutes(deps, h.ctx, officer, h.meetingId)
    expect(again.masked).toHaveLength(2)
  })
})
