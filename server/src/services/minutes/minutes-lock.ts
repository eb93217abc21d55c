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
