import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { listAgenda, type AgendaItemView } from '../../repositories/agenda.repository.js'
import { findCommittee } from '../../repositories/committee.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import { findMunicipality } from '../../repositories/municipality.repository.js'
import { findUserById } from '../../repositories/user.repository.js'
import type { NoticeView } from '../../render/view-models.js'
import type { Actor } from '../context.js'
import { rosterOn } from '../committees/roster.js'
import { noticeItems } from './notice-items.js'

/**
 * The notice (kallelse) of a meeting as the renderers print it, from the agenda as it stands:
 * header (committee, day, time, place, secretary), the items with their case numbers and
 * documents, and the chair's name under it (the chair calls the meeting).
 */
export async function buildNoticeView(
  db: Kysely<DB>,
  actor: Actor,
  meeting: MeetingRow,
  issuedOn: string | null,
  /** For a supplementary notice: only the items added after this moment, with their numbers. */
  supplementAfter?: Date,
): Promise<NoticeView> {
  // One query after another: inside a transaction they share one connection.
  const municipality = await findMunicipality(db, meeting.municipality_id)
  const committee = await findCommittee(db, meeting.municipality_id, meeting.committee_id)
  const agenda = await listAgenda(db, meeting.id)
  const roster = await rosterOn(db, meeting.committee_id, meeting.meets_on)
  const secretary = meeting.secretary_user_id
    ? await findUserById(db, meeting.secretary_user_id)
    : undefined
  const chair = roster.members.find((m) => m.role === 'chair')
  return {
    municipality: municipality?.name ?? '',
    committee: committee?.name ?? '',
    meetingDate: meeting.meets_on,
    startTime: meeting.starts_at,
    place: meeting.place,
    ...(secretary ? { secretary: secretary.display_name } : {}),
    items: (await noticeItems(db, actor, meeting, agenda)).filter(
      (_, i) => !supplementAfter || addedAfter(agenda[i]!, supplementAfter),
    ),
    ...(supplementAfter ? { supplementary: true } : {}),
    // Without a chair on the roster the signature line names the office, not a person.
    chair: { name: chair?.name ?? '' },
    ...(issuedOn ? { issuedOn } : {}),
  }
}

/** Items put on the agenda after the notice went out (and after any earlier supplement). */
export function addedAfter(item: AgendaItemView, after: Date): boolean {
  return item.added_when === 'afterNotice' && new Date(item.created_at) > after
}
