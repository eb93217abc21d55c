import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { isIsoDate } from '../../domain/dates.js'
import { ConflictError, assertNoFieldErrors, type FieldError } from '../../domain/errors.js'
import { sectionRange, type SectionRange } from '../../domain/section-numbering.js'
import { listAgenda, setSectionNumbers } from '../../repositories/agenda.repository.js'
import {
  hasNumberedSections,
  lockSectionCounter,
  setSectionCounter,
} from '../../repositories/committee-section.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { loadCommittee, requireMeetingManager } from '../committees/committee-access.js'
import { lockMeetingFor } from './meeting-lookup.js'
import { assertStatusIn } from './meeting-status.js'

/**
 * Gives the meeting's numbered items their § numbers, following on from the committee's last §
 * of the calendar year (domain/section-numbering.ts). Null when nothing is to be numbered.
 */
export async function numberSections(trx: Kysely<DB>, m: MeetingRow): Promise<SectionRange | null> {
  const agenda = await listAgenda(trx, m.id)
  if (agenda.some((i) => i.section_number !== null)) {
    throw new ConflictError('sections_assigned', 'Paragraferna är redan numrerade.')
  }
  const numbered = agenda.filter((i) => i.numbered)
  if (numbered.length === 0) return null
  const year = Number(m.meets_on.slice(0, 4))
  const counter = await lockSectionCounter(trx, m.committee_id, year)
  const lastUsed =
    counter.last_number > 0 && counter.last_meeting_date
      ? { meetingDate: counter.last_meeting_date, sectionNumber: counter.last_number }
      : null
  const range = sectionRange(lastUsed, m.meets_on, numbered.length)
  await setSectionNumbers(
    trx,
    numbered.map((i, n) => ({ id: i.id, section: range.first + n })),
  )
  await setSectionCounter(trx, m.committee_id, year, range.last, m.meets_on)
  return range
}

/**
 * `meeting.assignSections`: numbers the items now, while the meeting is open (for example to
 * attest one § at once); otherwise closing the meeting does it.
 */
export async function assignSections(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string },
) {
  requireMeetingManager(actor, 'numrera paragrafer')
  return runCommand(deps, ctx, actor, 'meeting.assignSections', async (trx) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['open', 'closed'], 'numrera paragrafer')
    const range = await numberSections(trx, m)
    return { result: range, audit: { entityType: 'meeting', entityId: m.id, data: { range } } }
  })
}

/**
 * `committee.importSectionNumber`: where the committee's § numbering stood when it started to
 * use Kansli mid-year (Kalmar KSAU had reached § 26 of 2024 before its meeting on 2024-03-26).
 */
export async function importSectionNumber(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { committeeId: string; year: number; lastSection: number; lastMeetingDate: string },
) {
  requireMeetingManager(actor, 'ange paragrafnummer')
  const fields: FieldError[] = []
  if (!Number.isInteger(input.lastSection) || input.lastSection < 1)
    fields.push({ field: 'lastSection', message: 'Ange senast använda paragraf (1 eller högre).' })
  if (
    !isIsoDate(input.lastMeetingDate ?? '') ||
    Number(input.lastMeetingDate.slice(0, 4)) !== input.year
  )
    fields.push({
      field: 'lastMeetingDate',
      message: `Ange sammanträdesdagen, ett datum i ${input.year}.`,
    })
  assertNoFieldErrors(fields, 'Paragrafnumret kunde inte anges.')
  const committee = await loadCommittee(deps.db, actor, input.committeeId)
  return runCommand(deps, ctx, actor, 'committee.importSectionNumber', async (trx) => {
    await lockSectionCounter(trx, committee.id, input.year)
    if (await hasNumberedSections(trx, committee.id, input.year)) {
      throw new ConflictError(
        'sections_assigned',
        `${committee.name} har redan numrerade paragrafer i Kansli för ${input.year}.`,
      )
    }
    await setSectionCounter(trx, committee.id, input.year, input.lastSection, input.lastMeetingDate)
    return {
      result: null,
      audit: {
        entityType: 'committee',
        entityId: committee.id,
        data: {
          year: input.year,
          lastSection: input.lastSection,
          lastMeetingDate: input.lastMeetingDate,
        },
      },
    }
  })
}
