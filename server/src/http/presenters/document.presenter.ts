import { publicCounterpart, publicDescription } from '../../domain/public-view.js'
import type { DocumentView } from '../../services/registry/read-case.js'
import { daysBetween, swedishDate } from '../../domain/dates.js'

const dateTime = (d: Date | string) => new Date(d).toISOString()

function presentFiles(v: DocumentView) {
  return v.files.map((f) => ({
    id: f.id,
    fileName: f.file_name,
    mediaType: f.media_type,
    size: Number(f.size),
    sha256: f.sha256,
    url: `/api/documents/${v.document.id}/files/${f.id}`,
  }))
}

/** Staff view. Confidential documents the reader is not entitled to are shown as the public sees them. */
export function presentDocumentInternal(v: DocumentView) {
  const d = v.document
  if (d.confidential && !v.entitled)
    return { ...presentDocumentPublic(v, 'internal'), restricted: true }
  return {
    id: d.id,
    caseId: d.case_id,
    registrationNumber: d.registration_number,
    documentNumber: d.document_number,
    direction: d.direction,
    documentDate: d.document_date,
    registeredAt: dateTime(d.registered_at),
    // OSL 5 kap. 1 §: register without delay; the lag is shown so that delays are visible.
    registrationLagDays: daysBetween(d.document_date, swedishDate(new Date(d.registered_at))),
    counterpartName: d.counterpart_name,
    counterpartKind: d.counterpart_kind,
    counterpartIdNumber: d.counterpart_id_number,
    description: d.description,
    confidential: d.confidential,
    confidentialityGround: d.confidentiality_ground,
    protectCounterpart: d.protect_counterpart,
    protectDescription: d.protect_description,
    files: presentFiles(v),
    restricted: false,
  }
}

/**
 * Public view (OSL 5 kap. 2 § andra stycket): protected fields become "Sekretess…", identity
 * numbers are never shown, and confidential documents list no files.
 */
export function presentDocumentPublic(v: DocumentView, via: 'public' | 'internal' = 'public') {
  const d = v.document
  const base = via === 'public' ? '/api/public/documents' : '/api/documents'
  return {
    id: d.id,
    caseId: d.case_id,
    registrationNumber: d.registration_number,
    documentNumber: d.document_number,
    direction: d.direction,
    documentDate: d.document_date,
    registeredAt: dateTime(d.registered_at),
    counterpartName: publicCounterpart(d),
    description: publicDescription(d),
    confidential: d.confidential,
    confidentialityGround: d.confidentiality_ground,
    files: d.confidential
      ? []
      : presentFiles(v).map((f) => ({ ...f, url: `${base}/${d.id}/files/${f.id}` })),
  }
}
