import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMember } from '../src/services/committees/memberships.js'
import { addAgendaItem } from '../src/services/meetings/agenda-items.js'
import { recordDecision } from '../src/services/meetings/decision.js'
import { openMeeting, sendNotice } from '../src/services/meetings/meeting-status.js'
import { recordRecusal, removeRecusal } from '../src/services/meetings/recusal.js'
import { recordArrival, recordDeparture, rollCall } from '../src/services/meetings/roll-call.js'
import { scheduleMeeting } from '../src/services/meetings/schedule-meeting.js'
import { readMeetingAttendance } from '../src/services/meetings/attendance.js'
import { presentAttendance } from '../src/http/presenters/attendance.presenter.js'
import type { Actor, Deps } from '../src/services/context.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, liveCtx, newWorld, testDeps } from './support/builders.js'
import { KALMAR_KSAU_SEATS, kalmarKsau } from './support/meeting-builders.js'

const ctx = fixedCtx('2024-03-26T08:30:00+01:00')

describe.each(ENGINES)('roll call, jäv and quorum on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  /**
   * Kalmar KSAU's six members (from the seed) with two substitutes, which the seed does not
   * name: "Sara Ersättare (S)" and "Mats Ersättare (M)" are invented. Five items after the opening.
   */
  async function openKsauMeeting() {
    const w = await newWorld(deps, { template: '{series} {year}/{seq:4}' })
    const ksau = await kalmarKsau(deps, w)
    const secretary = ksau.secretary as Actor
    const sub = async (name: string, party: string) =>
      (
        await addMember(deps, liveCtx(), w.system, {
          committeeId: ksau.committeeId,
          termId: ksau.term.id,
          name,
          party,
          role: 'substitute',
        })
      ).id
    const subS = await sub('Sara Ersättare', 'S')
    const subM = await sub('Mats Ersättare', 'M')
    const m = await scheduleMeeting(deps, ctx, secretary, {
      committeeId: ksau.committeeId,
      meetsOn: '2024-03-26',
      startsAt: '08:30',
      place: 'KS-salen, stadshuset',
    })
    const items: string[] = []
    for (const n of [1, 2, 3, 4, 5]) {
      const i = await addAgendaItem(deps, ctx, secretary, {
        meetingId: m.id,
        kind: 'information',
        title: `Punkt ${n}`,
      })
      items.push(i.id)
    }
    await sendNotice(deps, ctx, secretary, { meetingId: m.id })
    await openMeeting(deps, ctx, secretary, { meetingId: m.id })
    const seat = (name: string) => ksau.seats.get(name)!
    return { m, secretary, items, seat, subS, subM }
  }

  const view = async (actor: Actor, meetingId: string) =>
    presentAttendance(await readMeetingAttendance(deps, actor, meetingId))

  it('blocks decisions without quorum (KL 6 kap. 27 §) and lets substitutes fill absent seats', async () => {
    const { m, secretary, items, seat, subS } = await openKsauMeeting()
    // Three of six members: not more than half.
    await rollCall(deps, ctx, secretary, {
      meetingId: m.id,
      present: [seat('Erik Ciardi'), seat('Hanne Lindqvist'), seat('Liselotte Ross')],
    })
    const decide = () =>
      recordDecision(deps, ctx, secretary, { meetingId: m.id, itemId: items[0]!, text: 'Beslut' })
    await expect(decide()).rejects.toMatchObject({
      code: 'no_quorum',
      message:
        'Organet är inte beslutsfört vid punkt 4: 3 av 6 ledamöter tjänstgör, och mer än hälften måste delta (KL 6 kap. 27 §).',
    })
    // The S substitute arrives in time for the roll call again: she serves for an absent S member.
    const a = await rollCall(deps, ctx, secretary, {
      meetingId: m.id,
      present: [seat('Erik Ciardi'), seat('Hanne Lindqvist'), seat('Liselotte Ross'), subS],
    })
    const first = presentAttendance(a).items[3]!
    expect(first.quorum).toBe(true)
    expect(first.serving.find((s) => s.role === 'substitute')).toMatchObject({
      displayName: 'Sara Ersättare (S)',
      servingFor: 'Johan Persson (S)',
    })
    await decide()
    const audit = await deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', 'in', [m.id, items[0]!])
      .where('action', 'in', ['meeting.rollCall', 'agenda.recordDecision'])
      .orderBy('seq')
      .execute()
    expect(audit.map((e) => e.action)).toEqual([
      'meeting.rollCall',
      'meeting.rollCall',
      'agenda.recordDecision',
    ])
  })

  it('records jäv per item: the member steps out, a substitute serves, quorum is per item', async () => {
    const { m, secretary, items, seat, subS, subM } = await openKsauMeeting()
    // Everyone but Dzenita Abaza (S), whose seat Sara Ersättare (S) takes; Mats Ersättare waits.
    const present = [...KALMAR_KSAU_SEATS.map((s) => s.name)]
      .filter((n) => n !== 'Dzenita Abaza')
      .map(seat)
    await rollCall(deps, ctx, secretary, { meetingId: m.id, present: [...present, subS, subM] })
    // Johan Persson (S) is jävig on item 5: no S substitute is left, so Mats Ersättare (M) serves.
    await recordRecusal(deps, ctx, secretary, {
      meetingId: m.id,
      itemId: items[1]!,
      membershipId: seat('Johan Persson'),
      ground: 'Styrelseledamot i bolaget (KL 6 kap. 28 § 2)',
    })
    let v = await view(secretary, m.id)
    const item5 = v.items.find((i) => i.itemId === items[1])!
    expect(item5.recused).toEqual([
      {
        membershipId: seat('Johan Persson'),
        displayName: 'Johan Persson (S)',
        ground: 'Styrelseledamot i bolaget (KL 6 kap. 28 § 2)',
      },
    ])
    expect(item5.serving.map((s) => s.displayName)).not.toContain('Johan Persson (S)')
    expect(
      item5.serving
        .filter((s) => s.role === 'substitute')
        .map((s) => [s.displayName, s.servingFor]),
    ).toEqual([
      ['Mats Ersättare (M)', 'Johan Persson (S)'],
      ['Sara Ersättare (S)', 'Dzenita Abaza (S)'],
    ])
    expect(item5.quorum).toBe(true)
    expect(v.items.find((i) => i.itemId === items[0])!.serving.map((s) => s.displayName)).toContain(
      'Johan Persson (S)',
    )
    // On item 6 three members and the free substitute are jäviga: 3 of 6 serve, no quorum.
    for (const id of [
      seat('Johan Persson'),
      seat('Liselotte Ross'),
      seat('Christopher Dywik'),
      subM,
    ]) {
      await recordRecusal(deps, ctx, secretary, {
        meetingId: m.id,
        itemId: items[2]!,
        membershipId: id,
      })
    }
    v = await view(secretary, m.id)
    const item6 = v.items.find((i) => i.itemId === items[2])!
    expect(item6.serving).toHaveLength(3)
    expect(item6.quorum).toBe(false)
    await expect(
      recordDecision(deps, ctx, secretary, { meetingId: m.id, itemId: items[2]!, text: 'Beslut' }),
    ).rejects.toMatchObject({ code: 'no_quorum' })
    await recordDecision(deps, ctx, secretary, {
      meetingId: m.id,
      itemId: items[1]!,
      text: 'Beslut',
    })
    await removeRecusal(deps, ctx, secretary, {
      meetingId: m.id,
      itemId: items[2]!,
      membershipId: seat('Liselotte Ross'),
    })
    await recordDecision(deps, ctx, secretary, {
      meetingId: m.id,
      itemId: items[2]!,
      text: 'Beslut',
    })
  })

  it('records who arrived and left at which item; a member who left may not come back', async () => {
    const { m, secretary, items, seat, subS, subM } = await openKsauMeeting()
    const others = [
      seat('Erik Ciardi'),
      seat('Johan Persson'),
      seat('Dzenita Abaza'),
      seat('Liselotte Ross'),
      seat('Christopher Dywik'),
    ]
    await rollCall(deps, ctx, secretary, { meetingId: m.id, present: [...others, subS, subM] })
    // Hanne Lindqvist (M) arrives at item 6 (the third added); until then Mats Ersättare (M) serves.
    await recordArrival(deps, ctx, secretary, {
      meetingId: m.id,
      membershipId: seat('Hanne Lindqvist'),
      itemId: items[2]!,
    })
    // Dzenita Abaza (S) leaves after item 7; from item 8 Sara Ersättare (S) serves.
    await recordDeparture(deps, ctx, secretary, {
      meetingId: m.id,
      membershipId: seat('Dzenita Abaza'),
      itemId: items[3]!,
    })
    const v = await view(secretary, m.id)
    const subsOn = (itemId: string) =>
      v.items
        .find((i) => i.itemId === itemId)!
        .serving.filter((s) => s.role === 'substitute')
        .map((s) => `${s.displayName} för ${s.servingFor}`)
    expect(subsOn(items[1]!)).toEqual(['Mats Ersättare (M) för Hanne Lindqvist (M)'])
    expect(subsOn(items[2]!)).toEqual([])
    expect(subsOn(items[4]!)).toEqual(['Sara Ersättare (S) för Dzenita Abaza (S)'])
    expect(v.people.find((p) => p.displayName === 'Hanne Lindqvist (M)')).toMatchObject({
      presentAtRollCall: false,
      arrivedAtItem: 6,
    })
    expect(v.people.find((p) => p.displayName === 'Dzenita Abaza (S)')).toMatchObject({
      presentAtRollCall: true,
      leftAfterItem: 7,
    })
    await expect(
      recordArrival(deps, ctx, secretary, {
        meetingId: m.id,
        membershipId: seat('Dzenita Abaza'),
        itemId: items[4]!,
      }),
    ).rejects.toMatchObject({ code: 'alternating_service' })
    await expect(
      recordArrival(deps, ctx, secretary, {
        meetingId: m.id,
        membershipId: seat('Erik Ciardi'),
        itemId: items[4]!,
      }),
    ).rejects.toMatchObject({ code: 'already_present' })
  })

  it('refuses a roll call before the meeting opens or with people outside the committee', async () => {
    const { m, secretary, seat } = await openKsauMeeting()
    await expect(
      rollCall(deps, ctx, secretary, {
        meetingId: m.id,
        present: [seat('Erik Ciardi'), '00000000-0000-0000-0000-000000000000'],
      }),
    ).rejects.toMatchObject({ details: { fields: [{ field: 'present' }] } })
    const planned = await scheduleMeeting(deps, ctx, secretary, {
      committeeId: m.committee_id,
      meetsOn: '2024-04-09',
      startsAt: '08:30',
      place: 'KS-salen, stadshuset',
    })
    await expect(
      rollCall(deps, ctx, secretary, { meetingId: planned.id, present: [] }),
    ).rejects.toMatchObject({ code: 'meeting_status' })
  })
})
