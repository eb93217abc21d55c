import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { ForbiddenError, NotFoundError } from '../../domain/errors.js'
import { findCommittee, type CommitteeRow } from '../../repositories/committee.repository.js'
import { userSitsOn } from '../../repositories/member.repository.js'
import { isStaff, requireRole } from '../access/policies.js'
import { isUuid } from '../registry/create-case.js'
import type { Actor } from '../context.js'

/**
 * Who may do what with committees and meetings: secretaries and administrators manage them;
 * staff read them; members and substitutes read the meetings of the committees they sit on.
 */
export function requireMeetingManager(actor: Actor, what: string): void {
  requireRole(actor, ['secretary', 'admin'], what)
}

export function notFoundCommittee(): NotFoundError {
  return new NotFoundError('committee_not_found', 'Organet finns inte.')
}

export async function loadCommittee(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
): Promise<CommitteeRow> {
  const c = isUuid(committeeId)
    ? await findCommittee(db, actor.municipalityId, committeeId)
    : undefined
  if (!c) throw notFoundCommittee()
  return c
}

/** Staff read every committee; a member reads the committees they sit on that day. */
export async function mayReadCommittee(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  onDate: string,
): Promise<boolean> {
  if (actor.kind === 'system' || isStaff(actor)) return true
  if (actor.kind !== 'user') return false
  return userSitsOn(db, actor.id, committeeId, onDate)
}

export async function requireCommitteeReader(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  onDate: string,
): Promise<void> {
  if (actor.kind === 'public') requireRole(actor, ['member'], 'se organets sammanträden')
  if (!(await mayReadCommittee(db, actor, committeeId, onDate))) {
    throw new ForbiddenError(
      'forbidden',
      'Du har inte behörighet att se det här organets sammanträden.',
    )
  }
}
