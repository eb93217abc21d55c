import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMember } from '../src/services/committees/memberships.js'
import { endMembership } from '../src/services/committees/membership-end.js'
import { linkPersonUser } from '../src/services/committees/people.js'
import { readCommittee } from '../src/services/committees/roster.js'
import { assignStaff, configureCommittee } from '../src/services/committees/settings.js'
import { createTerm } from '../src/services/committees/terms.js'
import { createCommittee } from '../src/services/registry/municipality.service.js'
import { presentCommittee } from '../src/http/presenters/committee.presenter.js'
import type { Deps } from '../src/services/context.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, liveCtx, newWorld, testDeps } from './support/builders.js'
import { KALMAR_KSAU_SEATS, kalmarKsau, namedUser, newTerm } from './support/meeting-builders.js'

describe.each(ENGINES)('committee membership on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  it('seats Kalix KS with its chair Susanne Andersson (S) and secretary Johanna Granström', async () => {
    const w = await newWorld(deps)
    const term = await newTerm(deps, w)
    const secretary = await namedUser(deps, w, 'johanna', 'Johanna Granström', 'secretary')
    const susanne = await namedUser(deps, w, 'susanne', 'Susanne Andersson', 'member')
    const ctx = fixedCtx('2025-01-02T10:00:00+01:00')
    await addMember(deps, ctx, secretary, {
      committeeId: w.committeeId,
      termId: term.id,
      name: 'Susanne Andersson',
      userId: susanne.id,
      party: 'S',
      role: 'chair',
    })
    await assignStaff(deps, ctx, secretary, {
      committeeId: w.committeeId,
      userId: secretary.id,
      function: 'secretary',
    })
    await configureCommittee(deps, ctx, secretary, {
      committeeId: w.committeeId,
      noticeDaysBefore: 7,
    })

    // The chair reads her own committee; the view shows her as the notice does.
    const view = presentCommittee(
      await readCommittee(deps, ctx, susanne, w.committeeId, '2025-12-15'),
    )
    expect(view.members).toMatchObject([
      { displayName: 'Susanne Andersson (S)', role: 'chair', roleLabel: 'ordförande' },
    ])
    expect(view.staff).toEqual([
      { userId: secretary.id, name: 'Johanna Granström', title: null, function: 'secretary' },
    ])
    expect(view.noticeRule).toEqual({ daysBefore: 7, source: 'reglemente' })

    const actions = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'entity_type'])
      .where('municipality_id', '=', w.municipalityId)
      .where('action', 'in', [
        'term.create',
        'person.create',
        'committee.addMember',
        'committee.assignStaff',
        'committee.configure',
      ])
      .orderBy('seq')
      .execute()
    expect(actions.map((a) => a.action)).toEqual([
      'term.create',
      'person.create',
      'committee.addMember',
      'committee.assignStaff',
      'committee.configure',
    ])
  })

  it('lists Kalmar KSAU as its minutes print "Beslutande"', async () => {
    const w = await newWorld(deps, { template: '{series} {year}/{seq:4}' })
    const ksau = await kalmarKsau(deps, w)
    const view = presentCommittee(
      await readCommittee(deps, liveCtx(), w.system, ksau.committeeId, '2024-03-26'),
    )
    expect(view.members.map((m) => m.displayName)).toEqual(
      KALMAR_KSAU_SEATS.map((s) => `${s.name} (${s.party})`),
    )
    expect(view.members.map((m) => m.roleLabel).slice(0, 3)).toEqual([
      'ordförande',
      'vice ordförande',
      'ledamot',
    ])
    expect(view.staff[0]?.name).toBe('Anette Mellström')
  })

  it('keeps one chair at a time, substitutes in order of service, seats within the term', async () => {
    const w = await newWorld(deps)
    const term = await newTerm(deps, w)
    const base = { committeeId: w.committeeId, termId: term.id }
    const ctx = liveCtx()
    const chair = await addMember(deps, ctx, w.system, {
      ...base,
      name: 'Ordförande Ett',
      party: 'S',
      role: 'chair',
    })
    await expect(
      addMember(deps, ctx, w.system, {
        ...base,
        name: 'Annan Ordförande',
        party: 'M',
        role: 'chair',
      }),
    ).rejects.toMatchObject({ code: 'role_taken' })
    // After the first chair leaves, a new chair may take over from the next day.
    await endMembership(deps, ctx, w.system, { membershipId: chair.id, endsOn: '2024-06-30' })
    await addMember(deps, ctx, w.system, {
      ...base,
      name: 'Ny Ordförande',
      party: 'S',
      role: 'chair',
      startsOn: '2024-07-01',
    })
    const s1 = await addMember(deps, ctx, w.system, {
      ...base,
      name: 'Ersättare Ett',
      party: 'S',
      role: 'substitute',
    })
    const s2 = await addMember(deps, ctx, w.system, {
      ...base,
      name: 'Ersättare Två',
      party: 'M',
      role: 'substitute',
    })
    expect([s1.list_order, s2.list_order]).toEqual([1, 2])
    await expect(
      addMember(deps, ctx, w.system, {
        ...base,
        name: 'Ersättare Tre',
        party: 'V',
        role: 'substitute',
        order: 2,
      }),
    ).rejects.toMatchObject({ code: 'substitute_order_taken' })
    await expect(
      addMember(deps, ctx, w.system, {
        ...base,
        personId: s1.person_id,
        party: 'S',
        role: 'member',
      }),
    ).rejects.toMatchObject({ code: 'already_member' })
    await expect(
      addMember(deps, ctx, w.system, {
        ...base,
        name: 'Utanför Perioden',
        party: 'L',
        role: 'member',
        startsOn: '2022-12-01',
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    await expect(
      addMember(deps, ctx, w.system, { ...base, name: 'Utan Parti', party: '', role: 'member' }),
    ).rejects.toMatchObject({ details: { fields: [{ field: 'party' }] } })

    const before = await readCommittee(deps, ctx, w.system, w.committeeId, '2024-06-30')
    const after = await readCommittee(deps, ctx, w.system, w.committeeId, '2024-07-01')
    expect(before.members.map((m) => m.name)).toEqual(['Ordförande Ett'])
    expect(after.members.map((m) => m.name)).toEqual(['Ny Ordförande'])
    expect(after.substitutes.map((m) => m.name)).toEqual(['Ersättare Ett', 'Ersättare Två'])
  })

  it('refuses overlapping terms and a second link of one account', async () => {
    const w = await newWorld(deps)
    await newTerm(deps, w)
    await expect(
      createTerm(deps, liveCtx(), w.system, {
        name: '2026–2030',
        startsOn: '2026-11-15',
        endsOn: '2030-11-14',
      }),
    ).rejects.toMatchObject({ code: 'term_overlap' })
    const term = await createTerm(deps, liveCtx(), w.system, {
      name: '2027–2030',
      startsOn: '2027-01-01',
      endsOn: '2030-12-31',
    })
    const account = await namedUser(deps, w, 'ledamot', 'Lena Ledamot', 'member')
    const a = await addMember(deps, liveCtx(), w.system, {
      committeeId: w.committeeId,
      termId: term.id,
      name: 'Lena Ledamot',
      party: 'C',
      role: 'member',
    })
    await linkPersonUser(deps, liveCtx(), w.system, { personId: a.person_id, userId: account.id })
    await expect(
      addMember(deps, liveCtx(), w.system, {
        committeeId: w.committeeId,
        termId: term.id,
        name: 'Någon Annan',
        userId: account.id,
        party: 'C',
        role: 'member',
      }),
    ).rejects.toMatchObject({ code: 'user_already_linked' })
  })

  it('lets secretaries and admins manage; members read only their own committees', async () => {
    const w = await newWorld(deps)
    const term = await newTerm(deps, w)
    const member = await namedUser(deps, w, 'member', 'Mona Medlem', 'member')
    const outsider = await namedUser(deps, w, 'outsider', 'Otto Utanför', 'member')
    const officer = await w.user('caseOfficer')
    const m = await addMember(deps, liveCtx(), w.system, {
      committeeId: w.committeeId,
      termId: term.id,
      name: 'Mona Medlem',
      userId: member.id,
      party: 'MP',
      role: 'member',
    })
    expect(m.user_id).toBe(member.id)
    const input = {
      committeeId: w.committeeId,
      termId: term.id,
      name: 'X',
      party: 'S',
      role: 'member' as const,
    }
    await expect(addMember(deps, liveCtx(), member, input)).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(addMember(deps, liveCtx(), officer, input)).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(
      readCommittee(deps, liveCtx(), outsider, w.committeeId, '2025-01-01'),
    ).rejects.toMatchObject({ code: 'forbidden' })
    await expect(
      readCommittee(deps, liveCtx(), w.publicActor, w.committeeId, '2025-01-01'),
    ).rejects.toMatchObject({ code: 'unauthenticated' })
    // A member's reading right follows the seat: not before the term began.
    await expect(
      readCommittee(deps, liveCtx(), member, w.committeeId, '2022-06-01'),
    ).rejects.toMatchObject({ code: 'forbidden' })
    expect((await readCommittee(deps, liveCtx(), officer, w.committeeId)).members).toHaveLength(1)
  })

  it('takes the notice rule from the committee kind (domain/notice.ts)', async () => {
    const w = await newWorld(deps)
    const kf = await createCommittee(deps, liveCtx(), w.system, {
      name: 'Kommunfullmäktige',
      shortName: 'KF',
      kind: 'council',
    })
    expect((await readCommittee(deps, liveCtx(), w.system, kf.id)).noticeRule).toEqual({
      daysBefore: 7,
      source: 'law',
    })
    // A nämnd's rule is unknown until its reglemente period is entered.
    expect((await readCommittee(deps, liveCtx(), w.system, w.committeeId)).noticeRule).toBeNull()
    await expect(
      configureCommittee(deps, liveCtx(), w.system, { committeeId: kf.id, noticeDaysBefore: 5 }),
    ).rejects.toMatchObject({
      message: 'Fullmäktiges sammanträde ska tillkännages minst en vecka före.',
    })
    await expect(
      configureCommittee(deps, liveCtx(), w.system, {
        committeeId: w.committeeId,
        noticeDaysBefore: null,
      }),
    ).rejects.toMatchObject({ details: { fields: [{ field: 'noticeDaysBefore' }] } })
  })
})
