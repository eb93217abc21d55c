import { ConflictError, NotFoundError } from '../../domain/errors.js'
import type { VersionRow } from '../../repositories/delegation-scheme.repository.js'
import { requireRole } from '../access/policies.js'
import type { Actor } from '../context.js'

/**
 * Who may do what with delegation: secretaries and administrators keep the scheme and register
 * delegated decisions; all staff read them; members read the report of their committee's
 * meetings (delegation-report.ts).
 */
export function requireDelegationManager(actor: Actor, what: string): void {
  requireRole(actor, ['secretary', 'admin'], what)
}

export function requireDelegationReader(actor: Actor): void {
  requireRole(actor, ['admin', 'registrar', 'caseOfficer', 'secretary'], 'se delegationen')
}

export function notFoundVersion(): NotFoundError {
  return new NotFoundError(
    'delegation_version_not_found',
    'Versionen av delegationsordningen finns inte.',
  )
}

export function notFoundPoint(): NotFoundError {
  return new NotFoundError('delegation_point_not_found', 'Delegationspunkten finns inte.')
}

/** Points are edited only in a draft: an adopted version is revised by a new version. */
export function assertDraft(v: VersionRow): void {
  if (v.status !== 'draft') {
    throw new ConflictError(
      'delegation_version_adopted',
      `Version ${v.version_number} av delegationsordningen är antagen och kan inte ändras. Gör en revidering (en ny version).`,
    )
  }
}
