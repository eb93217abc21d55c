import { isIsoDate, swedishDate } from '../../domain/dates.js'
import { ForbiddenError, ValidationError } from '../../domain/errors.js'
import { publicCounterpart, publicDescription } from '../../domain/public-view.js'
import { addDays } from '../../domain/swedish-calendar.js'
import { listAgenda } from '../../repositories/agenda.repository.js'
import {
  listDocumentsOfCase,
  listFilesOfDocuments,
} from '../../repositories/document.repository.js'
import {
  listMeetingsOfUser,
  type MeetingOfUser,
} from '../../repositories/my-meetings.repository.js'
import { listNotices } from '../../repositories/notice.repository.js'
import { requireUser } from '../access/policies.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { loadMeeting } from '../meetings/meeting-lookup.js'

/** What the members' page shows of a document behind an item: the public view of it. */
export interface ItemDocument {
  id: string
  registrationNumber: string
  date: string
  description: string
  counterpart: string | null
  /** Confidential documents are listed with their ground; their files are not given out. */
  confidential: boolean
  files: { id: string; fileName: string; size: number }[]
}

/**
 * `GET /api/me/meetings`: the meetings of the committees the user sits on, from `from` (today)
 * for a year unless `to` is given, with the user's seat and any absence they reported.
 */
export async function listMyMeetings(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  range: { from?: string; to?: string },
): Promise<MeetingOfUser[]> {
  requireUser(actor)
  for (const f of ['from', 'to'] as const) {
    const v = range[f]
    if (v && !isIsoDate(v))
      throw new ValidationError('Datumet är ogiltigt.', [{ field: f, message: 'Ange ÅÅÅÅ-MM-DD.' }])
  }
  if (actor.kind !== 'user') return []
  const from = range.from ?? swedishDate(ctx.now())
  const to = range.to ?? addDays(from, 366)
  return listMeetingsOfUser(deps.db, actor.id, { from, to }, 500)
}

/** The user's seat at one meeting, or a 403 when they do not sit on its committee that day. */
export async function mySeatAt(deps: Deps, actor: Actor, meetingId: string) {
  requireUser(actor)
  const meeting = await loadMeeting(deps.db, actor, meetingId)
  const seats =
    actor.kind === 'user'
      ? await listMeetingsOfUser(
          deps.db,
          actor.id,
          { from: meeting.meets_on, to: meeting.meets_on },
          100,
        )
      : []
  const seat = seats.find((m) => m.id === meeting.id)
  if (!seat) {
    throw new ForbiddenError('forbidden', 'Du sitter inte i det organ som håller sammanträdet.')
  }
  return seat
}

/**
 * `GET /api/me/meetings/:id`: one of the user's meetings with its agenda and the documents
 * behind each item, as the public view shows them: a member reads what the registry lets the
 * public read, and a confidential document only as "Sekretess enligt …" without its files.
 */
export async function readMyMeeting(deps: Deps, actor: Actor, meetingId: string) {
  const seat = await mySeatAt(deps, actor, meetingId)
  const agenda = await listAgenda(deps.db, seat.id)
  const notices = await listNotices(deps.db, seat.id)
  const items = []
  for (const item of agenda) {
    const docs = item.case_id ? await listDocumentsOfCase(deps.db, item.case_id) : []
    const files = await listFilesOfDocuments(
      deps.db,
      docs.filter((d) => !d.confidential).map((d) => d.id),
    )
    items.push({
      item,
      documents: docs.map((d): ItemDocument => ({
        id: d.id,
        registrationNumber: d.registration_number,
        date: d.document_date,
        description: publicDescription(d),
        counterpart: publicCounterpart(d),
        confidential: d.confidential,
        files: files
          .filter((f) => f.document_id === d.id)
          .map((f) => ({ id: f.id, fileName: f.file_name, size: Number(f.size) })),
      })),
    })
  }
  return { meeting: seat, items, notices }
}
