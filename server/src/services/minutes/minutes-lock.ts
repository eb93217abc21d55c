import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { ConflictError } from '../../domain/errors.js'
import { listActiveDocuments } from '../../repositories/minutes-document.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'

/** Attested minutes never change (KL 5 kap. 69 §): a later correction is a new document. */
export function minutesAttested(): ConflictError {
  return new ConflictError(
    'minutes_attested',
    'Protokollet är justerat och kan inte ändras. En rättelse görs som en ny, registrerad handling.',
  )
}

/**
 * Refuses a change to what the minutes say once they are fixed: attested, sent for attestation
 * (the PDF the attesters sign is made then), or, for one §, fixed for immediate attestation.
 */
export async function assertMinutesEditable(
  db: Kysely<DB>,
  m: MeetingRow,
  itemId?: string,
): Promise<void> {
  if (m.status === 'attested') throw minutesAttested()
  const docs = await listActiveDocuments(db, m.id)
  if (docs.some((d) => d.kind === 'minutes')) {
    throw new ConflictError(
      'minutes_finalised',
      'Protokollet är skickat för justering och kan inte ändras. Ta tillbaka det först; det går så länge ingen har skrivit under.',
    )
  }
  if (itemId && docs.some((d) => d.kind === 'section' && d.agenda_item_id === itemId)) {
    throw new ConflictError(
      'section_fixed',
      'Paragrafen är fastställd för omedelbar justering och kan inte längre ändras.',
    )
  }
}

/**
 * Refuses an attendance change that would alter who served on a § already fixed for immediate
 * attestation: a roll call taken again, an arrival at or before it, a departure before it.
 */
export async function assertAttendanceOpen(
  db: Kysely<DB>,
  m: MeetingRow,
  change: { kind: 'rollCall' } | { kind: 'arrival' | 'departure'; position: number },
  positionOf: Map<string, number>,
): Promise<void> {
  const fixed = (await listActiveDocuments(db, m.id))
    .filter((d) => d.kind === 'section' && d.agenda_item_id)
    .map((d) => positionOf.get(d.agenda_item_id!) ?? 0)
  const hit = fixed.some((f) =>
    change.kind === 'rollCall'
      ? true
      : change.kind === 'arrival'
        ? change.position <= f
        : change.position < f,
  )
  if (hit) {
    throw new ConflictError(
      'section_fixed',
      'En paragraf som berörs är fastställd för omedelbar justering; närvaron vid den kan inte längre ändras.',
    )
  }
}
