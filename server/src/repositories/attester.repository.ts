import type { Insertable, Kysely, Selectable } from 'kysely'
import type { DB, MeetingAttestationPlanTable, MeetingOtherPresentTable } from '../db/schema.js'

export type AttestationPlanRow = Selectable<MeetingAttestationPlanTable>
export type OtherPresentRow = Selectable<MeetingOtherPresentTable>

/** The attestation plan (val av justerare) of a meeting, with the attesters in order. */
export async function findAttestationPlan(db: Kysely<DB>, meetingId: string) {
  const plan = await db
    .selectFrom('meeting_attestation_plans')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst()
  if (!plan) return null
  const attesters = await db
    .selectFrom('meeting_attesters')
    .select(['membership_id', 'position'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute()
  return { ...plan, attesters: attesters.map((a) => a.membership_id) }
}
export type AttestationPlan = NonNullable<Awaited<ReturnType<typeof findAttestationPlan>>>

/** Replaces the plan and the attesters: an election held again replaces the earlier one. */
export async function saveAttestationPlan(
  trx: Kysely<DB>,
  plan: Insertable<MeetingAttestationPlanTable> & { place: string | null; due_at: Date | null },
  attesters: string[],
) {
  await trx
    .insertInto('meeting_attestation_plans')
    .values(plan)
    .onConflict((oc) =>
      oc.column('meeting_id').doUpdateSet({
        chair_membership_id: plan.chair_membership_id,
        place: plan.place,
        due_at: plan.due_at,
        elected_at: plan.elected_at,
        recorded_by: plan.recorded_by ?? null,
      }),
    )
    .execute()
  await trx.deleteFrom('meeting_attesters').where('meeting_id', '=', plan.meeting_id).execute()
  if (attesters.length > 0) {
    await trx
      .insertInto('meeting_attesters')
      .values(
        attesters.map((membership_id, i) => ({
          meeting_id: plan.meeting_id,
          membership_id,
          position: i + 1,
        })),
      )
      .execute()
  }
}

export function listOthersPresent(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('meeting_others_present')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute()
}

/** Replaces the list of others present (övriga närvarande). */
export async function replaceOthersPresent(
  trx: Kysely<DB>,
  meetingId: string,
  rows: { name: string; title: string | null; note: string | null }[],
  at: Date,
) {
  await trx.deleteFrom('meeting_others_present').where('meeting_id', '=', meetingId).execute()
  if (rows.length === 0) return []
  return trx
    .insertInto('meeting_others_present')
    .values(rows.map((r, i) => ({ ...r, meeting_id: meetingId, position: i + 1, created_at: at })))
    .returningAll()
    .execute()
}
