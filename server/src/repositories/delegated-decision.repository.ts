import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { DB, DelegatedDecisionTable } from '../db/schema.js'

export type DelegatedDecisionRow = Selectable<DelegatedDecisionTable>

export function insertDelegatedDecision(trx: Kysely<DB>, row: Insertable<DelegatedDecisionTable>) {
  return trx.insertInto('delegated_decisions').values(row).returningAll().executeTakeFirstOrThrow()
}

export function lockDelegatedDecision(trx: Kysely<DB>, municipalityId: string, id: string) {
  return trx
    .selectFrom('delegated_decisions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export function updateDelegatedDecision(
  trx: Kysely<DB>,
  id: string,
  patch: Updateable<DelegatedDecisionTable>,
) {
  return trx
    .updateTable('delegated_decisions')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function deleteDelegatedDecision(trx: Kysely<DB>, id: string) {
  return trx.deleteFrom('delegated_decisions').where('id', '=', id).execute()
}

/** Decisions with what the report and the lists print: the point, the case, the meeting. */
function detailed(db: Kysely<DB>) {
  return db
    .selectFrom('delegated_decisions as d')
    .leftJoin('delegation_points as p', 'p.id', 'd.point_id')
    .leftJoin('delegation_scheme_versions as v', 'v.id', 'p.version_id')
    .leftJoin('cases as c', 'c.id', 'd.case_id')
    .leftJoin('meetings as m', 'm.id', 'd.report_meeting_id')
    .selectAll('d')
    .select([
      'p.number as point_number',
      'p.text as point_text',
      'v.version_number',
      'c.case_number',
      'm.meets_on as report_meeting_date',
      'm.status as report_meeting_status',
    ])
    .select((eb) =>
      // The day the posting (anslag) about the attested minutes of the meeting went up: the
      // whole minutes, or the delegation report's § when attested on its own; the earliest.
      eb
        .selectFrom('postings as po')
        .innerJoin('minutes_documents as md', 'md.id', 'po.minutes_document_id')
        .leftJoin('agenda_items as ai', 'ai.id', 'md.agenda_item_id')
        .select((e) => e.fn.min<string>('po.posted_on').as('posted_on'))
        .whereRef('po.meeting_id', '=', 'd.report_meeting_id')
        .where('md.status', '=', 'attested')
        .where((e) => e.or([e('md.kind', '=', 'minutes'), e('ai.kind', '=', 'delegationReport')]))
        .as('minutes_posted_on'),
    )
}
export type DelegatedDecisionDetail = Awaited<
  ReturnType<ReturnType<typeof detailed>['execute']>
>[number]

export function findDelegatedDecisionDetail(db: Kysely<DB>, municipalityId: string, id: string) {
  return detailed(db)
    .where('d.municipality_id', '=', municipalityId)
    .where('d.id', '=', id)
    .executeTakeFirst()
}

/** The decisions reported to a meeting, in registration order (the service sorts the report). */
export function listReportedTo(db: Kysely<DB>, meetingId: string) {
  return detailed(db).where('d.report_meeting_id', '=', meetingId).orderBy('d.seq').execute()
}

export interface DelegatedDecisionFilter {
  committeeId: string
  /** 'unreported': to be reported, no meeting yet; 'reported': assigned to a meeting. */
  state?: 'unreported' | 'reported' | 'separateMinutes'
  meetingId?: string
  /** On the decision date, or the last day of a summary's period. */
  from?: string
  to?: string
  limit: number
}

export function listDelegatedDecisions(db: Kysely<DB>, f: DelegatedDecisionFilter) {
  let q = detailed(db).where('d.committee_id', '=', f.committeeId)
  if (f.state === 'unreported')
    q = q.where('d.recording', '=', 'report').where('d.report_meeting_id', 'is', null)
  if (f.state === 'reported') q = q.where('d.report_meeting_id', 'is not', null)
  if (f.state === 'separateMinutes') q = q.where('d.recording', '=', 'separateMinutes')
  if (f.meetingId) q = q.where('d.report_meeting_id', '=', f.meetingId)
  if (f.from) q = q.where((eb) => eb.fn.coalesce('d.decided_on', 'd.period_to'), '>=', f.from)
  if (f.to) q = q.where((eb) => eb.fn.coalesce('d.decided_on', 'd.period_to'), '<=', f.to)
  return q.orderBy('d.seq').limit(f.limit).execute()
}

/**
 * Assigns the committee's decisions that are to be reported and have no meeting yet, taken up
 * to `until`, to the meeting. Returns the ids in registration order.
 */
export async function assignUnreported(
  trx: Kysely<DB>,
  committeeId: string,
  meetingId: string,
  until: string,
  at: Date,
): Promise<string[]> {
  const rows = await trx
    .updateTable('delegated_decisions')
    .set({ report_meeting_id: meetingId, updated_at: at })
    .where('committee_id', '=', committeeId)
    .where('recording', '=', 'report')
    .where('report_meeting_id', 'is', null)
    .where((eb) => eb.fn.coalesce('decided_on', 'period_to'), '<=', until)
    .returning(['id', 'seq'])
    .execute()
  return rows.sort((a, b) => a.seq - b.seq).map((r) => r.id)
}
