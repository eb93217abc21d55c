import { findCaseById } from '../../repositories/case.repository.js'
import { listSubcommittees } from '../../repositories/committee.repository.js'
import {
  findSchedule,
  listScheduleEntries,
} from '../../repositories/meeting-schedule.repository.js'
import { findMunicipality } from '../../repositories/municipality.repository.js'
import type { MeetingPlanView } from '../../render/schedule-view.js'
import type { Actor, Deps } from '../context.js'
import { readMeetingSchedule } from './schedule-plan.js'

/**
 * The year's meeting plan as a document: the committee's own dates and those of its
 * subcommittees that have a plan for the year, the subcommittees first, as Kalix KS adopts the
 * times of KSAU, TU and KS in one decision (seed item 15, KS-2025-00404).
 */
export async function meetingPlanView(
  deps: Deps,
  actor: Actor,
  committeeId: string,
  year: number,
): Promise<MeetingPlanView> {
  const own = await readMeetingSchedule(deps, actor, committeeId, year)
  const bodies: MeetingPlanView['bodies'][number][] = []
  for (const sub of await listSubcommittees(deps.db, own.committee.id)) {
    const schedule = await findSchedule(deps.db, sub.id, year)
    if (!schedule) continue
    bodies.push({
      name: sub.name,
      entries: entryViews(await listScheduleEntries(deps.db, schedule.id)),
    })
  }
  bodies.push({ name: own.committee.name, entries: entryViews(own.entries) })
  const municipality = await findMunicipality(deps.db, own.committee.municipality_id)
  const c = own.schedule.case_id
    ? await findCaseById(deps.db, own.committee.municipality_id, own.schedule.case_id)
    : undefined
  return {
    municipality: municipality?.name ?? '',
    committee: own.committee.name,
    year,
    bodies,
    ...(c ? { caseNumber: c.case_number } : {}),
  }
}

function entryViews(entries: Awaited<ReturnType<typeof listScheduleEntries>>) {
  return entries.map((e) => ({
    date: e.meets_on,
    time: e.starts_at,
    place: e.place,
    ...(e.note ? { note: e.note } : {}),
  }))
}
