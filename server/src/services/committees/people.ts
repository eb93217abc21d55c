import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { ConflictError, NotFoundError } from '../../domain/errors.js'
import {
  findPerson,
  findPersonByUser,
  listPeople,
  setPersonUser,
} from '../../repositories/member.repository.js'
import { findUserById } from '../../repositories/user.repository.js'
import { isStaff } from '../access/policies.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'
import { requireMeetingManager } from './committee-access.js'

/** An active user of the municipality not yet linked to another person. */
export async function requireLinkableUser(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  personId?: string,
) {
  const user = isUuid(userId) ? await findUserById(db, userId) : undefined
  if (!user || user.municipality_id !== actor.municipalityId || !user.active) {
    throw new NotFoundError('user_not_found', 'Användaren finns inte.')
  }
  const linked = await findPersonByUser(db, user.id)
  if (linked && linked.id !== personId) {
    throw new ConflictError(
      'user_already_linked',
      `Användarkontot ${user.username} är redan kopplat till ${linked.name}.`,
    )
  }
  return user
}

/**
 * `person.linkUser`: links an elected member to the user account they log in with, so that
 * they see their committees' meetings; `userId` null removes the link.
 */
export async function linkPersonUser(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { personId: string; userId: string | null },
) {
  requireMeetingManager(actor, 'koppla ledamöter till användarkonton')
  return runCommand(deps, ctx, actor, 'person.linkUser', async (trx) => {
    const person = isUuid(input.personId)
      ? await findPerson(trx, actor.municipalityId, input.personId)
      : undefined
    if (!person) throw new NotFoundError('person_not_found', 'Personen finns inte.')
    const userId = input.userId
      ? (await requireLinkableUser(trx, actor, input.userId, person.id)).id
      : null
    const row = await setPersonUser(trx, person.id, userId)
    return {
      result: row,
      audit: {
        entityType: 'person',
        entityId: person.id,
        data: { from: person.user_id, to: userId },
      },
    }
  })
}

/** The elected members and substitutes of the municipality (staff only). */
export async function readPeople(deps: Deps, actor: Actor) {
  if (!isStaff(actor)) requireMeetingManager(actor, 'se förtroendevalda')
  return listPeople(deps.db, actor.municipalityId)
}
