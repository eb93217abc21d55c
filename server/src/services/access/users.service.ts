import type { Role } from '../../db/schema.js'
import {
  ConflictError,
  NotFoundError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import { findUserByUsername, insertUser, listUsers } from '../../repositories/user.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { hashPassword, passwordProblem } from './passwords.js'
import { isStaff, requireRole } from './policies.js'

export const ROLES: Role[] = [
  'admin',
  'registrar',
  'caseOfficer',
  'secretary',
  'member',
  'securityOfficer',
  'itUnit',
]

export interface NewUserInput {
  username: string
  displayName: string
  title?: string | null
  password: string
  roles: Role[]
}

/** `user.create`: a local account. Admins (or the CLI as the system) only. */
export async function createUser(deps: Deps, ctx: Ctx, actor: Actor, input: NewUserInput) {
  requireRole(actor, ['admin'], 'skapa användare')
  const fields: FieldError[] = []
  const username = (input.username ?? '').trim().toLowerCase()
  if (!/^[a-z0-9._-]{2,64}$/.test(username)) {
    fields.push({
      field: 'username',
      message:
        'Användarnamnet får innehålla a–z, siffror, punkt, bindestreck och understreck (2–64 tecken).',
    })
  }
  const displayName = (input.displayName ?? '').trim()
  if (!displayName || displayName.length > 200)
    fields.push({ field: 'displayName', message: 'Ange namn (högst 200 tecken).' })
  const pw = passwordProblem(input.password)
  if (pw) fields.push({ field: 'password', message: pw })
  const roles = [...new Set(input.roles ?? [])]
  if (roles.length === 0 || roles.some((r) => !ROLES.includes(r))) {
    fields.push({ field: 'roles', message: `Ange minst en roll av: ${ROLES.join(', ')}.` })
  }
  assertNoFieldErrors(fields, 'Användaren kunde inte skapas.')
  if (await findUserByUsername(deps.db, actor.municipalityId, username)) {
    throw new ConflictError('username_taken', `Användarnamnet ${username} är upptaget.`)
  }
  const passwordHash = await hashPassword(input.password)
  return runCommand(deps, ctx, actor, 'user.create', async (trx) => {
    const row = await insertUser(trx, {
      municipality_id: actor.municipalityId,
      username,
      display_name: displayName,
      title: input.title?.trim() || null,
      password_hash: passwordHash,
      roles,
    })
    const { password_hash: _omit, ...user } = row
    return {
      result: user,
      audit: { entityType: 'user', entityId: row.id, data: { username, roles } },
    }
  })
}

/** Staff pick case officers from this list. */
export async function listStaffUsers(deps: Deps, actor: Actor) {
  if (!isStaff(actor)) requireRole(actor, ['admin', 'registrar'], 'se användare')
  return listUsers(deps.db, actor.municipalityId)
}

/**
 * `user.setLineManager`: who a user's line manager (närmaste chef) is. AI incident reports
 * notify the reporter's line manager (Kalix riktlinjer för AI, punkt 8). Admins only.
 */
export async function setLineManager(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { userId: string; lineManagerId: string | null },
): Promise<{ userId: string; lineManagerId: string | null }> {
  requireRole(actor, ['admin'], 'ange närmaste chef')
  if (input.lineManagerId !== null && input.lineManagerId === input.userId)
    throw new ConflictError('line_manager_self', 'En användare kan inte vara sin egen chef.')
  return runCommand(deps, ctx, actor, 'user.setLineManager', async (trx) => {
    const ids = [input.userId, ...(input.lineManagerId ? [input.lineManagerId] : [])]
    const found = await trx
      .selectFrom('users')
      .select('id')
      .where('id', 'in', ids)
      .where('municipality_id', '=', actor.municipalityId)
      .execute()
    if (found.length !== ids.length)
      throw new NotFoundError('user_not_found', 'Användaren eller chefen finns inte.')
    await trx
      .updateTable('users')
      .set({ line_manager_id: input.lineManagerId })
      .where('id', '=', input.userId)
      .execute()
    return {
      result: { userId: input.userId, lineManagerId: input.lineManagerId },
      audit: {
        entityType: 'user',
        entityId: input.userId,
        data: { lineManagerId: input.lineManagerId },
      },
    }
  })
}
