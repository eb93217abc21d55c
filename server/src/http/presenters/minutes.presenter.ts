import type { MinutesDocumentRow } from '../../repositories/minutes-document.repository.js'
import type { PostingRow } from '../../repositories/posting.repository.js'
import type { MinutesRead } from '../../services/minutes/read-minutes.js'

const instant = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

const STAGE_LABEL = {
  draft: 'under arbete',
  awaitingSignatures: 'skickat för justering',
  attested: 'justerat',
} as const

function presentDocument(d: MinutesDocumentRow) {
  return {
    id: d.id,
    kind: d.kind,
    itemId: d.agenda_item_id,
    status: d.status,
    finalisedAt: instant(d.finalised_at),
    attestedAt: instant(d.attested_at),
    attestedOn: d.attested_on,
    confidentialSections: d.confidential_sections,
    registeredDocumentId: d.registered_document_id,
    sha256: d.current_sha256,
  }
}

/** A posting as the staff see it (the public one is in notice-board.presenter.ts). */
export function presentPostingRow(p: PostingRow) {
  return {
    id: p.id,
    documentId: p.minutes_document_id,
    committeeName: p.committee_name,
    meetingDate: p.meeting_date,
    sectionNumbers: p.section_numbers,
    attestedOn: p.attested_on,
    postedOn: p.posted_on,
    lastAppealDay: p.last_appeal_day,
    takeDownOn: p.take_down_on,
    storedAt: p.stored_at,
    signedBy: p.signed_by,
  }
}

/** Where the minutes stand, what is missing, who signs, and the minutes themselves (view). */
export function presentMinutes(r: MinutesRead) {
  return {
    meetingId: r.meeting.id,
    meetingStatus: r.meeting.status,
    stage: r.stage,
    stageLabel: STAGE_LABEL[r.stage],
    problems: r.problems,
    masked: r.masked,
    attestation: r.attestation,
    document: r.document ? presentDocument(r.document) : null,
    sectionDocuments: r.sectionDocuments.map(presentDocument),
    signers: r.signers.map((s) => ({ ...s, signedAt: instant(s.signedAt) })),
    sectionSigners: r.sectionDocuments.map((d) => ({
      documentId: d.id,
      signed: r.signatures
        .filter((g) => g.minutes_document_id === d.id)
        .map((g) => ({
          membershipId: g.membership_id,
          name: g.signer_name,
          signedAt: instant(g.signed_at),
        })),
    })),
    postings: r.postings.map(presentPostingRow),
    view: r.view,
  }
}
