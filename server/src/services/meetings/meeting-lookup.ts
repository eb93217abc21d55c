import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { NotFoundError } from '../../domain/errors.js'
import { findMeeting, lockMeeting, type MeetingRow } from '../../repositories/meeting.repository.js'
import type { Actor } from '../context.js'
import { isUuid } from '../registry/create-case.js'

export function notFoundMeeting(): NotFoundError {
  return new NotFoundError('meeting_not_found', 'Sammanträdet finns inte.')
}

export async function loadMeeting(db: Kysely<DB>, actor: Actor, id: string): Promise<MeetingRow> {
  const m = isUuid(id) ? await findMeeting(db, actor.municipalityId, id) : undefined
  if (!m) throw notFoundMeeting()
  return m
}

/** The meeting, locked for the rest of the command's transaction. */
export async function lockMeetingFor(
  trx: Kysely<DB>,
  actor: Actor,
  id: string,
): Promise<MeetingRow> {
  const m = isUuid(id) ? await lockMeeting(trx, actor.municipalityId, id) : undefined
  if (!m) throw notFoundMeeting()
  return m
}
