import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { ConflictError, assertNoFieldErrors, ValidationError } from '../../domain/errors.js'
import { insertAgendaItems } from '../../repositories/agenda.repository.js'
import type { AuditEntry } from '../../repositories/audit.repository.js'
import { listStaff, type CommitteeRow } from '../../repositories/committee.repository.js'
import { insertMeeting, type MeetingRow } from '../../repositories/meeting.repository.js'
import {
  findScheduleById,
  findScheduleEntry,
  listScheduleEntries,
} from '../../repositories/meeting-schedule.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'
import { loadCommittee, requireMeetingManager } from '../committees/committee-access.js'
import { committeeNoticeRule } from '../committees/settings.js'
import { KIND_LABEL, OPENING_KINDS } from './agenda-kinds.js'
import { whenWhereErrors, type WhenWhere } from './meeting-fields.js'
import { notFoundSchedule } from './schedule-plan.js'

/** A meeting from a date of the plan, or an extra one (`committeeId` with date, time, place). */
export type ScheduleMeetingInput =
  { scheduleEntryId: string } | ({ committeeId: string } & WhenWhere)

/**
 * Creates a planned meeting with the standard opening items. Its notice rule (domain/notice.ts)
 * is fixed now, so a later change of the reglemente does not move an announced deadline.
 */
async function createMeeting(
  trx: Kysely<DB>,
  actor: Actor,
  committee: CommitteeRow,
  fields: WhenWhere & { scheduleEntryId: string | null },
  at: Date,
): Promise<{ meeting: MeetingRow; audit: AuditEntry }> {
  const rule = await committeeNoticeRule(trx, committee)
  const secretary = (await listStaff(trx, committee.id)).find((s) => s.function === 'secretary')
  const meeting = await insertMeeting(trx, {
    municipality_id: actor.municipalityId,
    committee_id: committee.id,
    schedule_entry_id: fields.scheduleEntryId,
    meets_on: fields.meetsOn,
    starts_at: fields.startsAt,
    ends_at: null,
    place: fields.place.trim(),
    status: 'planned',
    notice_days_before: rule.daysBefore,
    notice_rule_source: rule.source,
    notice_sent_on: null,
    secretary_user_id: secretary?.user_id ?? null,
    opened_at: null,
    closed_at: null,
    cancelled_reason: null,
    created_at: at,
    updated_at: at,
  })
  await insertAgendaItems(
    trx,
    OPENING_KINDS.map((kind, i) => ({
      meeting_id: meeting.id,
      position: i + 1,
      kind,
      title: KIND_LABEL[kind],
      case_id: null,
      presenter: null,
      numbered: false,
      added_when: 'draft' as const,
      section_number: null,
      created_at: at,
      updated_at: at,
    })),
  )
  return {
    meeting,
    audit: {
      action: 'meeting.schedule',
      entityType: 'meeting',
      entityId: meeting.id,
      data: {
        committeeId: committee.id,
        meetsOn: meeting.meets_on,
        startsAt: meeting.starts_at,
        place: meeting.place,
        scheduleEntryId: fields.scheduleEntryId,
        noticeDaysBefore: rule.daysBefore,
      },
    },
  }
}

/** `meeting.schedule`: a meeting from the plan, or an extra meeting (extra sammanträde). */
export async function scheduleMeeting(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: ScheduleMeetingInput,
): Promise<MeetingRow> {
  requireMeetingManager(actor, 'planera sammanträden')
  if ('scheduleEntryId' in input) {
    const entry = isUuid(input.scheduleEntryId)
      ? await findScheduleEntry(deps.db, actor.municipalityId, input.scheduleEntryId)
      : undefined
    if (!entry) throw notFoundSchedule()
    const committee = await loadCommittee(deps.db, actor, entry.committee_id)
    return runCommand(deps, ctx, actor, 'meeting.schedule', async (trx, at) => {
      const again = await findScheduleEntry(trx, actor.municipalityId, entry.id)
      if (again?.meeting_id) throw meetingExists()
      const fields = { meetsOn: entry.meets_on, startsAt: entry.starts_at, place: entry.place }
      const { meeting, audit } = await createMeeting(
        trx,
        actor,
        committee,
        { ...fields, scheduleEntryId: entry.id },
        at,
      )
      return { result: meeting, audit }
    })
  }
  assertNoFieldErrors(whenWhereErrors(input), 'Sammanträdet kunde inte planeras.')
  const committee = await loadCommittee(deps.db, actor, input.committeeId)
  return runCommand(deps, ctx, actor, 'meeting.schedule', async (trx, at) => {
    const { meeting, audit } = await createMeeting(
      trx,
      actor,
      committee,
      { ...input, scheduleEntryId: null },
      at,
    )
    return { result: meeting, audit }
  })
}

/** `meetingSchedule.scheduleMeetings`: a planned meeting for every date of the plan without one. */
export async function scheduleMeetingsFromPlan(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { scheduleId: string },
): Promise<MeetingRow[]> {
  requireMeetingManager(actor, 'planera sammanträden')
  const schedule = isUuid(input.scheduleId)
    ? await findScheduleById(deps.db, actor.municipalityId, input.scheduleId)
    : undefined
  if (!schedule) throw notFoundSchedule()
  const committee = await loadCommittee(deps.db, actor, schedule.committee_id)
  return runCommand(deps, ctx, actor, 'meetingSchedule.scheduleMeetings', async (trx, at) => {
    const open = (await listScheduleEntries(trx, schedule.id)).filter((e) => !e.meeting_id)
    if (open.length === 0) {
      throw new ValidationError(
        'Alla datum i planen har redan sammanträden.',
        [],
        'nothing_to_schedule',
      )
    }
    const created: MeetingRow[] = []
    const audit: AuditEntry[] = []
    for (const e of open) {
      const r = await createMeeting(
        trx,
        actor,
        committee,
        { meetsOn: e.meets_on, startsAt: e.starts_at, place: e.place, scheduleEntryId: e.id },
        at,
      )
      created.push(r.meeting)
      audit.push(r.audit)
    }
    return { result: created, audit }
  })
}

const meetingExists = () =>
  new ConflictError('meeting_exists', 'Ett sammanträde är redan skapat från datumet.')
