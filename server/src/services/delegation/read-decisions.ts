import { isIsoDate } from '../../domain/dates.js'
import { ValidationError, assertNoFieldErrors, type FieldError } from '../../domain/errors.js'
import {
  findDelegatedDecisionDetail,
  listDelegatedDecisions,
  type DelegatedDecisionFilter,
} from '../../repositories/delegated-decision.repository.js'
import type { Actor, Deps } from '../context.js'
import { loadCommittee } from '../committees/committee-access.js'
import { isUuid } from '../registry/create-case.js'
import { requireDelegationReader } from './delegation-access.js'
import { notFoundDecision } from './register-decision.js'

export type DecisionListFilter = Omit<DelegatedDecisionFilter, 'limit'> & { limit?: number }

/** A committee's delegated decisions for staff, in registration order, filtered. */
export async function listDecisions(deps: Deps, actor: Actor, filter: DecisionListFilter) {
  requireDelegationReader(actor)
  const committee = await loadCommittee(deps.db, actor, filter.committeeId)
  const fields: FieldError[] = []
  for (const f of ['from', 'to'] as const) {
    const v = filter[f]
    if (v && !isIsoDate(v)) fields.push({ field: f, message: 'Ange ÅÅÅÅ-MM-DD.' })
  }
  assertNoFieldErrors(fields, 'Datumet är ogiltigt.')
  if (filter.meetingId && !isUuid(filter.meetingId)) {
    throw new ValidationError('Sammanträdet är ogiltigt.', [
      { field: 'meetingId', message: 'Välj ett sammanträde.' },
    ])
  }
  return listDelegatedDecisions(deps.db, {
    ...filter,
    committeeId: committee.id,
    limit: Math.min(filter.limit ?? 500, 1000),
  })
}

export async function readDecision(deps: Deps, actor: Actor, id: string) {
  requireDelegationReader(actor)
  const d = isUuid(id)
    ? await findDelegatedDecisionDetail(deps.db, actor.municipalityId, id)
    : undefined
  if (!d) throw notFoundDecision()
  return d
}
