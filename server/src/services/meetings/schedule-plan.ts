import {
  ConflictError,
  NotFoundError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import { findCaseById } from '../../repositories/case.repository.js'
import {
  deleteScheduleEntry,
  findSchedule,
  findScheduleById,
  findScheduleEntry,
  insertSchedule,
  insertScheduleEntries,
  listScheduleEntries,
} from '../../repositories/meeting-schedule.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid, notFoundCase } from '../registry/create-case.js'
import {
  loadCommittee,
  requireCommitteeReader,
  requireMeetingManager,
} from '../committees/committee-access.js'
import { whenWhereErrors, type WhenWhere } from './meeting-fields.js'

export interface PlanEntryInput extends WhenWhere {
  note?: string | null
}

function entryErrors(entries: PlanEntryInput[], year: number, prefix: string): FieldError[] {
  const fields: FieldError[] = []
  const seen = new Set<string>()
  entries.forEach((e, i) => {
    const p = `${prefix}${i}.`
    const own = whenWhereErrors(e, p)
    fields.push(...own)
    if (own.length === 0 && Number(e.meetsOn.slice(0, 4)) !== year)
      fields.push({ field: `${p}meetsOn`, message: `Datumet ligger inte i ${year}.` })
    if ((e.note?.length ?? 0) > 500)
      fields.push({ field: `${p}note`, message: 'Anteckningen får vara högst 500 tecken.' })
    const key = `${e.meetsOn} ${e.startsAt}`
    if (seen.has(key))
      fields.push({ field: `${p}meetsOn`, message: 'Samma tid finns redan i planen.' })
    seen.add(key)
  })
  return fields
}

const entryRow = (scheduleId: string, e: PlanEntryInput, at: Date) => ({
  schedule_id: scheduleId,
  meets_on: e.meetsOn,
  starts_at: e.startsAt,
  place: e.place.trim(),
  note: e.note?.trim() || null,
  created_at: at,
})

/**
 * `meetingSchedule.create`: the committee's meeting plan for a year (sammanträdesplan), as the
 * committee decides it in a case (the seed's item 15, KS-2025-00404).
 */
export async function createMeetingSchedule(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { committeeId: string; year: number; caseId?: string | null; entries: PlanEntryInput[] },
) {
  requireMeetingManager(actor, 'lägga upp sammanträdesplaner')
  const fields: FieldError[] = []
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2200)
    fields.push({ field: 'year', message: 'Ange ett år, t.ex. 2026.' })
  else fields.push(...entryErrors(input.entries ?? [], input.year, 'entries.'))
  assertNoFieldErrors(fields, 'Sammanträdesplanen kunde inte läggas upp.')
  const committee = await loadCommittee(deps.db, actor, input.committeeId)
  return runCommand(deps, ctx, actor, 'meetingSchedule.create', async (trx, at) => {
    if (input.caseId) {
      const c = isUuid(input.caseId)
        ? await findCaseById(trx, actor.municipalityId, input.caseId)
        : undefined
      if (!c) throw notFoundCase()
    }
    if (await findSchedule(trx, committee.id, input.year)) {
      throw new ConflictError(
        'schedule_exists',
        `${committee.name} har redan en sammanträdesplan för ${input.year}. Lägg till datum i den.`,
      )
    }
    const schedule = await insertSchedule(trx, {
      municipality_id: actor.municipalityId,
      committee_id: committee.id,
      year: input.year,
      case_id: input.caseId || null,
      created_at: at,
    })
    await insertScheduleEntries(
      trx,
      input.entries.map((e) => entryRow(schedule.id, e, at)),
    )
    return {
      result: schedule,
      audit: {
        entityType: 'meetingSchedule',
        entityId: schedule.id,
        data: {
          committeeId: committee.id,
          year: input.year,
          dates: input.entries.map((e) => `${e.meetsOn} ${e.startsAt}`),
        },
      },
    }
  })
}

/** `meetingSchedule.addEntry`: one more date in the plan (an extra meeting planned ahead). */
export async function addScheduleEntry(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: PlanEntryInput & { scheduleId: string },
) {
  requireMeetingManager(actor, 'ändra sammanträdesplaner')
  const schedule = isUuid(input.scheduleId)
    ? await findScheduleById(deps.db, actor.municipalityId, input.scheduleId)
    : undefined
  if (!schedule) throw notFoundSchedule()
  assertNoFieldErrors(entryErrors([input], schedule.year, ''), 'Datumet kunde inte läggas till.')
  return runCommand(deps, ctx, actor, 'meetingSchedule.addEntry', async (trx, at) => {
    const taken = (await listScheduleEntries(trx, schedule.id)).some(
      (e) => e.meets_on === input.meetsOn && e.starts_at === input.startsAt,
    )
    if (taken) throw new ConflictError('schedule_entry_exists', 'Samma tid finns redan i planen.')
    const [row] = await insertScheduleEntries(trx, [entryRow(schedule.id, input, at)])
    return {
      result: row!,
      audit: {
        entityType: 'meetingSchedule',
        entityId: schedule.id,
        data: { added: `${input.meetsOn} ${input.startsAt}`, entryId: row!.id },
      },
    }
  })
}

/** `meetingSchedule.removeEntry`: only a date no meeting has been created from. */
export async function removeScheduleEntry(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { entryId: string },
) {
  requireMeetingManager(actor, 'ändra sammanträdesplaner')
  return runCommand(deps, ctx, actor, 'meetingSchedule.removeEntry', async (trx) => {
    const e = isUuid(input.entryId)
      ? await findScheduleEntry(trx, actor.municipalityId, input.entryId)
      : undefined
    if (!e) throw notFoundSchedule()
    if (e.meeting_id) {
      throw new ConflictError(
        'meeting_exists',
        'Ett sammanträde är redan skapat från datumet. Ställ in sammanträdet i stället.',
      )
    }
    await deleteScheduleEntry(trx, e.id)
    return {
      result: null,
      audit: {
        entityType: 'meetingSchedule',
        entityId: e.schedule_id,
        data: { removed: `${e.meets_on} ${e.starts_at}`, entryId: e.id },
      },
    }
  })
}

export function notFoundSchedule(): NotFoundError {
  return new NotFoundError('schedule_not_found', 'Sammanträdesplanen eller datumet finns inte.')
}

/** The plan of a committee for a year, for staff and for the committee's members. */
export async function readMeetingSchedule(
  deps: Deps,
  actor: Actor,
  committeeId: string,
  year: number,
) {
  const committee = await loadCommittee(deps.db, actor, committeeId)
  await requireCommitteeReader(deps.db, actor, committee.id, `${year}-12-31`)
  const schedule = await findSchedule(deps.db, committee.id, year)
  if (!schedule) throw notFoundSchedule()
  return { committee, schedule, entries: await listScheduleEntries(deps.db, schedule.id) }
}
