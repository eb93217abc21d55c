import type { Actor, Deps } from '../../src/services/context.js'
import { assignStaff, configureCommittee } from '../../src/services/committees/settings.js'
import { scheduleMeeting } from '../../src/services/meetings/schedule-meeting.js'
import { createCase } from '../../src/services/registry/create-case.js'
import { addPoint } from '../../src/services/delegation/scheme-points.js'
import { adoptVersion, createDraftVersion } from '../../src/services/delegation/scheme-versions.js'
import type { PointInput } from '../../src/services/delegation/point-fields.js'
import { demoDelegationPoints } from '../../src/services/demo/delegation-seed-data.js'
import { fixedCtx, liveCtx, type World } from './builders.js'
import { namedUser } from './meeting-builders.js'

/**
 * The points of Kalix KS's delegation scheme that the notice of 2025-12-15 cites, as the demo
 * municipality has them (services/demo/delegation-seed-data.ts).
 */
export const KALIX_POINTS: PointInput[] = demoDelegationPoints

/** The scheme in force in late 2025: adopted 2022-12-12, in force from 2023-01-01. */
export async function kalixScheme(deps: Deps, w: World, secretary: Actor) {
  const ctx = fixedCtx('2025-11-01T10:00:00+01:00')
  const draft = await createDraftVersion(deps, ctx, secretary, { committeeId: w.committeeId })
  const points = new Map<string, string>()
  for (const p of KALIX_POINTS) {
    const row = await addPoint(deps, ctx, secretary, { ...p, versionId: draft.id })
    points.set(p.number, row.id)
  }
  const { version } = await adoptVersion(deps, ctx, secretary, {
    versionId: draft.id,
    adoptedOn: '2022-12-12',
    validFrom: '2023-01-01',
  })
  return { version, points }
}

/** Kalix KS with its secretary and the meeting of 2025-12-15 (planned). */
export async function kalixKsMeeting(deps: Deps, w: World) {
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
  const meeting = await scheduleMeeting(deps, fixedCtx('2025-11-01T10:00:00+01:00'), secretary, {
    committeeId: w.committeeId,
    meetsOn: '2025-12-15',
    startsAt: '09:00',
    place: 'Folkets hus, Bergön',
  })
  return { secretary, meeting }
}

/** A case in the KS series with the number it has in Kalix's registry. */
export async function kalixCase(deps: Deps, w: World, number: string, title: string) {
  const [, year, seq] = /^(?:KS-)?(\d{4})-(\d{5})$/.exec(number) ?? []
  return createCase(deps, fixedCtx('2025-11-01T10:00:00+01:00'), w.system, {
    seriesPrefix: 'KS',
    title,
    importedNumber: { year: Number(year), seq: Number(seq) },
  })
}
