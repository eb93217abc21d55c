import { isIsoDate } from '../../domain/dates.js'
import { NotFoundError, ValidationError } from '../../domain/errors.js'
import { findMembership, setMembershipEnd } from '../../repositories/member.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'
import { requireMeetingManager } from './committee-access.js'

/**
 * `committee.endMembership`: a seat ends before its term does (entledigande, avgång). The row
 * stays, so earlier meetings still show who served.
 */
export async function endMembership(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { membershipId: string; endsOn: string },
) {
  requireMeetingManager(actor, 'ändra organets ledamöter och ersättare')
  if (!isIsoDate(input.endsOn ?? '')) {
    throw new ValidationError('Datumet är ogiltigt.', [
      { field: 'endsOn', message: 'Ange sista dagen (ÅÅÅÅ-MM-DD).' },
    ])
  }
  return runCommand(deps, ctx, actor, 'committee.endMembership', async (trx) => {
    const m = isUuid(input.membershipId)
      ? await findMembership(trx, actor.municipalityId, input.membershipId)
      : undefined
    if (!m) throw new NotFoundError('membership_not_found', 'Uppdraget finns inte.')
    if (input.endsOn < m.starts_on || input.endsOn > m.ends_on) {
      throw new ValidationError('Slutdagen ligger utanför uppdraget.', [
        { field: 'endsOn', message: `Ange ett datum mellan ${m.starts_on} och ${m.ends_on}.` },
      ])
    }
    const row = await setMembershipEnd(trx, m.id, input.endsOn)
    return {
      result: row,
      audit: {
        entityType: 'membership',
        entityId: m.id,
        data: { committeeId: m.committee_id, from: m.ends_on, to: input.endsOn },
      },
    }
  })
}
