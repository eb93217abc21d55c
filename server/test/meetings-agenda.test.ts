import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMember } from '../src/services/committees/memberships.js'
import { assignStaff, configureCommittee } from '../src/services/committees/settings.js'
import { addAgendaItem } from '../src/services/meetings/agenda-items.js'
import {
  moveAgendaItem,
  removeAgendaItem,
  updateAgendaItemText,
} from '../src/services/meetings/agenda-edit.js'
import { openMeeting, sendNotice } from '../src/services/meetings/meeting-status.js'
import { readMeeting } from '../src/services/meetings/read-meeting.js'
import { scheduleMeeting } from '../src/services/meetings/schedule-meeting.js'
import { createCase } from '../src/services/registry/create-case.js'
import { presentMeeting } from '../src/http/presenters/meeting.presenter.js'
import type { Deps } from '../src/services/context.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, liveCtx, newWorld, testDeps, type World } from './support/builders.js'
import { KALIX_2025_12_15, KALIX_KS } from './support/kalix-meeting.js'
import { namedUser, newTerm } from './support/meeting-builders.js'

describe.each(ENGINES)('agenda on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  async function kalixMeeting(w: World) {
    const secretary = await namedUser(deps, w, 'johanna', 'Johanna Granström', 'secretary')
    await assignStaff(deps, liveCtx(), w.system, {
      committeeId: w.committeeId,
      userId: secretary.id,
      function: 'secretary',
    })
    // The Kalix reglemente's notice period is not in the seed: 7 days assumed.
    await configureCommittee(deps, liveCtx(), w.system, {
      committeeId: w.committeeId,
      noticeDaysBefore: 7,
    })
    const meeting = await scheduleMeeting(deps, liveCtx(), secretary, {
      committeeId: w.committeeId,
      ...KALIX_KS,
    })
    return { secretary, meeting }
  }

  /** The registry's cases of the seed, with their real numbers (as services/demo does). */
  async function kalixCases(w: World) {
    const ids = new Map<string, string>()
    for (const [line, dnr] of KALIX_2025_12_15) {
      if (!dnr) continue
      const [, year, seq] = /KS-(\d{4})-(\d{5})/.exec(dnr)!
      const title = line.replace(/^\d+\. /, '')
      const c = await createCase(deps, fixedCtx('2025-11-10T10:00:00+01:00'), w.system, {
        seriesPrefix: 'KS',
        title,
        importedNumber: { year: Number(year), seq: Number(seq) },
      })
      ids.set(dnr, c.id)
    }
    return ids
  }

  it('rebuilds the Kalix KS agenda of 2025-12-15: twenty items in order with their case numbers', async () => {
    const w = await newWorld(deps)
    const { secretary, meeting } = await kalixMeeting(w)
    const cases = await kalixCases(w)
    const ctx = fixedCtx('2025-12-01T10:00:00+01:00')
    const add = (input: Omit<Parameters<typeof addAgendaItem>[3], 'meetingId'>) =>
      addAgendaItem(deps, ctx, secretary, { meetingId: meeting.id, ...input })

    // Built out of order on purpose: the AI guidelines first, moved to their place at the end.
    const ai = await add({ kind: 'case', caseId: cases.get('Dnr KS-2025-00494') })
    await add({
      kind: 'communications',
      title: 'Meddelanden - 15 december 2025',
      caseId: cases.get('Dnr KS-2025-00466'),
    })
    await add({
      kind: 'delegationReport',
      title: 'Redovisning - Delegerade ärenden',
      caseId: cases.get('Dnr KS-2025-00502'),
    })
    for (const [, dnr] of KALIX_2025_12_15.slice(6, 18)) {
      await add({ kind: 'case', caseId: cases.get(dnr!) })
    }
    await moveAgendaItem(deps, ctx, secretary, {
      meetingId: meeting.id,
      itemId: ai.id,
      position: 18,
    })
    await add({ kind: 'information', title: 'Synpunkter - Rapport' })
    await add({
      kind: 'information',
      title: KALIX_2025_12_15[1]![0].replace(/^2\. /, ''),
      position: 2,
    })

    const view = presentMeeting(await readMeeting(deps, ctx, secretary, meeting.id))
    expect(view.agenda.map((i) => [`${i.number}. ${i.title}`, i.caseLabel])).toEqual(
      KALIX_2025_12_15,
    )
    expect(view).toMatchObject({
      meetsOn: '2025-12-15',
      startsAt: '09:00',
      place: 'Folkets hus, Bergön',
      secretaryName: 'Johanna Granström',
    })
    expect(view.agenda.filter((i) => i.numbered)).toHaveLength(17)
    expect(view.agenda.every((i) => !i.addedAfterNotice && !i.addedAtMeeting)).toBe(true)
    const kinds = new Set(view.agenda.map((i) => i.kind))
    expect([...kinds].sort()).toEqual([
      'agendaApproval',
      'attesterElection',
      'case',
      'communications',
      'delegationReport',
      'information',
      'rollCall',
    ])
  })

  it('marks items added after the notice and at the meeting; removes only before it opens', async () => {
    const w = await newWorld(deps)
    const { secretary, meeting } = await kalixMeeting(w)
    const ctx = fixedCtx('2025-12-05T10:00:00+01:00')
    const base = { meetingId: meeting.id }
    const early = await addAgendaItem(deps, ctx, secretary, {
      ...base,
      kind: 'information',
      title: 'Information från kommundirektören',
    })
    await sendNotice(deps, ctx, secretary, base)
    const late = await addAgendaItem(deps, ctx, secretary, {
      ...base,
      kind: 'information',
      title: 'Information om vinterväghållning',
    })
    await removeAgendaItem(deps, ctx, secretary, { ...base, itemId: early.id })
    await openMeeting(deps, ctx, secretary, base)
    const atMeeting = await addAgendaItem(deps, ctx, secretary, {
      ...base,
      kind: 'information',
      title: 'Information efter IT-angrepp',
      position: 4,
    })
    await expect(
      removeAgendaItem(deps, ctx, secretary, { ...base, itemId: late.id }),
    ).rejects.toMatchObject({ code: 'meeting_status' })
    await updateAgendaItemText(deps, ctx, secretary, {
      ...base,
      itemId: atMeeting.id,
      presenter: 'IT-chef Anna Stålbrand Sundh',
    })

    const view = presentMeeting(await readMeeting(deps, ctx, secretary, meeting.id))
    expect(
      view.agenda.map((i) => [i.number, i.title, i.addedAfterNotice, i.addedAtMeeting]),
    ).toEqual([
      [1, 'Upprop', false, false],
      [2, 'Val av justerare', false, false],
      [3, 'Godkännande av ärendelista', false, false],
      [4, 'Information efter IT-angrepp', false, true],
      [5, 'Information om vinterväghållning', true, false],
    ])
    expect(view.agenda[3]!.presenter).toBe('IT-chef Anna Stålbrand Sundh')
    const actions = await deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('municipality_id', '=', w.municipalityId)
      .where('entity_type', '=', 'agendaItem')
      .orderBy('seq')
      .execute()
    expect(actions.map((a) => a.action)).toEqual([
      'agenda.addItem',
      'agenda.addItem',
      'agenda.removeItem',
      'agenda.addItem',
      'agenda.updateItem',
    ])
  })

  it('checks the items: a case item needs a case, a case once, protected titles stay out', async () => {
    const w = await newWorld(deps)
    const { secretary, meeting } = await kalixMeeting(w)
    const ctx = liveCtx()
    const base = { meetingId: meeting.id }
    await expect(
      addAgendaItem(deps, ctx, secretary, { ...base, kind: 'case' }),
    ).rejects.toMatchObject({ details: { fields: [{ field: 'caseId' }] } })
    const c = await createCase(deps, ctx, w.system, { seriesPrefix: 'KS', title: 'Ett ärende' })
    await addAgendaItem(deps, ctx, secretary, { ...base, kind: 'case', caseId: c.id })
    await expect(
      addAgendaItem(deps, ctx, secretary, { ...base, kind: 'case', caseId: c.id }),
    ).rejects.toMatchObject({ code: 'case_on_agenda' })
    const secret = await createCase(deps, ctx, w.system, {
      seriesPrefix: 'KS',
      title: 'Förvärv av fastigheten Kalix 1:23',
      titleProtected: true,
    })
    await expect(
      addAgendaItem(deps, ctx, secretary, { ...base, kind: 'case', caseId: secret.id }),
    ).rejects.toMatchObject({ details: { fields: [{ field: 'title' }] } })
    await expect(
      addAgendaItem(deps, ctx, secretary, { ...base, kind: 'rollCall' }),
    ).rejects.toMatchObject({ code: 'item_exists' })
    await expect(
      addAgendaItem(deps, ctx, secretary, {
        ...base,
        kind: 'information',
        title: 'X',
        position: 9,
      }),
    ).rejects.toMatchObject({ details: { fields: [{ field: 'position' }] } })
    await expect(
      addAgendaItem(deps, ctx, secretary, {
        ...base,
        kind: 'case',
        caseId: '00000000-0000-0000-0000-000000000000',
      }),
    ).rejects.toMatchObject({ code: 'case_not_found' })
  })

  it('lets members read their own meeting but not change the agenda', async () => {
    const w = await newWorld(deps)
    const { meeting } = await kalixMeeting(w)
    const term = await newTerm(deps, w)
    const susanne = await namedUser(deps, w, 'susanne', 'Susanne Andersson', 'member')
    await addMember(deps, liveCtx(), w.system, {
      committeeId: w.committeeId,
      termId: term.id,
      name: 'Susanne Andersson',
      userId: susanne.id,
      party: 'S',
      role: 'chair',
    })
    const view = await readMeeting(deps, liveCtx(), susanne, meeting.id)
    expect(view.agenda).toHaveLength(3)
    await expect(
      addAgendaItem(deps, liveCtx(), susanne, {
        meetingId: meeting.id,
        kind: 'information',
        title: 'X',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' })
  })
})
