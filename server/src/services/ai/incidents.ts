import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import {
  INCIDENT_CATEGORIES,
  MAX_INCIDENT_TEXT,
  isIncidentCategory,
  type IncidentRecipientReason,
} from '../../domain/ai/incident-categories.js'
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import { textField } from '../../domain/text-fields.js'
import { appendAiLog } from '../../repositories/ai-log.repository.js'
import {
  activeLineManager,
  activeUsersWithRole,
  aiLogEntryExists,
  closeIncidentRow,
  findIncident,
  insertIncident,
  insertNotifications,
  listIncidents,
  lockIncident,
  notificationsOf,
  type AiIncidentView,
} from '../../repositories/ai-incident.repository.js'
import { isStaff, requireRole, requireUser } from '../access/policies.js'
import { runCommand } from '../command.js'
import { hasRole, type Actor, type Ctx, type Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'
import { loadReadableDraft } from './draft-access.js'

/**
 * Incident reports on AI output (Kalix riktlinjer för AI, punkt 6: incidents, deviations and
 * suspected misuse are reported at once to the line manager, the IT unit and the information-
 * security officer). Any staff user reports; the report is stored first and routed to every
 * active IT unit and security officer user and to the reporter's line manager. Whoever cannot be
 * reached is said in the answer, never a reason to lose the report.
 */
export const INCIDENT_HANDLERS = ['securityOfficer', 'itUnit'] as const

const UNREACHED_MESSAGE: Record<IncidentRecipientReason, string> = {
  lineManager:
    'Ingen närmaste chef är registrerad för dig i Kansli. Rapporten är sparad; berätta för din chef.',
  itUnit:
    'Det finns ingen aktiv användare med rollen IT-enheten. Rapporten är sparad; kontakta IT-enheten på annat sätt.',
  securityOfficer:
    'Det finns ingen aktiv användare med rollen informationssäkerhetsansvarig. Rapporten är sparad; kontakta den informationssäkerhetsansvariga på annat sätt.',
}

function requireReporter(actor: Actor): asserts actor is Extract<Actor, { kind: 'user' }> {
  requireUser(actor)
  if (actor.kind !== 'user' || !(isStaff(actor) || hasRole(actor, ...INCIDENT_HANDLERS)))
    throw new ForbiddenError('forbidden', 'Du har inte behörighet att rapportera AI-incidenter.')
}

export function notFoundIncident(): NotFoundError {
  return new NotFoundError('ai_incident_not_found', 'Incidentrapporten finns inte.')
}

export interface IncidentInput {
  draftId?: string | null
  logSeq?: number | null
  category: string
  description: string
}

export interface IncidentReceipt {
  incident: AiIncidentView
  notified: { recipientId: string; recipientName: string; reason: IncidentRecipientReason }[]
  unreached: { reason: IncidentRecipientReason; message: string }[]
}

/** The category and the description of a report, checked (Swedish problems into `fields`). */
export function checkReportText(
  fields: FieldError[],
  input: { category: string; description: string },
): string | null {
  if (!isIncidentCategory(input.category ?? ''))
    fields.push({
      field: 'category',
      message: `Välj en kategori: ${Object.values(INCIDENT_CATEGORIES).join(', ')}.`,
    })
  return textField(fields, 'description', input.description, {
    label: 'vad som hände',
    max: MAX_INCIDENT_TEXT,
    required: true,
  })
}

type Recipient = { id: string; display_name: string }

/** The active IT unit and security officer users: every report goes to all of them. */
export async function handlersOf(trx: Kysely<DB>, municipalityId: string) {
  return {
    itUnit: await activeUsersWithRole(trx, municipalityId, 'itUnit'),
    securityOfficer: await activeUsersWithRole(trx, municipalityId, 'securityOfficer'),
  }
}

/** Writes one notification per recipient and reason; gives the recipients back. */
export async function notifyRecipients<
  R extends Partial<Record<IncidentRecipientReason, Recipient[]>>,
>(trx: Kysely<DB>, incidentId: string, at: Date, recipients: R): Promise<R> {
  await insertNotifications(
    trx,
    (Object.entries(recipients) as [IncidentRecipientReason, Recipient[]][]).flatMap(
      ([reason, users]) =>
        users.map((u) => ({
          incident_id: incidentId,
          recipient_id: u.id,
          reason,
          notified_at: at,
        })),
    ),
  )
  return recipients
}

/** `ai.incident.report`: a report of misuse or a problem with an AI draft or AI log entry. */
export async function reportIncident(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: IncidentInput,
): Promise<IncidentReceipt> {
  requireReporter(actor)
  const fields: FieldError[] = []
  const hasDraft = !!input.draftId
  const hasSeq = input.logSeq !== undefined && input.logSeq !== null
  if (hasDraft === hasSeq)
    fields.push({
      field: 'draftId',
      message: 'Ange antingen det AI-utkast eller den post i AI-loggen som rapporten gäller.',
    })
  if (hasSeq && !(Number.isSafeInteger(input.logSeq) && input.logSeq! > 0))
    fields.push({ field: 'logSeq', message: 'Ange postens nummer i AI-loggen.' })
  const description = checkReportText(fields, input)
  assertNoFieldErrors(fields, 'Incidenten kunde inte rapporteras.')

  let draftId: string | null = null
  let logSeq: number | null = input.logSeq ?? null
  if (hasDraft) {
    const d = await loadReadableDraft(deps.db, actor, input.draftId!)
    draftId = d.id
    logSeq = Number(d.log_seq)
  } else if (!(await aiLogEntryExists(deps.db, actor.municipalityId, logSeq!))) {
    throw new NotFoundError('ai_log_entry_not_found', `Det finns ingen post ${logSeq} i AI-loggen.`)
  }

  return runCommand(deps, ctx, actor, 'ai.incident.report', async (trx, at) => {
    const incident = await insertIncident(trx, {
      municipality_id: actor.municipalityId,
      draft_id: draftId,
      log_seq: logSeq,
      category: input.category,
      description: description!,
      reported_by: actor.id,
      status: 'open',
      created_at: at,
    })
    const recipients = await notifyRecipients(trx, incident.id, at, {
      lineManager: [await activeLineManager(trx, actor.id)].filter((m) => m !== undefined),
      ...(await handlersOf(trx, actor.municipalityId)),
    })
    const reasons = Object.keys(recipients) as IncidentRecipientReason[]
    const unreached = reasons
      .filter((r) => recipients[r].length === 0)
      .map((reason) => ({ reason, message: UNREACHED_MESSAGE[reason] }))
    const data = {
      incidentId: incident.id,
      category: incident.category,
      draftId,
      logSeq,
      notified: Object.fromEntries(reasons.map((r) => [r, recipients[r].length])),
      unreached: unreached.map((u) => u.reason),
    }
    await appendAiLog(trx, actor.municipalityId, at, actor.id, 'ai.incident.reported', [
      { entityType: 'ai_incident', entityId: incident.id, data },
    ])
    return {
      result: {
        incident: (await findIncident(trx, actor.municipalityId, incident.id))!,
        notified: reasons.flatMap((reason) =>
          recipients[reason].map((u) => ({
            recipientId: u.id,
            recipientName: u.display_name,
            reason,
          })),
        ),
        unreached,
      },
      audit: { entityType: 'ai_incident', entityId: incident.id, data },
    }
  })
}

/** May the actor see the contact e-mail a member of the public left (the handlers only)? */
export const mayReadContact = (actor: Actor) =>
  actor.kind === 'system' || hasRole(actor, ...INCIDENT_HANDLERS)

const isHandler = (actor: Actor) =>
  actor.kind === 'system' || hasRole(actor, ...INCIDENT_HANDLERS, 'admin')

/**
 * Incident reports: the IT unit, the security officer and administrators see all; everyone
 * else the ones they reported (a line manager sees theirs in the inbox).
 */
export async function listIncidentsFor(
  deps: Deps,
  actor: Actor,
  input: { status?: 'open' | 'closed'; mine?: boolean; page?: number; pageSize?: number },
) {
  requireUser(actor)
  const pageSize = Math.min(Math.max(input.pageSize ?? 50, 1), 200)
  const page = Math.max(input.page ?? 1, 1)
  const own = input.mine || !isHandler(actor)
  const rows = await listIncidents(
    deps.db,
    actor.municipalityId,
    { status: input.status, reportedBy: own && actor.kind === 'user' ? actor.id : undefined },
    { limit: pageSize, offset: (page - 1) * pageSize },
  )
  const notes = await notificationsOf(
    deps.db,
    rows.map((r) => r.id),
  )
  return rows.map((incident) => ({
    incident,
    notifications: notes.filter((n) => n.incident_id === incident.id),
  }))
}

/** One incident with whom it went to: for handlers, its reporter and its recipients. */
export async function getIncident(deps: Deps, actor: Actor, id: string) {
  requireUser(actor)
  const incident = isUuid(id) ? await findIncident(deps.db, actor.municipalityId, id) : undefined
  if (!incident) throw notFoundIncident()
  const notifications = await notificationsOf(deps.db, [incident.id])
  const me = actor.kind === 'user' ? actor.id : null
  const involved = incident.reported_by === me || notifications.some((n) => n.recipient_id === me)
  if (!isHandler(actor) && !involved) throw notFoundIncident()
  return { incident, notifications }
}

/** `ai.incident.close`: the IT unit or the security officer closes a report, saying what was done. */
export async function closeIncident(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { incidentId: string; resolution: string },
) {
  requireRole(actor, [...INCIDENT_HANDLERS], 'avsluta AI-incidenter')
  const fields: FieldError[] = []
  const resolution = textField(fields, 'resolution', input.resolution, {
    label: 'vad som gjorts',
    max: MAX_INCIDENT_TEXT,
    required: true,
  })
  assertNoFieldErrors(fields, 'Incidenten kunde inte avslutas.')
  return runCommand(deps, ctx, actor, 'ai.incident.close', async (trx, at) => {
    const i = isUuid(input.incidentId)
      ? await lockIncident(trx, actor.municipalityId, input.incidentId)
      : undefined
    if (!i) throw notFoundIncident()
    if (i.status === 'closed')
      throw new ConflictError('ai_incident_closed', 'Incidenten är redan avslutad.')
    const by = actor.kind === 'user' ? actor.id : null
    await closeIncidentRow(trx, i.id, { resolution: resolution!, closed_by: by, closed_at: at })
    const data = {
      incidentId: i.id,
      category: i.category,
      draftId: i.draft_id,
      logSeq: i.log_seq === null ? null : Number(i.log_seq),
    }
    await appendAiLog(trx, actor.municipalityId, at, by, 'ai.incident.closed', [
      { entityType: 'ai_incident', entityId: i.id, data },
    ])
    return {
      result: (await findIncident(trx, actor.municipalityId, i.id))!,
      audit: { entityType: 'ai_incident', entityId: i.id, data },
    }
  })
}
