import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../../domain/errors.js'
import type { CaseRow } from '../../repositories/case.repository.js'
import type { OfficialReportRow } from '../../repositories/official-report.repository.js'
import { hasRole, type Actor } from '../context.js'
import { isStaff, mayReadConfidentialOf, requireRole } from '../access/policies.js'

/** Who drafts reports: the roles that may register a drawn-up document of a case. */
export const REPORT_WRITERS = ['registrar', 'caseOfficer', 'secretary'] as const

export function requireReportWriter(actor: Actor, what: string): void {
  requireRole(actor, [...REPORT_WRITERS], what)
}

export function notFoundReport(): NotFoundError {
  return new NotFoundError('official_report_not_found', 'Tjänsteskrivelsen finns inte.')
}

/** A draft is changed by its author, or by a secretary or registrar on the author's behalf. */
export function requireReportEditor(actor: Actor, r: OfficialReportRow, what: string): void {
  requireReportWriter(actor, what)
  if (actor.kind === 'system') return
  if (
    actor.kind === 'user' &&
    (actor.id === r.author_id || hasRole(actor, 'secretary', 'registrar'))
  )
    return
  throw new ForbiddenError('forbidden', `Bara den som skrivit tjänsteskrivelsen kan ${what}.`)
}

/** After finalising, a report is part of the record: corrections are new reports. */
export function assertReportDraft(r: OfficialReportRow): void {
  if (r.status !== 'draft') {
    throw new ConflictError(
      'official_report_final',
      'Tjänsteskrivelsen är registrerad och kan inte ändras. Gör en ny version som ersätter den.',
    )
  }
}

/**
 * Staff read reports. One marked confidential is read by those entitled to the case's
 * confidential documents (policies.ts) and by its author; returns whether the read must be
 * audited as a read of confidential data.
 */
export async function requireReportReader(
  db: Kysely<DB>,
  actor: Actor,
  r: OfficialReportRow,
  c: CaseRow,
): Promise<{ confidential: boolean }> {
  if (actor.kind === 'public')
    throw new UnauthenticatedError('unauthenticated', 'Du måste logga in.')
  if (!(actor.kind === 'system' || isStaff(actor)))
    throw new ForbiddenError('forbidden', 'Du har inte behörighet att läsa tjänsteskrivelser.')
  if (!r.confidentiality_ground) return { confidential: false }
  const author = actor.kind === 'user' && actor.id === r.author_id
  if (!author && !(await mayReadConfidentialOf(db, actor, c))) {
    throw new ForbiddenError(
      'confidential',
      `Tjänsteskrivelsen omfattas av sekretess (${r.confidentiality_ground}) och du har inte behörighet att läsa den.`,
    )
  }
  return { confidential: true }
}
