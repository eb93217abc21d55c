import { NotFoundError, ValidationError } from '../../domain/errors.js'
import {
  deleteNote,
  findNote,
  insertNote,
  updateNoteText,
} from '../../repositories/minutes-note.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { presentOn } from './attendance.js'
import { itemAtMeeting, personOf } from './item-conduct.js'

function noteText(text: string | undefined): string {
  const t = text?.trim() ?? ''
  if (!t || t.length > 20_000) {
    throw new ValidationError('Skriv protokollsanteckningen.', [
      { field: 'text', message: 'Ange texten (högst 20 000 tecken).' },
    ])
  }
  return t
}

/**
 * `agenda.addMinutesNote`: a minutes note (protokollsanteckning) by someone present at the
 * item, entered at the meeting; its text may be completed until the minutes are sent for
 * attestation.
 */
export async function addMinutesNote(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string; membershipId: string; text: string },
) {
  requireMeetingManager(actor, 'registrera protokollsanteckningar')
  const text = noteText(input.text)
  return runCommand(deps, ctx, actor, 'agenda.addMinutesNote', async (trx, at) => {
    const { m, a, entry } = await itemAtMeeting(
      trx,
      actor,
      input,
      ['open'],
      'registrera protokollsanteckningar',
    )
    const person = personOf(a, input.membershipId)
    const positionOf = new Map(a.agenda.map((i) => [i.id, i.position]))
    const row = a.rows.find((r) => r.membership_id === person.id)
    if (!presentOn(row, entry.item, positionOf) || entry.recused.includes(person.id)) {
      throw new ValidationError(
        'Bara den som är närvarande vid punkten kan lämna en protokollsanteckning.',
        [{ field: 'membershipId', message: `${person.name} är inte närvarande vid punkten.` }],
      )
    }
    const note = await insertNote(trx, {
      agenda_item_id: entry.item.id,
      membership_id: person.id,
      text,
      created_at: at,
      updated_at: at,
      recorded_by: actorId(actor),
    })
    return {
      result: note,
      audit: {
        entityType: 'agendaItem',
        entityId: entry.item.id,
        data: { meetingId: m.id, noteId: note.id, by: person.id },
      },
    }
  })
}

/** `agenda.updateMinutesNote` / `agenda.removeMinutesNote`: until the minutes are sent for attestation. */
export async function changeMinutesNote(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string; noteId: string; text: string | null },
) {
  requireMeetingManager(actor, 'ändra protokollsanteckningar')
  const text = input.text === null ? null : noteText(input.text)
  const action = text === null ? 'agenda.removeMinutesNote' : 'agenda.updateMinutesNote'
  return runCommand(deps, ctx, actor, action, async (trx, at) => {
    const { m, entry } = await itemAtMeeting(
      trx,
      actor,
      input,
      ['open', 'closed', 'attested'],
      'ändra protokollsanteckningar',
    )
    const note = await findNote(trx, entry.item.id, input.noteId)
    if (!note)
      throw new NotFoundError('note_not_found', 'Protokollsanteckningen finns inte i punkten.')
    const row =
      text === null
        ? (await deleteNote(trx, note.id), null)
        : await updateNoteText(trx, note.id, text, at)
    return {
      result: row,
      audit: {
        entityType: 'agendaItem',
        entityId: entry.item.id,
        data: { meetingId: m.id, noteId: note.id },
      },
    }
  })
}
