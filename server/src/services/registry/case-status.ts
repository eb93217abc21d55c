import type { CaseStatus } from '../../db/schema.js'
import { swedishDate } from '../../domain/dates.js'
import { ConflictError, ValidationError } from '../../domain/errors.js'
import { lockCase, updateCaseStatus, type CaseRow } from '../../repositories/case.repository.js'
import { updateSearchStatus } from '../../repositories/search.repository.js'
import { hasRole, type Actor, type Ctx, type Deps } from '../context.js'
import { requireRole } from '../access/policies.js'
import { runCommand } from '../command.js'
import { isUuid, notFoundCase } from './create-case.js'

/** open → decided → closed; a decided or closed case may be reopened (the reopening is logged). */
const ALLOWED: Record<CaseStatus, CaseStatus[]> = {
  open: ['decided', 'closed'],
  decided: ['closed', 'open'],
  closed: ['open'],
}

export const STATUS_LABEL: Record<CaseStatus, string> = {
  open: 'Öppet',
  decided: 'Beslutat',
  closed: 'Avslutat',
}

/** `case.changeStatus` */
export async function changeCaseStatus(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { caseId: string; status: CaseStatus; reason?: string },
): Promise<CaseRow> {
  requireRole(actor, ['registrar', 'caseOfficer'], 'ändra ärendets status')
  if (!['open', 'decided', 'closed'].includes(input.status)) {
    throw new ValidationError('Okänd status.', [
      { field: 'status', message: 'Status måste vara open, decided eller closed.' },
    ])
  }
  if (!isUuid(input.caseId)) throw notFoundCase()
  const reason = input.reason?.trim().slice(0, 1000) || null
  return runCommand(deps, ctx, actor, 'case.changeStatus', async (trx, at) => {
    const c = await lockCase(trx, actor.municipalityId, input.caseId)
    if (!c) throw notFoundCase()
    // A case officer changes the status of their own cases; registrars of any.
    if (actor.kind === 'user' && !hasRole(actor, 'registrar') && c.case_officer_id !== actor.id) {
      requireRole(actor, ['registrar'], 'ändra status på andras ärenden')
    }
    if (!ALLOWED[c.status].includes(input.status)) {
      throw new ConflictError(
        'invalid_status_change',
        `Ärendet kan inte gå från ${STATUS_LABEL[c.status].toLowerCase()} till ${STATUS_LABEL[input.status].toLowerCase()}.`,
      )
    }
    const today = swedishDate(at)
    const dates =
      input.status === 'decided'
        ? { decided_on: today }
        : input.status === 'closed'
          ? { closed_on: today }
          : { closed_on: null }
    const row = await updateCaseStatus(trx, c.id, input.status, dates, at)
    await updateSearchStatus(trx, c.id, input.status)
    return {
      result: row,
      audit: {
        entityType: 'case',
        entityId: c.id,
        data: { from: c.status, to: input.status, reopened: input.status === 'open', reason },
      },
    }
  })
}
