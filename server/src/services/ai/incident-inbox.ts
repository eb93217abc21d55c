import { NotFoundError } from '../../domain/errors.js'
import {
  findNotification,
  inboxOf,
  markNotificationRead,
} from '../../repositories/ai-incident.repository.js'
import { requireUser } from '../access/policies.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'

/** The incident reports routed to the actor (as line manager, IT unit or security officer). */
export async function incidentInbox(
  deps: Deps,
  actor: Actor,
  opts: { unreadOnly?: boolean; limit?: number } = {},
) {
  requireUser(actor)
  if (actor.kind !== 'user') return []
  return inboxOf(deps.db, actor.municipalityId, actor.id, {
    unreadOnly: opts.unreadOnly ?? false,
    limit: Math.min(Math.max(opts.limit ?? 100, 1), 500),
  })
}

/** `ai.incident.read`: the recipient marks a notification read (the first time is kept). */
export async function markIncidentNotificationRead(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  notificationId: string,
) {
  requireUser(actor)
  const n = isUuid(notificationId) ? await findNotification(deps.db, notificationId) : undefined
  // Someone else's notification is not found: its existence says nothing to others.
  if (
    !n ||
    n.municipality_id !== actor.municipalityId ||
    actor.kind !== 'user' ||
    n.recipient_id !== actor.id
  )
    throw new NotFoundError('ai_notification_not_found', 'Aviseringen finns inte.')
  return runCommand(deps, ctx, actor, 'ai.incident.read', async (trx, at) => {
    const row = await markNotificationRead(trx, n.id, at)
    return {
      result: row,
      audit: {
        entityType: 'ai_incident_notification',
        entityId: n.id,
        data: { incidentId: n.incident_id, reason: n.reason },
      },
    }
  })
}
