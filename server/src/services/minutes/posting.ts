import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { appealPeriod, postingDeadline } from '../../domain/appeal.js'
import { swedishDate } from '../../domain/dates.js'
import type { AuditEntry } from '../../repositories/audit.repository.js'
import { recordStoredFile } from '../../repositories/document.repository.js'
import type { MinutesDocumentRow } from '../../repositories/minutes-document.repository.js'
import { insertPosting, type PostingRow } from '../../repositories/posting.repository.js'
import { findUserById } from '../../repositories/user.repository.js'
import { renderPostingCertificatePdf } from '../../render/minutes-posting-pdf.js'
import type { MinutesView } from '../../render/view-models.js'
import type { Deps } from '../context.js'

/**
 * Puts up the posting (anslag) that the minutes, or an immediately attested §, are attested:
 * in the same transaction as the last signature, so it is up on the day of attestation, within
 * KL 8 kap. 12 § (no later than J + 2). The appeal period runs from the posting (KL 13 kap.
 * 5 §, domain/appeal.ts); the anslagsbevis is rendered and stored with it.
 */
export async function postAttestation(
  trx: Kysely<DB>,
  deps: Deps,
  doc: MinutesDocumentRow,
  attestedOn: string,
  at: Date,
): Promise<{ posting: PostingRow; audit: AuditEntry }> {
  const view = doc.view as MinutesView
  const postedOn = swedishDate(at)
  if (postedOn > postingDeadline(attestedOn)) {
    throw new Error(`Posting on ${postedOn} is after the deadline for attestation on ${attestedOn}`)
  }
  const period = appealPeriod(postedOn)
  const secretary = doc.finalised_by ? await findUserById(trx, doc.finalised_by) : undefined
  const signedBy = secretary?.display_name ?? view.secretary
  const meeting = await trx
    .selectFrom('meetings')
    .select(['committee_id'])
    .where('id', '=', doc.meeting_id)
    .executeTakeFirstOrThrow()
  const sectionNumbers = view.sections.map((s) => s.number)
  const certificate = await renderPostingCertificatePdf(
    {
      municipality: view.municipality,
      committee: view.committee,
      meetingDate: view.meetingDate,
      sectionNumbers,
      attestedOn,
      posting: {
        postedOn,
        lastAppealDay: period.lastAppealDay,
        takeDownOn: period.takeDownOn,
        storedAt: doc.stored_at,
        signedBy,
      },
    },
    { now: at },
  )
  const { sha256, size } = await deps.files.put(certificate)
  await recordStoredFile(trx, sha256, size, at)
  const posting = await insertPosting(trx, {
    municipality_id: doc.municipality_id,
    meeting_id: doc.meeting_id,
    minutes_document_id: doc.id,
    committee_id: meeting.committee_id,
    committee_name: view.committee,
    meeting_date: view.meetingDate,
    section_numbers: sectionNumbers,
    attested_on: attestedOn,
    posted_on: postedOn,
    last_appeal_day: period.lastAppealDay,
    take_down_on: period.takeDownOn,
    stored_at: doc.stored_at,
    signed_by: signedBy,
    certificate_sha256: sha256,
    created_at: at,
  })
  return {
    posting,
    audit: {
      entityType: 'posting',
      entityId: posting.id,
      data: {
        meetingId: doc.meeting_id,
        documentId: doc.id,
        postedOn,
        lastAppealDay: period.lastAppealDay,
        takeDownOn: period.takeDownOn,
        certificateSha256: sha256,
      },
    },
  }
}
