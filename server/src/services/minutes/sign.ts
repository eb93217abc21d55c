import { swedishDate } from '../../domain/dates.js'
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors.js'
import type { AuditEntry } from '../../repositories/audit.repository.js'
import { recordStoredFile } from '../../repositories/document.repository.js'
import { updateMeeting } from '../../repositories/meeting.repository.js'
import {
  insertSignature,
  listSignatures,
  lockMinutesDocument,
  updateMinutesDocument,
  type MinutesDocumentRow,
} from '../../repositories/minutes-document.repository.js'
import { sectionRange } from '../../render/swedish-format.js'
import type { MinutesView } from '../../render/view-models.js'
import { requireUser } from '../access/policies.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { loadMeeting } from '../meetings/meeting-lookup.js'
import { assertTransition } from '../meetings/meeting-status.js'
import { isUuid } from '../registry/create-case.js'
import { readStored } from './minutes-files.js'
import { minutesAttested } from './minutes-lock.js'
import { loadMinutesSources, type MinutesSources } from './minutes-sources.js'
import { postAttestation } from './posting.js'
import { registerAttestedMinutes, type RegistrationOutcome } from './register-minutes.js'
import { signersOf } from './read-minutes.js'

/** Someone else's signature went in between reading the file and storing ours: sign again. */
class SignatureRace extends ConflictError {
  constructor() {
    super('signature_race', 'Någon annan skrev under samtidigt. Försök igen.')
  }
}

function documentOf(s: MinutesSources, documentId: string | null | undefined): MinutesDocumentRow {
  const doc = documentId
    ? s.documents.find((d) => d.id === documentId)
    : s.documents.find((d) => d.kind === 'minutes')
  if (!doc || (documentId && !isUuid(documentId))) {
    throw new NotFoundError(
      'minutes_document_not_found',
      'Det finns inget protokoll att skriva under.',
    )
  }
  if (doc.status === 'attested') throw minutesAttested()
  return doc
}

/** The actor's place among the document's signers: the chair first, then the attesters. */
function slotOf(s: MinutesSources, doc: MinutesDocumentRow, actor: Actor & { kind: 'user' }) {
  const signers = signersOf(s, doc)
  const mine = signers.filter(
    (x) => s.attendance.people.find((p) => p.id === x.membershipId)?.user_id === actor.id,
  )
  if (mine.length === 0) {
    throw new ForbiddenError(
      'not_a_signer',
      'Du är inte ordförande eller justerare för det här protokollet.',
    )
  }
  const slot = mine.find((x) => !x.signedAt)
  if (!slot) throw new ConflictError('already_signed', 'Du har redan skrivit under protokollet.')
  return { slot, signers }
}

export interface SignResult {
  document: MinutesDocumentRow
  attested: boolean
  postingId: string | null
  /** Once attested: the registration in the committee's minutes case. */
  registration: RegistrationOutcome | null
}

/**
 * `minutes.sign`: the chair or an attester signs the minutes (or an immediately attested §) with
 * a PAdES signature appended as an incremental update, so every earlier signature stays valid
 * (render/signing). Each signs only their own signature. The last signature attests: the
 * document is final, the meeting is attested, and the posting goes up in the same transaction.
 */
export async function signMinutes(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; documentId?: string | null },
): Promise<SignResult> {
  requireUser(actor)
  if (actor.kind !== 'user')
    throw new ForbiddenError('forbidden', 'Bara personer skriver under protokoll.')
  const signing = deps.signing
  if (!signing) {
    throw new ConflictError(
      'signing_unavailable',
      'Elektronisk underskrift är inte konfigurerad i Kansli.',
    )
  }
  const meeting = await loadMeeting(deps.db, actor, input.meetingId)
  for (let attempt = 1; ; attempt++) {
    const s = await loadMinutesSources(deps.db, meeting)
    const doc = documentOf(s, input.documentId)
    if (doc.status !== 'awaitingSignatures') {
      throw new NotFoundError(
        'minutes_document_not_found',
        'Det finns inget protokoll att skriva under.',
      )
    }
    const { slot, signers } = slotOf(s, doc, actor)
    const person = s.attendance.people.find((p) => p.id === slot.membershipId)!
    const { signer, certificateFingerprint } = await signing.signerFor(deps, ctx, actor, {
      municipalityId: actor.municipalityId,
      municipalityName: s.municipalityName,
      userId: actor.id,
      fullName: person.name,
    })
    const view = doc.view as MinutesView
    const before = doc.current_sha256
    const signed = await signer.sign(await readStored(deps, before, 'Protokollets PDF'), {
      name: person.name,
      reason: `${slot.role === 'chair' ? 'Ordförande' : 'Justerare'}: justering av protokoll ${view.committee} ${view.meetingDate}, ${sectionRange(view.sections.map((x) => x.number))}`,
      location: s.municipalityName,
    })
    const stored = await deps.files.put(signed)
    let result: Omit<SignResult, 'registration'>
    try {
      result = await runCommand(deps, ctx, actor, 'minutes.sign', async (trx, at) => {
        const locked = await lockMinutesDocument(trx, doc.id)
        if (!locked || locked.status !== 'awaitingSignatures' || locked.current_sha256 !== before) {
          throw new SignatureRace()
        }
        await recordStoredFile(trx, stored.sha256, stored.size, at)
        await insertSignature(trx, {
          minutes_document_id: doc.id,
          membership_id: slot.membershipId,
          role: slot.role,
          user_id: actor.id,
          signer_name: person.name,
          certificate_fingerprint: certificateFingerprint,
          sha256_before: before,
          sha256_after: stored.sha256,
          signed_at: at,
        })
        const done = new Set((await listSignatures(trx, [doc.id])).map((g) => g.membership_id))
        const attested = signers.every((x) => done.has(x.membershipId))
        const audit: AuditEntry[] = [
          {
            entityType: 'minutesDocument',
            entityId: doc.id,
            data: {
              meetingId: meeting.id,
              membershipId: slot.membershipId,
              role: slot.role,
              sha256: stored.sha256,
              certificateFingerprint,
              attested,
            },
          },
        ]
        let updated = await updateMinutesDocument(trx, doc.id, { current_sha256: stored.sha256 })
        let postingId: string | null = null
        if (attested) {
          const attestedOn = swedishDate(at)
          updated = await updateMinutesDocument(trx, doc.id, {
            status: 'attested',
            attested_at: at,
            attested_on: attestedOn,
          })
          if (doc.kind === 'minutes') {
            const m = await loadMeeting(trx, actor, meeting.id)
            assertTransition(m.status, 'attested')
            await updateMeeting(trx, m.id, { status: 'attested', updated_at: at })
          }
          const posted = await postAttestation(trx, deps, updated, attestedOn, at)
          postingId = posted.posting.id
          audit.push(posted.audit)
        }
        return { result: { document: updated, attested, postingId }, audit }
      })
    } catch (err) {
      if (err instanceof SignatureRace && attempt < 3) continue
      throw err
    }
    // The attested file becomes a registered document; if that fails, the attestation stands
    // and the secretary registers it again (POST …/minutes/registration).
    const registration = result.attested
      ? await registerAttestedMinutes(deps, ctx, actor.municipalityId, result.document.id)
      : null
    return { ...result, registration }
  }
}
