import { NotFoundError } from '../../domain/errors.js'
import { findCaseById, insertGrant } from '../../repositories/case.repository.js'
import { findUserById } from '../../repositories/user.repository.js'
import { requireRole } from '../access/policies.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { isUuid, notFoundCase } from './create-case.js'

/** `case.grantAccess`: lets a case officer read the confidential documents of a case. */
export async function grantCaseAccess(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { caseId: string; userId: string },
) {
  requireRole(actor, ['registrar'], 'dela ut läsrätt till ärenden')
  if (!isUuid(input.caseId)) throw notFoundCase()
  const c = await findCaseById(deps.db, actor.municipalityId, input.caseId)
  if (!c) throw notFoundCase()
  const user = isUuid(input.userId) ? await findUserById(deps.db, input.userId) : undefined
  if (!user || user.municipality_id !== actor.municipalityId)
    throw new NotFoundError('user_not_found', 'Användaren finns inte.')
  return runCommand(deps, ctx, actor, 'case.grantAccess', async (trx, at) => {
    await insertGrant(trx, {
      case_id: c.id,
      user_id: user.id,
      granted_by: actorId(actor) ?? user.id,
      granted_at: at,
    })
    return {
      result: null,
      audit: { entityType: 'case', entityId: c.id, data: { grantedTo: user.id } },
    }
  })
}
