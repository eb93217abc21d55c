import { ConflictError, ValidationError } from '../../domain/errors.js'
import {
  listSignatures,
  updateMinutesDocument,
} from '../../repositories/minutes-document.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { lockMeetingFor } from '../meetings/meeting-lookup.js'
import { assertStatusIn } from '../meetings/meeting-status.js'
import { buildMinutesView, missingFromMinutes } from './assemble.js'
import { defaultStoredAt, fixMinutesDocument } from './fix-document.js'
import { assertMinutesEditable } from './minutes-lock.js'
import { loadMinutesSources } from './minutes-sources.js'
import { sectionRange } from '../../render/swedish-format.js'

/**
 * `minutes.finalise`: the secretary sends the minutes for attestation. Refused while anything
 * the minutes must show is missing (KL 5 kap. 66–67 §§, domain/minutes-content.ts); otherwise the
 * PDF is produced once and stored, and from then on the text cannot change: the chair and the
 * attesters sign exactly this file.
 */
export async function finaliseMinutes(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; storedAt?: string | null },
) {
  requireMeetingManager(actor, 'skicka protokoll för justering')
  const storedAt = input.storedAt?.trim() || null
  if (storedAt && storedAt.length > 300) {
    throw new ValidationError('Förvaringsplatsen får vara högst 300 tecken.', [
      { field: 'storedAt', message: 'Korta ned texten.' },
    ])
  }
  return runCommand(deps, ctx, actor, 'minutes.finalise', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['closed', 'attested'], 'skicka protokollet för justering')
    await assertMinutesEditable(trx, m)
    const s = await loadMinutesSources(trx, m)
    const problems = missingFromMinutes(s)
    if (problems.length > 0) {
      throw new ConflictError(
        'minutes_incomplete',
        `Protokollet kan inte skickas för justering: ${problems.map((p) => p.message).join(' ')}`,
        { fields: problems },
      )
    }
    const view = buildMinutesView(s, { posting: { issuedSeparately: true } })
    const doc = await fixMinutesDocument(trx, deps, {
      s,
      kind: 'minutes',
      itemId: null,
      view,
      storedAt: storedAt ?? defaultStoredAt(s.municipalityName),
      at,
      by: actorId(actor),
    })
    return {
      result: doc,
      audit: {
        entityType: 'meeting',
        entityId: m.id,
        data: {
          documentId: doc.id,
          sections: sectionRange(view.sections.map((x) => x.number)),
          sha256: doc.unsigned_sha256,
          publicSha256: doc.public_sha256,
          confidentialSections: doc.confidential_sections,
        },
      },
    }
  })
}

/**
 * `minutes.withdraw`: takes minutes sent for attestation back to be corrected, as long as nobody
 * has signed them; once a signature is in, the text is final.
 */
export async function withdrawMinutes(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string },
) {
  requireMeetingManager(actor, 'ta tillbaka protokoll')
  return runCommand(deps, ctx, actor, 'minutes.withdraw', async (trx) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    const s = await loadMinutesSources(trx, m)
    const doc = s.documents.find((d) => d.kind === 'minutes')
    if (!doc || doc.status !== 'awaitingSignatures') {
      throw new ConflictError('minutes_not_finalised', 'Protokollet är inte skickat för justering.')
    }
    if ((await listSignatures(trx, [doc.id])).length > 0) {
      throw new ConflictError(
        'minutes_signed',
        'Protokollet har redan skrivits under och kan inte tas tillbaka. En rättelse görs som en ny handling när det är justerat.',
      )
    }
    const row = await updateMinutesDocument(trx, doc.id, { status: 'withdrawn' })
    return {
      result: row,
      audit: { entityType: 'meeting', entityId: m.id, data: { documentId: doc.id } },
    }
  })
}
