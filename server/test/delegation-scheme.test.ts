import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { createCommittee } from '../src/services/registry/municipality.service.js'
import { readScheme, readVersion } from '../src/services/delegation/read-scheme.js'
import { registerDelegatedDecision } from '../src/services/delegation/register-decision.js'
import { addPoint, removePoint, updatePoint } from '../src/services/delegation/scheme-points.js'
import {
  adoptVersion,
  createDraftVersion,
  discardDraftVersion,
  updateDraftVersion,
} from '../src/services/delegation/scheme-versions.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, liveCtx, newWorld, testDeps } from './support/builders.js'
import { KALIX_POINTS, kalixCase, kalixScheme } from './support/delegation-builders.js'
import { namedUser } from './support/meeting-builders.js'

const DEC_2025 = fixedCtx('2025-12-15T15:00:00+01:00')

async function rejection(p: Promise<unknown>) {
  try {
    await p
  } catch (err) {
    return err as Error & { code?: string; fields?: { field: string; message: string }[] }
  }
  throw new Error('expected a rejection')
}

describe.each(ENGINES)('delegation scheme on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
  })
  afterAll(async () => database?.close())

  async function world() {
    const w = await newWorld(deps)
    const secretary = await namedUser(deps, w, 'johanna', 'Johanna Granström', 'secretary')
    return { w, secretary }
  }

  it('rebuilds the Kalix revision of item 16: a new version from 2026-01-01, the old one kept and ending 2025-12-31', async () => {
    const { w, secretary } = await world()
    const { version: v1, points } = await kalixScheme(deps, w, secretary)
    expect(v1).toMatchObject({ version_number: 1, status: 'adopted', valid_from: '2023-01-01' })
    const revisionCase = await kalixCase(
      deps,
      w,
      'KS-2025-00483',
      'Revidering - Kommunstyrelsens delegationsordning',
    )

    // The revision starts as a copy of the scheme in force.
    const draft = await createDraftVersion(deps, DEC_2025, secretary, {
      committeeId: w.committeeId,
      validFrom: '2026-01-01',
      note: 'Ny nämndsorganisation från 2026-01-01 (KF 2025-11-24).',
    })
    expect(draft).toMatchObject({ version_number: 2, status: 'draft', valid_from: '2026-01-01' })
    const copy = await readVersion(deps, secretary, draft.id)
    expect(copy.points.map((p) => p.number)).toEqual(['4.1', '7.2', '10.1', '13.1'])
    expect(copy.points.every((p) => !points.has(p.id))).toBe(true)

    // Samhällsbyggnadsnämnden ceases: its remiss point goes, its points come over from 27 on
    // (the seed does not print them; 27.1 here stands for them).
    const p41 = copy.points.find((p) => p.number === '4.1')!
    await removePoint(deps, DEC_2025, secretary, { versionId: draft.id, pointId: p41.id })
    const p72 = copy.points.find((p) => p.number === '7.2')!
    await updatePoint(deps, DEC_2025, secretary, {
      ...KALIX_POINTS[1]!,
      versionId: draft.id,
      pointId: p72.id,
      amountLimitSek: 100_000_000,
    })
    await addPoint(deps, DEC_2025, secretary, {
      versionId: draft.id,
      number: '27.1',
      text: 'Beslut om bygglov enligt 9 kap. plan- och bygglagen.',
      delegateType: 'employee',
      delegateTitle: 'Bygglovshandläggare',
      legalReference: 'PBL 9 kap. 2 §',
    })

    const { version: v2, previous } = await adoptVersion(deps, DEC_2025, secretary, {
      versionId: draft.id,
      adoptedOn: '2025-12-15',
      caseId: revisionCase.id,
      sectionNumber: 112,
    })
    expect(v2).toMatchObject({
      status: 'adopted',
      valid_from: '2026-01-01',
      valid_to: null,
      adopted_on: '2025-12-15',
      adopted_case_id: revisionCase.id,
      adopted_section_number: 112,
    })
    expect(previous).toMatchObject({ id: v1.id, valid_to: '2025-12-31' })

    const before = await readScheme(deps, DEC_2025, secretary, w.committeeId, '2025-12-31')
    expect(before.inForce?.version.version_number).toBe(1)
    expect(before.inForce?.points.map((p) => p.number)).toEqual(['4.1', '7.2', '10.1', '13.1'])
    const after = await readScheme(deps, DEC_2025, secretary, w.committeeId, '2026-01-01')
    expect(after.inForce?.version.version_number).toBe(2)
    expect(after.inForce?.points.map((p) => [p.number, p.amount_limit_sek])).toEqual([
      ['7.2', 100_000_000],
      ['10.1', null],
      ['13.1', null],
      ['27.1', null],
    ])
    expect(after.versions.map((v) => [v.version_number, v.valid_from, v.valid_to])).toEqual([
      [1, '2023-01-01', '2025-12-31'],
      [2, '2026-01-01', null],
    ])
    expect(after.draft).toBeNull()
    // The old version is still readable as it was.
    const old = await readVersion(deps, secretary, v1.id)
    expect(old.points.find((p) => p.number === '7.2')?.amount_limit_sek).toBeNull()

    const events = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id'])
      .where('municipality_id', '=', w.municipalityId)
      .where('action', 'like', 'delegation.%')
      .orderBy('seq')
      .execute()
    expect(events.map((e) => e.action)).toEqual([
      'delegation.createDraft',
      ...KALIX_POINTS.map(() => 'delegation.addPoint'),
      'delegation.adopt',
      'delegation.createDraft',
      'delegation.removePoint',
      'delegation.updatePoint',
      'delegation.addPoint',
      'delegation.adopt',
    ])
  })

  it('never edits an adopted version: the service refuses and the database refuses too', async () => {
    const { w, secretary } = await world()
    const { version, points } = await kalixScheme(deps, w, secretary)
    const err = await rejection(
      updatePoint(deps, DEC_2025, secretary, {
        ...KALIX_POINTS[0]!,
        text: 'Ändrad text',
        versionId: version.id,
        pointId: points.get('4.1')!,
      }),
    )
    expect(err.code).toBe('delegation_version_adopted')
    expect(err.message).toContain('Gör en revidering')
    await expect(
      addPoint(deps, DEC_2025, secretary, {
        ...KALIX_POINTS[0]!,
        number: '4.2',
        versionId: version.id,
      }),
    ).rejects.toThrow(/är antagen/)
    await expect(
      sql`update delegation_points set text = 'x' where id = ${points.get('4.1')!}`.execute(
        deps.db,
      ),
    ).rejects.toThrow(/cannot be changed/)
    await expect(
      sql`update delegation_scheme_versions set valid_from = '2022-01-01' where id = ${version.id}`.execute(
        deps.db,
      ),
    ).rejects.toThrow(/cannot be changed/)
    await expect(
      sql`delete from delegation_points where id = ${points.get('4.1')!}`.execute(deps.db),
    ).rejects.toThrow(/cannot be changed/)
    const unchanged = await readVersion(deps, secretary, version.id)
    expect(unchanged.points.find((p) => p.number === '4.1')?.text).toBe(KALIX_POINTS[0]!.text)
  })

  it('refuses delegation to a group of employees or to a mixed group (rule 31), in Swedish', async () => {
    const { w, secretary } = await world()
    const draft = await createDraftVersion(deps, DEC_2025, secretary, {
      committeeId: w.committeeId,
    })
    const group = await rejection(
      addPoint(deps, DEC_2025, secretary, {
        versionId: draft.id,
        number: '5.1',
        text: 'Beslut om bidrag till föreningar.',
        delegateType: 'employeeGroup',
        delegateTitle: 'Föreningshandläggarna',
      }),
    )
    expect(group.code).toBe('delegate_not_allowed')
    expect(group.message).toBe(
      'Beslutanderätt kan inte delegeras till en grupp av anställda. Delegera till en enskild anställd, till exempel en befattning.',
    )
    const mixed = await rejection(
      addPoint(deps, DEC_2025, secretary, {
        versionId: draft.id,
        number: '5.2',
        text: 'Beslut om bidrag till föreningar.',
        delegateType: 'mixedGroup',
        delegateTitle: 'Ordföranden och fritidschefen',
      }),
    )
    expect(mixed.code).toBe('delegate_not_allowed')
    expect(mixed.message).toContain('blandad delegering')
    expect((await readVersion(deps, secretary, draft.id)).points).toEqual([])
  })

  it('lists every problem of a point at once and checks number, delegate and subcommittee', async () => {
    const { w, secretary } = await world()
    const draft = await createDraftVersion(deps, DEC_2025, secretary, {
      committeeId: w.committeeId,
    })
    const err = await rejection(
      addPoint(deps, DEC_2025, secretary, {
        versionId: draft.id,
        number: '10,1',
        text: ' ',
        delegateType: 'employee',
        amountLimitSek: -5,
      }),
    )
    expect(err.code).toBe('validation_failed')
    expect(err.fields?.map((f) => f.field)).toEqual([
      'number',
      'text',
      'delegateTitle',
      'amountLimitSek',
    ])
    expect(err.fields?.[1]?.message).toBe('Ange vad delegationen avser.')

    // An utskott of another committee cannot be the delegate; the committee's own can.
    const other = await createCommittee(deps, liveCtx(), w.system, {
      name: 'Socialnämnden',
      shortName: 'SN',
      kind: 'board',
    })
    const foreign = await createCommittee(deps, liveCtx(), w.system, {
      name: 'Socialnämndens individutskott',
      shortName: 'SNIU',
      kind: 'subcommittee',
      parentId: other.id,
    })
    const own = await createCommittee(deps, liveCtx(), w.system, {
      name: 'Kommunstyrelsens arbets- och personalutskott',
      shortName: 'KSAPU',
      kind: 'subcommittee',
      parentId: w.committeeId,
    })
    const sub = {
      versionId: draft.id,
      number: '2.1',
      text: 'Personalfrågor.',
      delegateType: 'subcommittee' as const,
    }
    await expect(
      addPoint(deps, DEC_2025, secretary, { ...sub, delegateCommitteeId: foreign.id }),
    ).rejects.toThrow('Delegaten måste vara ett av nämndens egna utskott.')
    const ok = await addPoint(deps, DEC_2025, secretary, { ...sub, delegateCommitteeId: own.id })
    expect(ok).toMatchObject({
      delegate_type: 'subcommittee',
      delegate_committee_id: own.id,
      delegate_title: null,
    })
    await expect(
      addPoint(deps, DEC_2025, secretary, { ...sub, delegateCommitteeId: own.id }),
    ).rejects.toThrow('Punkt 2.1 finns redan i versionen.')
    const view = await readVersion(deps, secretary, draft.id)
    expect(view.points[0]?.delegate_committee_name).toBe(
      'Kommunstyrelsens arbets- och personalutskott',
    )
  })

  it('keeps one draft at a time; a draft can be changed and discarded', async () => {
    const { w, secretary } = await world()
    const draft = await createDraftVersion(deps, DEC_2025, secretary, {
      committeeId: w.committeeId,
    })
    await expect(
      createDraftVersion(deps, DEC_2025, secretary, { committeeId: w.committeeId }),
    ).rejects.toMatchObject({ code: 'delegation_draft_exists' })
    const changed = await updateDraftVersion(deps, DEC_2025, secretary, {
      versionId: draft.id,
      validFrom: '2026-02-01',
    })
    expect(changed.valid_from).toBe('2026-02-01')
    await expect(
      adoptVersion(deps, DEC_2025, secretary, { versionId: draft.id, adoptedOn: '2025-12-15' }),
    ).rejects.toThrow('En delegationsordning utan punkter kan inte antas.')
    await discardDraftVersion(deps, DEC_2025, secretary, draft.id)
    const after = await readScheme(deps, DEC_2025, secretary, w.committeeId)
    expect(after.versions).toEqual([])
    await expect(readVersion(deps, secretary, draft.id)).rejects.toMatchObject({
      code: 'delegation_version_not_found',
    })
  })

  it('refuses an adoption that would strand decisions already taken under the old version', async () => {
    const { w, secretary } = await world()
    const { points } = await kalixScheme(deps, w, secretary)
    const march = fixedCtx('2026-03-10T10:00:00+01:00')
    await registerDelegatedDecision(deps, march, secretary, {
      committeeId: w.committeeId,
      decidedOn: '2026-03-02',
      pointId: points.get('7.2'),
      decisionMaker: { name: 'Jeanette Larsson', title: 'Ekonomichef' },
      action: 'Beslutat att omplacera befintligt lån hos Kommuninvest.',
      reportLater: true,
    })
    const draft = await createDraftVersion(deps, march, secretary, { committeeId: w.committeeId })
    const err = await rejection(
      adoptVersion(deps, march, secretary, {
        versionId: draft.id,
        adoptedOn: '2026-02-23',
        validFrom: '2026-03-01',
      }),
    )
    expect(err.code).toBe('delegation_decisions_after_valid_from')
    const later = await adoptVersion(deps, march, secretary, {
      versionId: draft.id,
      adoptedOn: '2026-03-09',
      validFrom: '2026-04-01',
    })
    expect(later.previous?.valid_to).toBe('2026-03-31')
  })

  it('lets staff read the scheme, not members, and only secretaries and administrators change it', async () => {
    const { w, secretary } = await world()
    await kalixScheme(deps, w, secretary)
    const officer = await w.user('caseOfficer')
    const member = await w.user('member')
    expect((await readScheme(deps, DEC_2025, officer, w.committeeId)).inForce?.points).toHaveLength(
      4,
    )
    await expect(readScheme(deps, DEC_2025, member, w.committeeId)).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(
      createDraftVersion(deps, DEC_2025, officer, { committeeId: w.committeeId }),
    ).rejects.toThrow('Du har inte behörighet att ändra delegationsordningen.')
    await expect(readScheme(deps, DEC_2025, w.publicActor, w.committeeId)).rejects.toMatchObject({
      code: 'unauthenticated',
    })
  })
})
