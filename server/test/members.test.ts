import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMember } from '../src/services/committees/memberships.js'
import { configureCommittee } from '../src/services/committees/settings.js'
import type { Deps } from '../src/services/context.js'
import { addAgendaItem } from '../src/services/meetings/agenda-items.js'
import { cancelMeeting, openMeeting, sendNotice } from '../src/services/meetings/meeting-status.js'
import { scheduleMeeting } from '../src/services/meetings/schedule-meeting.js'
import {
  callSubstitute,
  readAbsences,
  reportAbsence,
  withdrawAbsence,
} from '../src/services/members/absence.js'
import { listMyMeetings, readMyMeeting } from '../src/services/members/my-meetings.js'
import { createCase } from '../src/services/registry/create-case.js'
import { createCommittee } from '../src/services/registry/municipality.service.js'
import { registerDocument } from '../src/services/registry/register-document.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, liveCtx, newWorld, testDeps, type World } from './support/builders.js'
import { loginAs, testApp } from './support/http.js'
import { kalixSecretary, namedUser, newTerm } from './support/meeting-builders.js'

describe.each(ENGINES)("members' pages on %s", (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  const before = fixedCtx('2025-11-10T10:00:00+01:00')

  /** KS with three members and three substitutes; the chair and two others have accounts. */
  async function committee(w: World) {
    const secretary = await kalixSecretary(deps, w)
    const term = await newTerm(deps, w)
    const users = {
      chair: await namedUser(deps, w, 'susanne', 'Susanne Andersson', 'member'),
      tommy: await namedUser(deps, w, 'tommy', 'Tommy Nyström', 'member'),
      asa: await namedUser(deps, w, 'asa', 'Åsa Lindqvist', 'member'),
    }
    const seats = new Map<string, string>()
    for (const [name, party, role, userId] of [
      ['Susanne Andersson', 'S', 'chair', users.chair.id],
      ['Tommy Nyström', 'S', 'member', users.tommy.id],
      ['Agnetha Öberg', 'M', 'member', null],
      ['Lars Berg', 'M', 'substitute', null],
      ['Åsa Lindqvist', 'S', 'substitute', users.asa.id],
      ['Per-Erik Ström', 'S', 'substitute', null],
    ] as const) {
      const m = await addMember(deps, liveCtx(), w.system, {
        committeeId: w.committeeId,
        termId: term.id,
        name,
        party,
        role,
        userId,
      })
      seats.set(name, m.id)
    }
    const meeting = await scheduleMeeting(deps, before, secretary, {
      committeeId: w.committeeId,
      meetsOn: '2025-12-15',
      startsAt: '09:00',
      place: 'Folkets hus, Bergön',
    })
    return { secretary, users, seats, meeting, term }
  }

  it('lists the meetings of the committees a member or substitute sits on, with the seat held', async () => {
    const w = await newWorld(deps)
    const { secretary, users, meeting, term } = await committee(w)
    const tu = await createCommittee(deps, liveCtx(), w.system, {
      name: 'Tekniskt utskott',
      shortName: 'TU',
      kind: 'subcommittee',
      parentId: w.committeeId,
    })
    await configureCommittee(deps, liveCtx(), w.system, { committeeId: tu.id, noticeDaysBefore: 5 })
    await addMember(deps, liveCtx(), w.system, {
      committeeId: tu.id,
      termId: term.id,
      personId: null,
      name: 'Åsa Lindqvist (TU)',
      userId: null,
      party: 'S',
      role: 'chair',
    })
    const other = await scheduleMeeting(deps, before, secretary, {
      committeeId: tu.id,
      meetsOn: '2025-12-01',
      startsAt: '13:00',
      place: 'Stadshuset',
    })
    const ctx = fixedCtx('2025-11-20T10:00:00+01:00')
    const chairs = await listMyMeetings(deps, ctx, users.chair, {})
    expect(chairs.map((m) => [m.id, m.seat_role, m.committee_name])).toEqual([
      [meeting.id, 'chair', 'Kommunstyrelsen'],
    ])
    const asa = await listMyMeetings(deps, ctx, users.asa, {})
    expect(asa.map((m) => [m.id, m.seat_role])).toEqual([[meeting.id, 'substitute']])
    expect(asa.some((m) => m.id === other.id)).toBe(false)
    // After the meeting it is no longer upcoming.
    expect(
      await listMyMeetings(deps, fixedCtx('2025-12-16T10:00:00+01:00'), users.chair, {}),
    ).toEqual([])
    const outsider = await w.user('member')
    expect(await listMyMeetings(deps, ctx, outsider, {})).toEqual([])
    await expect(listMyMeetings(deps, ctx, w.publicActor, {})).rejects.toMatchObject({
      code: 'unauthenticated',
    })
    await expect(
      listMyMeetings(deps, ctx, users.chair, { from: '2025-13-40' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    })
  })

  it("shows a member each item's documents as the public sees them: confidential ones masked, without files", async () => {
    const w = await newWorld(deps)
    const { secretary, users, meeting } = await committee(w)
    const registrar = await w.user('registrar')
    const c = await createCase(deps, before, w.system, {
      seriesPrefix: 'KS',
      title: 'Förvärv av fastighet',
    })
    await registerDocument(deps, before, registrar, {
      caseId: c.id,
      direction: 'drawnUp',
      documentDate: '2025-11-10',
      description: 'Tjänsteskrivelse – förvärv av fastigheten Kalix 1:23',
      files: [
        {
          fileName: 'tjansteskrivelse.txt',
          bytes: new TextEncoder().encode('Förslag till beslut'),
        },
      ],
    })
    await registerDocument(deps, before, registrar, {
      caseId: c.id,
      direction: 'incoming',
      documentDate: '2025-11-09',
      counterpartName: 'Gustav Lind',
      counterpartKind: 'person',
      description: 'Värdering och säljarens ekonomiska förhållanden',
      confidentiality: { ground: 'OSL 19:1', protectCounterpart: true, protectDescription: true },
      files: [
        { fileName: 'vardering.txt', bytes: new TextEncoder().encode('Värdering 4 100 000 kr') },
      ],
    })
    await addAgendaItem(deps, before, secretary, {
      meetingId: meeting.id,
      kind: 'case',
      caseId: c.id,
    })
    const view = await readMyMeeting(deps, users.chair, meeting.id)
    const item = view.items.find((i) => i.item.case_id === c.id)!
    expect(
      item.documents.map((d) => [d.description, d.counterpart, d.confidential, d.files.length]),
    ).toEqual([
      ['Tjänsteskrivelse – förvärv av fastigheten Kalix 1:23', null, false, 1],
      ['Sekretess enligt OSL 19:1', 'Sekretess enligt OSL 19:1', true, 0],
    ])
    expect(JSON.stringify(view)).not.toContain('Gustav Lind')
    expect(JSON.stringify(view)).not.toContain('4 100 000')
    const outsider = await w.user('member')
    await expect(readMyMeeting(deps, outsider, meeting.id)).rejects.toMatchObject({
      code: 'forbidden',
    })
  })

  it('takes absence reports before the meeting and names the substitute to call: same party first, in order of service', async () => {
    const w = await newWorld(deps)
    const { secretary, users, seats, meeting } = await committee(w)
    const ctx = fixedCtx('2025-12-01T10:00:00+01:00')
    await reportAbsence(deps, ctx, users.tommy, { meetingId: meeting.id, note: 'Tjänsteresa' })
    let r = await readAbsences(deps, secretary, meeting.id)
    // Tommy (S) is replaced by the first S substitute in the order of service who can come.
    expect(r.absences.map((a) => [a.person.name, a.suggestedSubstitute?.name])).toEqual([
      ['Tommy Nyström', 'Åsa Lindqvist'],
    ])
    expect(r.quorumExpected).toBe(true)
    // Åsa cannot come either: the next S substitute is suggested, passing over Lars (M).
    await reportAbsence(deps, ctx, users.asa, { meetingId: meeting.id })
    r = await readAbsences(deps, secretary, meeting.id)
    expect(
      r.absences.find((a) => a.person.name === 'Tommy Nyström')?.suggestedSubstitute?.name,
    ).toBe('Per-Erik Ström')
    await expect(
      callSubstitute(deps, ctx, secretary, {
        meetingId: meeting.id,
        membershipId: seats.get('Tommy Nyström')!,
        substituteMembershipId: seats.get('Åsa Lindqvist')!,
      }),
    ).rejects.toMatchObject({ code: 'substitute_absent' })
    await callSubstitute(deps, ctx, secretary, {
      meetingId: meeting.id,
      membershipId: seats.get('Tommy Nyström')!,
      substituteMembershipId: seats.get('Per-Erik Ström')!,
    })
    r = await readAbsences(deps, secretary, meeting.id)
    expect(r.absences.find((a) => a.person.name === 'Tommy Nyström')?.calledSubstitute?.name).toBe(
      'Per-Erik Ström',
    )
    await expect(readAbsences(deps, users.chair, meeting.id)).rejects.toMatchObject({
      code: 'forbidden',
    })
    // Åsa can come after all.
    await withdrawAbsence(deps, ctx, users.asa, { meetingId: meeting.id })
    expect((await readAbsences(deps, secretary, meeting.id)).absences).toHaveLength(1)
    await expect(
      withdrawAbsence(deps, ctx, users.asa, { meetingId: meeting.id }),
    ).rejects.toMatchObject({
      code: 'absence_not_found',
    })
    const mine = await listMyMeetings(deps, ctx, users.tommy, {})
    expect(mine[0]?.absence_note).toBe('Tjänsteresa')

    // Once the meeting is open, the roll call takes over.
    await addAgendaItem(deps, ctx, secretary, {
      meetingId: meeting.id,
      kind: 'information',
      title: 'Information',
    })
    await sendNotice(deps, ctx, secretary, { meetingId: meeting.id })
    await openMeeting(deps, fixedCtx('2025-12-15T09:00:00+01:00'), secretary, {
      meetingId: meeting.id,
    })
    await expect(
      reportAbsence(deps, fixedCtx('2025-12-15T09:05:00+01:00'), users.chair, {
        meetingId: meeting.id,
      }),
    ).rejects.toMatchObject({ code: 'meeting_status' })

    const events = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'data'])
      .where('municipality_id', '=', w.municipalityId)
      .orderBy('seq')
      .execute()
    const actions = events.map((e) => e.action)
    expect(actions.filter((a) => a === 'meeting.reportAbsence')).toHaveLength(2)
    expect(actions).toContain('meeting.callSubstitute')
    expect(actions).toContain('meeting.withdrawAbsence')
    // The reason given stays out of the audit log.
    expect(JSON.stringify(events)).not.toContain('Tjänsteresa')
  })

  it('serves a calendar feed by its secret address only, with the meetings and a cancelled one marked', async () => {
    const w = await newWorld(deps)
    const { secretary, users, meeting } = await committee(w)
    const extra = await scheduleMeeting(deps, liveCtx(), secretary, {
      committeeId: w.committeeId,
      meetsOn: '2026-12-14',
      startsAt: '13:00',
      place: 'Folkets hus, Bergön',
    })
    await cancelMeeting(deps, liveCtx(), secretary, { meetingId: extra.id, reason: 'Inga ärenden' })
    await addAgendaItem(deps, before, secretary, {
      meetingId: meeting.id,
      kind: 'information',
      title: 'Information om budget, 2026',
    })
    const app = await testApp(deps)
    const headers = await loginAs(app, users.chair.username)
    expect((await app.inject({ method: 'GET', url: '/api/me/calendar', headers })).json()).toEqual({
      active: false,
      createdAt: null,
    })
    const created = await app.inject({ method: 'POST', url: '/api/me/calendar', headers })
    expect(created.statusCode).toBe(201)
    const { path } = created.json() as { path: string }
    expect(path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)
    // The calendar program has no session: the address alone opens the feed.
    const feed = await app.inject({ method: 'GET', url: path })
    expect(feed.statusCode).toBe(200)
    expect(feed.headers['content-type']).toContain('text/calendar')
    const text = feed.body.replace(/\r\n /g, '')
    expect(text).toContain(`UID:${meeting.id}@kansli`)
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20251215T090000')
    expect(text).toContain('SUMMARY:Kommunstyrelsen – sammanträde')
    expect(text).toContain('Information om budget\\, 2026')
    expect(text).toMatch(new RegExp(`UID:${extra.id}@kansli[\\s\\S]*?STATUS:CANCELLED`))
    // A new address retires the old one; a wrong one is 404.
    const renewed = (
      await app.inject({ method: 'POST', url: '/api/me/calendar', headers })
    ).json() as {
      path: string
    }
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(404)
    expect((await app.inject({ method: 'GET', url: renewed.path })).statusCode).toBe(200)
    expect(
      (await app.inject({ method: 'GET', url: '/api/calendar/..%2F..%2Fetc.ics' })).statusCode,
    ).toBe(404)
    expect(
      (await app.inject({ method: 'DELETE', url: '/api/me/calendar', headers })).statusCode,
    ).toBe(204)
    expect((await app.inject({ method: 'GET', url: renewed.path })).statusCode).toBe(404)
    expect((await app.inject({ method: 'POST', url: '/api/me/calendar' })).statusCode).toBe(401)
    await app.close()
  })

  it('HTTP: my meetings, absence, the secretary’s list; bad input is 4xx and changes nothing', async () => {
    const w = await newWorld(deps)
    const { secretary, users, seats, meeting } = await committee(w)
    const app = await testApp(deps)
    const member = await loginAs(app, users.tommy.username)
    const staff = await loginAs(app, secretary.username)
    const list = await app.inject({
      method: 'GET',
      url: '/api/me/meetings?from=2025-01-01',
      headers: member,
    })
    expect(list.statusCode).toBe(200)
    expect(list.json().meetings[0]).toMatchObject({
      id: meeting.id,
      seat: { role: 'member', roleLabel: 'ledamot', capacity: 'summoned', party: 'S' },
      absence: null,
    })
    const detail = await app.inject({
      method: 'GET',
      url: `/api/me/meetings/${meeting.id}`,
      headers: member,
    })
    expect(detail.json()).toMatchObject({ id: meeting.id, noticePdf: null })
    const tooLong = await app.inject({
      method: 'POST',
      url: `/api/me/meetings/${meeting.id}/absence`,
      headers: member,
      payload: { note: 'x'.repeat(600) },
    })
    expect(tooLong.statusCode).toBe(400)
    expect((await readAbsences(deps, secretary, meeting.id)).absences).toHaveLength(0)
    const bad = await app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/absences/not-a-uuid/substitute`,
      headers: staff,
      payload: { substituteMembershipId: seats.get('Lars Berg') },
    })
    expect(bad.statusCode).toBe(400)
    for (const [method, url, headers] of [
      ['GET', '/api/me/meetings/not-a-uuid', member],
      ['GET', '/api/me/meetings?from=igår', member],
      ['POST', '/api/me/meetings/00000000-0000-4000-8000-000000000000/absence', member],
      ['GET', `/api/meetings/${meeting.id}/absences`, member],
      ['GET', '/api/me/meetings', {}],
    ] as const) {
      const res = await app.inject({
        method,
        url,
        headers,
        payload: method === 'POST' ? {} : undefined,
      })
      expect(res.statusCode, `${method} ${url}`).toBeGreaterThanOrEqual(400)
      expect(res.statusCode, `${method} ${url}`).toBeLessThan(500)
    }
    // Absence is open until the meeting is opened (here on the real clock, after its date).
    const ok = await app.inject({
      method: 'POST',
      url: `/api/me/meetings/${meeting.id}/absence`,
      headers: member,
      payload: { note: 'Sjuk' },
    })
    expect(ok.statusCode).toBe(201)
    const seen = await app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/absences`,
      headers: staff,
    })
    expect(seen.json().absences[0]).toMatchObject({
      name: 'Tommy Nyström',
      note: 'Sjuk',
      suggestedSubstitute: { name: 'Åsa Lindqvist' },
    })
    await app.close()
  })
})
