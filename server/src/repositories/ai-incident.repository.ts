import { sql, type Insertable, type Kysely, type Selectable } from 'kysely'
import type { AiIncidentNotificationTable, AiIncidentTable, DB, Role } from '../db/schema.js'

export type AiIncidentRow = Selectable<AiIncidentTable>

export function insertIncident(trx: Kysely<DB>, row: Insertable<AiIncidentTable>) {
  return trx.insertInto('ai_incidents').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function insertNotifications(
  trx: Kysely<DB>,
  rows: Insertable<AiIncidentNotificationTable>[],
) {
  if (rows.length === 0) return []
  return trx.insertInto('ai_incident_notifications').values(rows).returningAll().execute()
}

/** Active users of the municipality with a role, by name. */
export function activeUsersWithRole(db: Kysely<DB>, municipalityId: string, role: Role) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('municipality_id', '=', municipalityId)
    .where('active', '=', true)
    .where(sql<boolean>`${role} = any(roles)`)
    .orderBy('display_name')
    .execute()
}

/** The user's line manager, when one is recorded and still active. */
export async function activeLineManager(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('users as m', 'm.id', 'u.line_manager_id')
    .select(['m.id', 'm.display_name'])
    .where('u.id', '=', userId)
    .where('m.active', '=', true)
    .executeTakeFirst()
}

/** Does the AI log of the municipality have an entry with this seq? */
export async function aiLogEntryExists(db: Kysely<DB>, municipalityId: string, seq: number) {
  const row = await db
    .selectFrom('ai_log_events')
    .select('seq')
    .where('municipality_id', '=', municipalityId)
    .where('seq', '=', seq)
    .executeTakeFirst()
  return !!row
}

/**
 * Is `seq` an answer the public question box showed the public (an `ai.call` entry with no
 * user, the public answers' purpose and outcome `shown`, as public-answers.ts logs it)?
 */
export async function publicAnswerExists(
  db: Kysely<DB>,
  municipalityId: string,
  seq: number,
  purpose: string,
) {
  const row = await db
    .selectFrom('ai_log_events')
    .select('seq')
    .where('municipality_id', '=', municipalityId)
    .where('seq', '=', seq)
    .where('action', '=', 'ai.call')
    .where('actor_id', 'is', null)
    .where(sql<boolean>`data->>'purpose' = ${purpose}`)
    .where(sql<boolean>`data->>'outcome' = 'shown'`)
    .executeTakeFirst()
  return !!row
}

function incidentQuery(db: Kysely<DB>, municipalityId: string) {
  return (
    db
      .selectFrom('ai_incidents as i')
      // A report from the public has no reporting user (reporter_kind = 'public').
      .leftJoin('users as reporter', 'reporter.id', 'i.reported_by')
      .leftJoin('users as closer', 'closer.id', 'i.closed_by')
      .selectAll('i')
      .select([
        'reporter.display_name as reported_by_name',
        'closer.display_name as closed_by_name',
      ])
      .where('i.municipality_id', '=', municipalityId)
  )
}

export type AiIncidentView = Awaited<
  ReturnType<ReturnType<typeof incidentQuery>['execute']>
>[number]

export function findIncident(db: Kysely<DB>, municipalityId: string, id: string) {
  return incidentQuery(db, municipalityId).where('i.id', '=', id).executeTakeFirst()
}

export function lockIncident(trx: Kysely<DB>, municipalityId: string, id: string) {
  return trx
    .selectFrom('ai_incidents')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export function listIncidents(
  db: Kysely<DB>,
  municipalityId: string,
  filter: { status?: 'open' | 'closed'; reportedBy?: string },
  page: { limit: number; offset: number },
) {
  let q = incidentQuery(db, municipalityId)
  if (filter.status) q = q.where('i.status', '=', filter.status)
  if (filter.reportedBy) q = q.where('i.reported_by', '=', filter.reportedBy)
  return q
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute()
}

export function closeIncidentRow(
  trx: Kysely<DB>,
  id: string,
  close: { resolution: string; closed_by: string | null; closed_at: Date },
) {
  return trx
    .updateTable('ai_incidents')
    .set({ ...close, status: 'closed' })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Who an incident went to, with their names. */
export function notificationsOf(db: Kysely<DB>, incidentIds: string[]) {
  if (incidentIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('ai_incident_notifications as n')
    .innerJoin('users as u', 'u.id', 'n.recipient_id')
    .selectAll('n')
    .select('u.display_name as recipient_name')
    .where('n.incident_id', 'in', incidentIds)
    .orderBy('n.notified_at')
    .orderBy('u.display_name')
    .execute()
}

/** A recipient's notifications, unread first, newest first, with the incident. */
export function inboxOf(
  db: Kysely<DB>,
  municipalityId: string,
  recipientId: string,
  opts: { unreadOnly: boolean; limit: number },
) {
  let q = incidentQuery(db, municipalityId)
    .innerJoin('ai_incident_notifications as n', 'n.incident_id', 'i.id')
    .select(['n.id as notification_id', 'n.reason', 'n.notified_at', 'n.read_at'])
    .where('n.recipient_id', '=', recipientId)
  if (opts.unreadOnly) q = q.where('n.read_at', 'is', null)
  return q
    .orderBy(sql`n.read_at is null`, 'desc')
    .orderBy('n.notified_at', 'desc')
    .orderBy('n.id')
    .limit(opts.limit)
    .execute()
}

export function findNotification(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('ai_incident_notifications as n')
    .innerJoin('ai_incidents as i', 'i.id', 'n.incident_id')
    .selectAll('n')
    .select('i.municipality_id')
    .where('n.id', '=', id)
    .executeTakeFirst()
}

/** Marks a notification read once; a second call keeps the first time. */
export function markNotificationRead(trx: Kysely<DB>, id: string, at: Date) {
  return trx
    .updateTable('ai_incident_notifications')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(at)) }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Incidents reported in a period: category and status, for the follow-up. */
export function incidentsOfPeriod(db: Kysely<DB>, municipalityId: string, from: Date, to: Date) {
  return db
    .selectFrom('ai_incidents')
    .select(['id', 'category', 'status', 'created_at', 'closed_at'])
    .where('municipality_id', '=', municipalityId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .orderBy('created_at')
    .execute()
}
