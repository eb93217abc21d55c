import type { MembershipRole } from '../../src/db/schema.js'
import type { Actor, Ctx, Deps } from '../../src/services/context.js'
import { addMember } from '../../src/services/committees/memberships.js'
import { assignStaff, configureCommittee } from '../../src/services/committees/settings.js'
import { createTerm } from '../../src/services/committees/terms.js'
import { createCommittee } from '../../src/services/registry/municipality.service.js'
import { createUser } from '../../src/services/access/users.service.js'
import { liveCtx, type World } from './builders.js'

/** Test data for committees and meetings, taken from the seeds where they show it. */
export interface Seat {
  name: string
  party: string
  role: MembershipRole
}

/** Kalmar KSAU 2024-03-26, "Beslutande" in the order the minutes print them. */
export const KALMAR_KSAU_SEATS: Seat[] = [
  { name: 'Erik Ciardi', party: 'C', role: 'chair' },
  { name: 'Hanne Lindqvist', party: 'M', role: 'viceChair' },
  { name: 'Johan Persson', party: 'S', role: 'member' },
  { name: 'Dzenita Abaza', party: 'S', role: 'member' },
  { name: 'Liselotte Ross', party: 'V', role: 'member' },
  { name: 'Christopher Dywik', party: 'KD', role: 'member' },
]

export async function newTerm(deps: Deps, w: World, ctx: Ctx = liveCtx()) {
  return createTerm(deps, ctx, w.system, {
    name: '2023–2026',
    startsOn: '2023-01-01',
    endsOn: '2026-12-31',
  })
}

/** Adds seats (and substitutes) to a committee; returns the membership ids by name. */
export async function seat(
  deps: Deps,
  actor: Actor,
  committeeId: string,
  termId: string,
  seats: Seat[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const s of seats) {
    const m = await addMember(deps, liveCtx(), actor, { committeeId, termId, ...s })
    ids.set(s.name, m.id)
  }
  return ids
}

/** Kalmar's kommunstyrelsens arbetsutskott under a KS, with the seed's six members. */
export async function kalmarKsau(deps: Deps, w: World) {
  const term = await newTerm(deps, w)
  const ksau = await createCommittee(deps, liveCtx(), w.system, {
    name: 'Kommunstyrelsens arbetsutskott',
    shortName: 'KSAU',
    kind: 'subcommittee',
    parentId: w.committeeId,
  })
  // Kalmar's reglemente is not in the seeds: 5 days (Alingsås, LEGAL-RULES rule 17) assumed.
  await configureCommittee(deps, liveCtx(), w.system, {
    committeeId: ksau.id,
    noticeDaysBefore: 5,
  })
  const seats = await seat(deps, w.system, ksau.id, term.id, KALMAR_KSAU_SEATS)
  const secretary = await namedUser(deps, w, 'anette.mellstrom', 'Anette Mellström', 'secretary')
  await assignStaff(deps, liveCtx(), w.system, {
    committeeId: ksau.id,
    userId: secretary.id,
    function: 'secretary',
  })
  return { term, committeeId: ksau.id, seats, secretary }
}

/** A user with a real-looking name (the builders' `w.user` gives "Test secretary 1"). */
export async function namedUser(
  deps: Deps,
  w: World,
  username: string,
  displayName: string,
  role: 'secretary' | 'member' | 'caseOfficer' | 'admin',
) {
  const u = await createUser(deps, liveCtx(), w.system, {
    username: `${username}.${w.municipalityId.slice(0, 6)}`,
    displayName,
    password: 'korrekt-häst-batteri',
    roles: [role],
  })
  const actor: Actor & { kind: 'user' } = {
    kind: 'user',
    id: u.id,
    municipalityId: w.municipalityId,
    roles: [role],
    displayName,
  }
  return { ...actor, username: u.username }
}

/**
 * Kalix KS's secretary (named as in the seed) on the staff of a committee whose reglemente asks
 * for the notice `noticeDaysBefore` days ahead (Kalix's period is not in the seed: 7 assumed).
 */
export async function kalixSecretary(
  deps: Deps,
  w: World,
  committeeId = w.committeeId,
  noticeDaysBefore = 7,
) {
  const secretary = await namedUser(deps, w, 'johanna', 'Johanna Granström', 'secretary')
  await assignStaff(deps, liveCtx(), w.system, {
    committeeId,
    userId: secretary.id,
    function: 'secretary',
  })
  await configureCommittee(deps, liveCtx(), w.system, { committeeId, noticeDaysBefore })
  return secretary
}
