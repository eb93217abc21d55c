import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import {
  assertDecidedWithin,
  assertWithinAmountLimit,
  parseDelegationPoint,
} from '../../domain/delegation.js'
import { ConflictError, ValidationError } from '../../domain/errors.js'
import { findCaseById } from '../../repositories/case.repository.js'
import {
  findPointByNumber,
  findPointWithVersion,
  findVersionInForce,
  type PointWithVersion,
} from '../../repositories/delegation-scheme.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import type { Actor } from '../context.js'
import { lockMeetingFor } from '../meetings/meeting-lookup.js'
import { AGENDA_OPEN } from '../meetings/agenda-items.js'
import { MEETING_STATUS_LABEL } from '../meetings/meeting-status.js'
import { isUuid, notFoundCase } from '../registry/create-case.js'
import type { DecisionFields, DecisionInput } from './decision-fields.js'

const noPoint = (message: string, field: string) =>
  new ValidationError(message, [{ field, message }], 'delegation_point_not_in_force')

/**
 * The point a decision rests on: by id, checked against its version's validity; or by number in
 * the version in force on the decision date. Both the first and the last day of a period
 * summary must fall in the same version.
 */
export async function resolvePoint(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  input: Pick<DecisionInput, 'pointId' | 'point'>,
  f: DecisionFields,
): Promise<PointWithVersion | null> {
  let pointId = input.pointId ?? null
  if (!pointId && input.point) {
    const number = parseDelegationPoint(input.point).join('.')
    const version = await findVersionInForce(db, committeeId, f.firstDay)
    if (!version)
      throw noPoint(`Det fanns ingen antagen delegationsordning som gällde ${f.firstDay}.`, 'point')
    const found = await findPointByNumber(db, version.id, number)
    if (!found)
      throw noPoint(
        `Punkt ${number} finns inte i delegationsordningen som gällde ${f.firstDay} (version ${version.version_number}).`,
        'point',
      )
    pointId = found.id
  }
  if (!pointId) return null
  const p = isUuid(pointId)
    ? await findPointWithVersion(db, actor.municipalityId, pointId)
    : undefined
  if (!p || p.committee_id !== committeeId)
    throw noPoint('Delegationspunkten finns inte i nämndens delegationsordning.', 'pointId')
  if (p.version_status !== 'adopted' || !p.valid_from)
    throw noPoint('Punkten hör till ett utkast som inte är antaget.', 'pointId')
  const validity = { versionNumber: p.version_number, validFrom: p.valid_from, validTo: p.valid_to }
  const field = f.kind === 'decision' ? 'decidedOn' : 'period.from'
  assertDecidedWithin(validity, f.firstDay, field)
  assertDecidedWithin(validity, f.lastDay, f.kind === 'decision' ? 'decidedOn' : 'period.to')
  assertWithinAmountLimit(f.amountSek, p.amount_limit_sek)
  return p
}

export async function resolveCase(db: Kysely<DB>, actor: Actor, caseId: string | null | undefined) {
  if (!caseId) return null
  const c = isUuid(caseId) ? await findCaseById(db, actor.municipalityId, caseId) : undefined
  if (!c) throw notFoundCase()
  return c
}

/**
 * The meeting a decision is reported to: the committee's own, with an agenda still open, and not
 * before the decision was taken.
 */
export async function resolveReportMeeting(
  trx: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  meetingId: string,
  lastDay: string,
): Promise<MeetingRow> {
  const m = await lockMeetingFor(trx, actor, meetingId)
  if (m.committee_id !== committeeId) {
    throw new ValidationError('Sammanträdet hör till ett annat organ.', [
      { field: 'reportTo', message: 'Välj ett sammanträde i nämnden som delegerat beslutet.' },
    ])
  }
  assertReportable(m)
  if (m.meets_on < lastDay) {
    throw new ValidationError('Beslutet är fattat efter sammanträdet och kan inte anmälas där.', [
      { field: 'reportTo', message: `Sammanträdet hålls ${m.meets_on}, före beslutet.` },
    ])
  }
  return m
}

/** Decisions are added to or taken from a meeting's report only until the meeting closes. */
export function assertReportable(m: MeetingRow): void {
  if (!AGENDA_OPEN.includes(m.status)) {
    throw new ConflictError(
      'meeting_report_closed',
      `Sammanträdet är ${MEETING_STATUS_LABEL[m.status]}; redovisningen av delegationsbeslut kan inte längre ändras.`,
    )
  }
}
