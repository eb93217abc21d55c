import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { ForbiddenError, NotFoundError } from '../../domain/errors.js'
import { findCaseById } from '../../repositories/case.repository.js'
import { findDraft, type AiDraftListRow } from '../../repositories/ai-draft.repository.js'
import { hasRole, type Actor } from '../context.js'
import {
  isStaff,
  mayReadConfidentialOf,
  readsAllConfidential,
  requireUser,
} from '../access/policies.js'
import { isUuid } from '../registry/create-case.js'

/**
 * Who may see and review AI drafts.
 *
 * Reading: staff, and the IT unit and the security officer (they handle incident reports about
 * AI output). A draft about confidential material (draftIsConfidential in the repository) is
 * read only by those who may read that case's confidential documents (policies.ts) and by the
 * person who asked for it (who had the material in front of them when they did).
 *
 * Reviewing and applying (punkt 6: a person reviews): a person, never the system, with a current
 * AI training, who may read the draft and, for a draft about a case, is the case's officer, a
 * registrar or a secretary; a draft about no case is reviewed by any of those roles.
 *
 * The person who asked for the draft may review it themselves. The guidelines (punkt 4) make the
 * one who uses AI material responsible for it and ask for a review, not for a second person; a
 * rule of four eyes would leave drafts waiting in small units or push staff to copy the text
 * out unreviewed. The review stays an explicit act with who, when and the diff, and a self-review
 * is recorded as such in the AI log, so the yearly follow-up shows how many there were.
 */
export const REVIEWER_ROLES = ['caseOfficer', 'registrar', 'secretary'] as const

export function notFoundDraft(): NotFoundError {
  return new NotFoundError('ai_draft_not_found', 'AI-utkastet finns inte.')
}

export function mayReadDrafts(actor: Actor): boolean {
  return actor.kind === 'system' || isStaff(actor) || hasRole(actor, 'securityOfficer', 'itUnit')
}

export function requireDraftReader(actor: Actor): void {
  requireUser(actor)
  if (!mayReadDrafts(actor))
    throw new ForbiddenError('forbidden', 'Du har inte behörighet att läsa AI-utkast.')
}

/** May the actor read this (possibly confidential) draft? */
export async function mayReadDraft(
  db: Kysely<DB>,
  actor: Actor,
  d: Pick<AiDraftListRow, 'confidential' | 'created_by' | 'case_id'>,
): Promise<boolean> {
  if (!d.confidential || readsAllConfidential(actor)) return true
  if (actor.kind === 'user' && d.created_by === actor.id) return true
  if (!d.case_id) return false
  const c = await findCaseById(db, actor.municipalityId, d.case_id)
  return !!c && (await mayReadConfidentialOf(db, actor, c))
}

/** The draft, if it exists and the actor may read it; 404 / 403 `confidential` otherwise. */
export async function loadReadableDraft(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
): Promise<AiDraftListRow> {
  requireDraftReader(actor)
  const d = isUuid(id) ? await findDraft(db, actor.municipalityId, id) : undefined
  if (!d) throw notFoundDraft()
  if (!(await mayReadDraft(db, actor, d))) {
    throw new ForbiddenError(
      'confidential',
      'AI-utkastet gäller sekretessbelagda uppgifter som du inte har behörighet att läsa.',
    )
  }
  return d
}

/** Throws unless the actor may review (and apply) this draft; see the rules above. */
export function requireDraftReviewer(
  actor: Actor,
  d: Pick<AiDraftListRow, 'case_id' | 'case_officer_id'>,
  what: string,
): asserts actor is Extract<Actor, { kind: 'user' }> {
  if (actor.kind === 'system')
    throw new ForbiddenError('ai_review_by_person', 'Ett AI-utkast granskas av en person.')
  requireUser(actor)
  if (!hasRole(actor, ...REVIEWER_ROLES))
    throw new ForbiddenError('forbidden', `Du har inte behörighet att ${what} AI-utkast.`)
  if (!d.case_id || hasRole(actor, 'registrar', 'secretary')) return
  if (d.case_officer_id === actor.id) return
  throw new ForbiddenError(
    'forbidden',
    `Bara ärendets handläggare, en registrator eller en nämndsekreterare kan ${what} AI-utkast i ärendet.`,
  )
}
