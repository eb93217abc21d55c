import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { ForbiddenError, UnauthenticatedError } from '../../domain/errors.js'
import { isGranted, type CaseRow } from '../../repositories/case.repository.js'
import { hasRole, type Actor } from '../context.js'

/**
 * Who may do what in the registry. These checks run in the services, so the API, the CLI and
 * the UI all obey them. Members and the public see the public view only.
 */
export function isStaff(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'registrar', 'caseOfficer', 'secretary')
}

export function requireUser(actor: Actor): asserts actor is Extract<Actor, { kind: 'user' }> {
  if (actor.kind === 'public')
    throw new UnauthenticatedError('unauthenticated', 'Du måste logga in.')
}

export function requireRole(actor: Actor, roles: Parameters<typeof hasRole>[1][], what: string) {
  if (actor.kind === 'system') return
  requireUser(actor)
  if (!hasRole(actor, ...roles)) {
    throw new ForbiddenError('forbidden', `Du har inte behörighet att ${what}.`)
  }
}

/** Registrars read every confidential document (and the system); nobody else by default. */
export function readsAllConfidential(actor: Actor): boolean {
  return actor.kind === 'system' || hasRole(actor, 'registrar')
}

/** A case officer reads the confidential documents of their own cases and of granted cases. */
export async function mayReadConfidentialOf(
  db: Kysely<DB>,
  actor: Actor,
  c: CaseRow,
): Promise<boolean> {
  if (readsAllConfidential(actor)) return true
  if (actor.kind !== 'user' || !hasRole(actor, 'caseOfficer')) return false
  if (c.case_officer_id === actor.id) return true
  return isGranted(db, c.id, actor.id)
}

/** The ids of cases whose confidential content this case officer may read (as a sub-select). */
export function entitledCaseIds(actor: Actor) {
  const userId = actor.kind === 'user' && hasRole(actor, 'caseOfficer') ? actor.id : null
  return (db: Kysely<DB>) =>
    db
      .selectFrom('cases')
      .select('id')
      .where('case_officer_id', '=', userId ?? '00000000-0000-0000-0000-000000000000')
      .union(
        db
          .selectFrom('case_access_grants')
          .select('case_id as id')
          .where('user_id', '=', userId ?? '00000000-0000-0000-0000-000000000000'),
      )
}
