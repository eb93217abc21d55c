import { isIsoDate, swedishDate } from '../../domain/dates.js'
import { compareDelegationPoints } from '../../domain/delegation.js'
import { ValidationError } from '../../domain/errors.js'
import type { CommitteeRow } from '../../repositories/committee.repository.js'
import {
  findSchemeOfCommittee,
  findVersion,
  findVersionInForce,
  listPoints,
  listVersions,
  type PointView,
  type VersionRow,
} from '../../repositories/delegation-scheme.repository.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { loadCommittee } from '../committees/committee-access.js'
import { isUuid } from '../registry/create-case.js'
import { notFoundVersion, requireDelegationReader } from './delegation-access.js'

export interface VersionView {
  version: VersionRow
  points: PointView[]
}

export interface SchemeView {
  committee: CommitteeRow
  /** Every version, oldest first: earlier versions stay readable. */
  versions: VersionRow[]
  /** The date `inForce` was looked up for. */
  on: string
  inForce: VersionView | null
  draft: VersionView | null
}

/** Points in their numeric order (7.2 before 10.1). */
async function pointsOf(deps: Deps, versionId: string): Promise<PointView[]> {
  const points = await listPoints(deps.db, versionId)
  return points.sort((a, b) => compareDelegationPoints(a.number, b.number))
}

/** A committee's delegation scheme: its versions, the one in force on a day, and the draft. */
export async function readScheme(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  committeeId: string,
  on?: string,
): Promise<SchemeView> {
  requireDelegationReader(actor)
  if (on !== undefined && !isIsoDate(on)) {
    throw new ValidationError('Datumet är ogiltigt.', [
      { field: 'on', message: 'Ange ÅÅÅÅ-MM-DD.' },
    ])
  }
  const committee = await loadCommittee(deps.db, actor, committeeId)
  const date = on ?? swedishDate(ctx.now())
  const scheme = await findSchemeOfCommittee(deps.db, actor.municipalityId, committee.id)
  const versions = scheme ? await listVersions(deps.db, scheme.id) : []
  const current = scheme ? await findVersionInForce(deps.db, committee.id, date) : undefined
  const draft = versions.find((v) => v.status === 'draft')
  return {
    committee,
    versions,
    on: date,
    inForce: current ? { version: current, points: await pointsOf(deps, current.id) } : null,
    draft: draft ? { version: draft, points: await pointsOf(deps, draft.id) } : null,
  }
}

/** One version with its points, adopted or draft. */
export async function readVersion(
  deps: Deps,
  actor: Actor,
  versionId: string,
): Promise<VersionView> {
  requireDelegationReader(actor)
  const v = isUuid(versionId)
    ? await findVersion(deps.db, actor.municipalityId, versionId)
    : undefined
  if (!v) throw notFoundVersion()
  return { version: v, points: await pointsOf(deps, v.id) }
}
