import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { presentConduct } from '../src/http/presenters/conduct.presenter.js'
import type { Deps } from '../src/services/context.js'
import { approveAgenda } from '../src/services/meetings/agenda-approval.js'
import { addAgendaItem } from '../src/services/meetings/agenda-items.js'
import { electAttesters } from '../src/services/meetings/attesters.js'
import { closeMeeting } from '../src/services/meetings/close-meeting.js'
import { recordDecision } from '../src/services/meetings/decision.js'
import {
  announceDissent,
  setDissentGrounds,
  withdrawDissent,
} from '../src/services/meetings/dissents.js'
import { setExerciseOfAuthority } from '../src/services/meetings/item-authority.js'
import { addMinutesNote, changeMinutesNote } from '../src/services/meetings/minutes-notes.js'
import { addMotion, withdrawMotion } from '../src/services/meetings/motions.js'
import { readConduct } from '../src/services/meetings/read-conduct.js'
import { recordRecusal } from '../src/services/meetings/recusal.js'
import { recordVote } from '../src/services/meetings/votes.js'
import { fixedCtx, testDeps } from './support/builders.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { openKsauMeeting, type HeldMeeting } from './support/minutes-builders.js'

const FEES = {
  title: 'Revidering av avgifter för kopior av allmänna handlingar',
  dnr: 'KS 2024/0197',
}
const ELECTION = { title: 'Val av ombud till Kalmarsundsregionens förbundsstämma' }
const PERMIT = { title: 'Föreläggande om rättelse, fastigheten Kvarnholmen 3:4' }
const MEMBERS = [
  'Erik Ciardi',
  'Hanne Lindqvist',
  'Johan Persson',
  'Dzenita Abaza',
  'Liselotte Ross',
  'Christopher Dywik',
]

describe.each(ENGINES)('at the meeting on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  const ids = (h: HeldMeeting, names: string[]) => names.map((n) => h.people.get(n)!)
  const conductOf = async (h: HeldMeeting) =>
    presentConduct(await readConduct(deps, h.ctx, h.secretary, h.meetingId))
  const item = (h: HeldMeeting, title: string) => ({
    meetingId: h.meetingId,
    itemId: h.items.get(title)!,
  })

  it('records motions, the order they are put, a named vote and the decision that follows it', async () => {
    const h = await openKsauMeeting(deps, { items: [FEES] })
    const at = item(h, FEES.title)
    const papers = await addMotion(deps, h.ctx, h.secretary, {
      ...at,
      source: 'papers',
      label: 'Kommunledningskontorets förslag',
      text: 'Kommunfullmäktige antar förslag till revidering av avgifter för kopior av allmänna handlingar.',
    })
    const motion = await addMotion(deps, h.ctx, h.secretary, {
      ...at,
      source: 'member',
      membershipId: h.people.get('Johan Persson'),
      supportedBy: ids(h, ['Dzenita Abaza']),
      text: 'Ärendet återremitteras för en analys av avgifterna för digitala kopior.',
    })
    // A non-serving substitute cannot move a motion.
    await expect(
      addMotion(deps, h.ctx, h.secretary, {
        ...at,
        source: 'member',
        membershipId: h.people.get('Åsa Öberg'),
        text: 'Avslag.',
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    // Two motions stand: the decision must say how they were put and which was adopted.
    await expect(
      recordDecision(deps, h.ctx, h.secretary, { ...at, text: 'Beslut.' }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    await expect(
      recordDecision(deps, h.ctx, h.secretary, { ...at, propositionOrder: [papers.id] }),
    ).rejects.toMatchObject({ code: 'validation_failed' })

    const ballots = MEMBERS.map((n) => ({
      memberId: h.people.get(n)!,
      choice: ['Johan Persson', 'Dzenita Abaza'].includes(n) ? ('nej' as const) : ('ja' as const),
    }))
    await expect(
      recordVote(deps, h.ctx, h.secretary, {
        ...at,
        kind: 'decision',
        jaMotionId: papers.id,
        nejMotionId: motion.id,
        ballots: ballots.slice(1),
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    const { result } = await recordVote(deps, h.ctx, h.secretary, {
      ...at,
      kind: 'decision',
      jaMotionId: papers.id,
      nejMotionId: motion.id,
      ballots,
    })
    expect(result).toEqual({ ja: 4, nej: 2, avstår: 0, outcome: 'ja', decidedBy: 'majority' })
    await expect(
      recordDecision(deps, h.ctx, h.secretary, {
        ...at,
        propositionOrder: [papers.id, motion.id],
        adoptedMotionId: motion.id,
      }),
    ).rejects.toMatchObject({ code: 'decision_contradicts_vote' })
    await recordDecision(deps, h.ctx, h.secretary, {
      ...at,
      propositionOrder: [papers.id, motion.id],
      adoptedMotionId: papers.id,
    })
    const view = await conductOf(h)
    const fees = view.items.find((i) => i.itemId === at.itemId)!
    expect(fees.decision).toEqual({
      text: papers.text,
      propositionOrder: [papers.id, motion.id],
      adoptedMotionId: papers.id,
    })
    expect(fees.motions.map((m) => [m.by, m.supportedBy])).toEqual([
      ['Kommunledningskontorets förslag', []],
      ['Johan Persson (S)', ['Dzenita Abaza (S)']],
    ])
    expect(fees.votes[0]).toMatchObject({
      jaLabel: 'Kommunledningskontorets förslag',
      nejLabel: 'Johan Perssons (S) yrkande',
      chair: 'Erik Ciardi (C)',
      tally: { ja: 4, nej: 2, avstår: 0 },
    })
    expect(fees.votes[0]!.ballots.map((b) => [b.displayName, b.choice])).toEqual(
      MEMBERS.map((n, i) => [view.attendance.people[i]!.displayName, ballots[i]!.choice]),
    )
    // A motion put to a vote can no longer be withdrawn.
    await expect(
      withdrawMotion(deps, h.ctx, h.secretary, { ...at, motionId: motion.id }),
    ).rejects.toMatchObject({ code: 'motion_used' })
  })

  it('settles a tie by the chair in a decision and by a recorded lot in an election', async () => {
    const h = await openKsauMeeting(deps, { items: [FEES, ELECTION] })
    const fees = item(h, FEES.title)
    const a = await addMotion(deps, h.ctx, h.secretary, {
      ...fees,
      source: 'papers',
      text: 'Bifall.',
    })
    const b = await addMotion(deps, h.ctx, h.secretary, {
      ...fees,
      source: 'member',
      membershipId: h.people.get('Liselotte Ross'),
      text: 'Avslag.',
    })
    // 3–3 with the chair (Erik Ciardi) voting nej: the casting vote decides for nej.
    const tie = MEMBERS.map((n, i) => ({
      memberId: h.people.get(n)!,
      choice: i % 2 === 0 ? ('nej' as const) : ('ja' as const),
    }))
    const decision = await recordVote(deps, h.ctx, h.secretary, {
      ...fees,
      kind: 'decision',
      jaMotionId: a.id,
      nejMotionId: b.id,
      ballots: tie,
    })
    expect(decision.result).toMatchObject({
      ja: 3,
      nej: 3,
      outcome: 'nej',
      decidedBy: 'castingVote',
    })
    await recordDecision(deps, h.ctx, h.secretary, {
      ...fees,
      propositionOrder: [a.id, b.id],
      adoptedMotionId: b.id,
    })

    const election = item(h, ELECTION.title)
    const lot = await recordVote(
      deps,
      h.ctx,
      h.secretary,
      {
        ...election,
        kind: 'election',
        jaLabel: 'Anna Svensson (S)',
        nejLabel: 'Bo Berg (M)',
        ballots: tie,
      },
      { drawLot: () => 'ja' },
    )
    expect(lot.result).toMatchObject({ ja: 3, nej: 3, outcome: 'ja', decidedBy: 'lot' })
    // Without an injected lot the draw is real; whichever side wins, it is recorded as a lot.
    const real = await recordVote(deps, h.ctx, h.secretary, {
      ...election,
      kind: 'election',
      jaLabel: 'Anna Svensson (S)',
      nejLabel: 'Bo Berg (M)',
      ballots: tie,
    })
    expect(real.result.decidedBy).toBe('lot')
    expect(['ja', 'nej']).toContain(real.result.outcome)
    const view = await conductOf(h)
    const votes = view.items.find((i) => i.itemId === election.itemId)!.votes
    expect(votes.map((v) => [v.ordinal, v.decidedBy])).toEqual([
      [1, 'lot'],
      [2, 'lot'],
    ])
  })

  it('refuses abstaining in myndighetsutövning and allows it elsewhere', async () => {
    const h = await openKsauMeeting(deps, { items: [FEES, PERMIT] })
    const permit = item(h, PERMIT.title)
    await setExerciseOfAuthority(deps, h.ctx, h.secretary, { ...permit, value: true })
    const a = await addMotion(deps, h.ctx, h.secretary, {
      ...permit,
      source: 'papers',
      text: 'Föreläggande.',
    })
    const b = await addMotion(deps, h.ctx, h.secretary, {
      ...permit,
      source: 'member',
      membershipId: h.people.get('Hanne Lindqvist'),
      text: 'Avslag.',
    })
    const ballots = MEMBERS.map((n, i) => ({
      memberId: h.people.get(n)!,
      choice: i === 5 ? ('avstår' as const) : ('ja' as const),
    }))
    await expect(
      recordVote(deps, h.ctx, h.secretary, {
        ...permit,
        kind: 'decision',
        jaMotionId: a.id,
        nejMotionId: b.id,
        ballots,
      }),
    ).rejects.toMatchObject({ code: 'abstention_not_allowed' })

    const fees = item(h, FEES.title)
    const c = await addMotion(deps, h.ctx, h.secretary, {
      ...fees,
      source: 'papers',
      text: 'Bifall.',
    })
    const d = await addMotion(deps, h.ctx, h.secretary, {
      ...fees,
      source: 'member',
      membershipId: h.people.get('Hanne Lindqvist'),
      text: 'Avslag.',
    })
    const ok = await recordVote(deps, h.ctx, h.secretary, {
      ...fees,
      kind: 'decision',
      jaMotionId: c.id,
      nejMotionId: d.id,
      ballots,
    })
    expect(ok.result).toMatchObject({ ja: 5, nej: 0, avstår: 1 })
    await recordDecision(deps, h.ctx, h.secretary, {
      ...fees,
      propositionOrder: [c.id, d.id],
      adoptedMotionId: c.id,
    })
    // Whoever abstained did not take part in the decision and cannot dissent (KL 4 kap. 27 §).
    await expect(
      announceDissent(deps, h.ctx, h.secretary, {
        ...fees,
        membershipIds: ids(h, ['Christopher Dywik']),
      }),
    ).rejects.toMatchObject({ code: 'not_a_participant' })
    // The flag cannot change once the item has had a vote.
    await expect(
      setExerciseOfAuthority(deps, h.ctx, h.secretary, { ...fees, value: true }),
    ).rejects.toMatchObject({ code: 'item_has_votes' })
  })

  it('blocks votes and decisions without quorum, and lets the substitute vote for a jävig member', async () => {
    const thin = await openKsauMeeting(deps, {
      items: [FEES],
      present: ['Erik Ciardi', 'Hanne Lindqvist', 'Johan Persson'],
    })
    const at = item(thin, FEES.title)
    const x = await addMotion(deps, thin.ctx, thin.secretary, {
      ...at,
      source: 'papers',
      text: 'Bifall.',
    })
    await expect(recordDecision(deps, thin.ctx, thin.secretary, at)).rejects.toMatchObject({
      code: 'no_quorum',
    })
    const y = await addMotion(deps, thin.ctx, thin.secretary, {
      ...at,
      source: 'member',
      membershipId: thin.people.get('Johan Persson'),
      text: 'Avslag.',
    })
    await expect(
      recordVote(deps, thin.ctx, thin.secretary, {
        ...at,
        kind: 'decision',
        jaMotionId: x.id,
        nejMotionId: y.id,
        ballots: ids(thin, ['Erik Ciardi', 'Hanne Lindqvist', 'Johan Persson']).map((memberId) => ({
          memberId,
          choice: 'ja' as const,
        })),
      }),
    ).rejects.toMatchObject({ code: 'no_quorum' })

    const h = await openKsauMeeting(deps, {
      items: [FEES],
      present: [...MEMBERS, 'Åsa Öberg'],
    })
    const fees = item(h, FEES.title)
    await recordRecusal(deps, h.ctx, h.secretary, {
      ...fees,
      membershipId: h.people.get('Dzenita Abaza')!,
      ground: 'Närstående är part (KL 6 kap. 28 § 1).',
    })
    const a = await addMotion(deps, h.ctx, h.secretary, {
      ...fees,
      source: 'papers',
      text: 'Bifall.',
    })
    await expect(
      addMotion(deps, h.ctx, h.secretary, {
        ...fees,
        source: 'member',
        membershipId: h.people.get('Dzenita Abaza'),
        text: 'Avslag.',
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    const b = await addMotion(deps, h.ctx, h.secretary, {
      ...fees,
      source: 'member',
      membershipId: h.people.get('Åsa Öberg'),
      text: 'Avslag.',
    })
    const voters = [
      'Erik Ciardi',
      'Hanne Lindqvist',
      'Johan Persson',
      'Åsa Öberg',
      'Liselotte Ross',
      'Christopher Dywik',
    ]
    await expect(
      recordVote(deps, h.ctx, h.secretary, {
        ...fees,
        kind: 'decision',
        jaMotionId: a.id,
        nejMotionId: b.id,
        ballots: ids(h, MEMBERS).map((memberId) => ({ memberId, choice: 'ja' as const })),
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    await recordVote(deps, h.ctx, h.secretary, {
      ...fees,
      kind: 'decision',
      jaMotionId: a.id,
      nejMotionId: b.id,
      ballots: ids(h, voters).map((memberId, i) => ({
        memberId,
        choice: i === 3 ? ('nej' as const) : ('ja' as const),
      })),
    })
    const view = await conductOf(h)
    const ballots = view.items.find((i) => i.itemId === fees.itemId)!.votes[0]!.ballots
    expect(ballots.find((b) => b.displayName === 'Åsa Öberg (S)')).toMatchObject({
      servingFor: 'Dzenita Abaza (S)',
      choice: 'nej',
    })
  })

  it('accepts a dissent only while the meeting is open, and its grounds until the time set for attestation', async () => {
    const h = await openKsauMeeting(deps, { items: [FEES] })
    const fees = item(h, FEES.title)
    await expect(
      announceDissent(deps, h.ctx, h.secretary, {
        ...fees,
        membershipIds: ids(h, ['Johan Persson']),
      }),
    ).rejects.toMatchObject({ code: 'no_decision' })
    await recordDecision(deps, h.ctx, h.secretary, {
      ...fees,
      text: 'Kommunfullmäktige antar förslaget.',
    })
    await electAttesters(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      attesterIds: ids(h, ['Dzenita Abaza']),
      place: 'Stadshuset',
      dueAt: '2024-03-28T15:00:00+01:00',
    })
    const dissent = await announceDissent(deps, h.ctx, h.secretary, {
      ...fees,
      membershipIds: ids(h, ['Johan Persson', 'Dzenita Abaza']),
    })
    await expect(
      announceDissent(deps, h.ctx, h.secretary, {
        ...fees,
        membershipIds: ids(h, ['Johan Persson']),
      }),
    ).rejects.toMatchObject({ code: 'dissent_exists' })
    await expect(
      announceDissent(deps, h.ctx, h.secretary, { ...fees, membershipIds: ids(h, ['Åsa Öberg']) }),
    ).rejects.toMatchObject({ code: 'not_a_participant' })
    const note = await addMinutesNote(deps, h.ctx, h.secretary, {
      ...fees,
      membershipId: h.people.get('Liselotte Ross')!,
      text: 'Vänsterpartiet vill se en avgiftsfri digital utlämning.',
    })
    await closeMeeting(deps, fixedCtx('2024-03-26T10:15:00+01:00'), h.secretary, {
      meetingId: h.meetingId,
      endsAt: '10:15',
    })
    await expect(
      announceDissent(deps, h.ctx, h.secretary, {
        ...fees,
        membershipIds: ids(h, ['Liselotte Ross']),
      }),
    ).rejects.toMatchObject({ code: 'meeting_closed' })
    // The written grounds come the next day, before the time set for attestation.
    const nextDay = fixedCtx('2024-03-27T09:00:00+01:00')
    await setDissentGrounds(deps, nextDay, h.secretary, {
      ...fees,
      dissentId: dissent.id,
      grounds: 'Vi anser att avgifterna för digitala kopior bör slopas.',
    })
    await changeMinutesNote(deps, nextDay, h.secretary, {
      ...fees,
      noteId: note.id,
      text: 'Vänsterpartiet vill se en avgiftsfri digital utlämning av allmänna handlingar.',
    })
    await expect(
      setDissentGrounds(deps, fixedCtx('2024-03-28T15:00:00+01:00'), h.secretary, {
        ...fees,
        dissentId: dissent.id,
        grounds: 'För sent.',
      }),
    ).rejects.toMatchObject({ code: 'attestation_time_passed' })
    const view = await conductOf(h)
    const f = view.items.find((i) => i.itemId === fees.itemId)!
    expect(f.dissents).toHaveLength(1)
    expect(f.dissents[0]).toMatchObject({
      members: [{ displayName: 'Johan Persson (S)' }, { displayName: 'Dzenita Abaza (S)' }],
      grounds: 'Vi anser att avgifterna för digitala kopior bör slopas.',
    })
    expect(f.notes[0]).toMatchObject({ by: 'Liselotte Ross (V)' })
    await withdrawDissent(deps, nextDay, h.secretary, { ...fees, dissentId: dissent.id })
    expect((await conductOf(h)).items.find((i) => i.itemId === fees.itemId)!.dissents).toEqual([])
  })

  it('elects attesters among those serving, within 14 days, and approves the agenda with its additions', async () => {
    const h = await openKsauMeeting(deps, { items: [FEES] })
    const base = { meetingId: h.meetingId }
    await expect(
      electAttesters(deps, h.ctx, h.secretary, { ...base, attesterIds: ids(h, ['Erik Ciardi']) }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    await expect(
      electAttesters(deps, h.ctx, h.secretary, { ...base, attesterIds: ids(h, ['Åsa Öberg']) }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    await expect(
      electAttesters(deps, h.ctx, h.secretary, {
        ...base,
        attesterIds: ids(h, ['Dzenita Abaza']),
        dueAt: '2024-04-10T10:00:00+02:00',
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    const elected = await electAttesters(deps, h.ctx, h.secretary, {
      ...base,
      attesterIds: ids(h, ['Dzenita Abaza']),
      place: 'Stadshuset',
      dueAt: '2024-04-09T15:00:00+02:00',
    })
    expect(elected.text).toBe(
      'Att jämte ordföranden justera protokollet utses Dzenita Abaza (S). Justering sker Stadshuset, 2024-04-09 kl. 15:00.',
    )
    await addAgendaItem(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      kind: 'information',
      title: 'Information efter IT-angrepp',
      position: 4,
    })
    const approved = await approveAgenda(deps, h.ctx, h.secretary, base)
    expect(approved.text).toBe(
      'Arbetsutskottet fastställer dagordningen med följande tillägg:\n\n- Information efter IT-angrepp',
    )
    const view = await conductOf(h)
    expect(view.attesters).toMatchObject({
      chair: { displayName: 'Erik Ciardi (C)' },
      attesters: [{ displayName: 'Dzenita Abaza (S)' }],
      place: 'Stadshuset',
      dueAt: '2024-04-09T13:00:00.000Z',
    })
    expect(view.items.find((i) => i.kind === 'attesterElection')!.decision?.text).toBe(elected.text)
  })
})
