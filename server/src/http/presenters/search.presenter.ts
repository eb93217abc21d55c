import { publicCaseTitle, publicCounterpart, publicDescription } from '../../domain/public-view.js'
import type { searchRegistry } from '../../services/registry/search.js'

type Result = Awaited<ReturnType<typeof searchRegistry>>
type Hit = Result['rows'][number]

function hitPublic(h: Hit) {
  const doc =
    h.kind === 'document' && h.document_id
      ? {
          id: h.document_id,
          registrationNumber: h.registration_number,
          direction: h.direction,
          documentDate: h.document_date,
          counterpartName: publicCounterpart({
            counterpart_name: h.counterpart_name ?? null,
            description: h.description ?? '',
            confidential: !!h.confidential,
            confidentiality_ground: h.confidentiality_ground ?? null,
            protect_counterpart: !!h.protect_counterpart,
            protect_description: !!h.protect_description,
          }),
          description: publicDescription({
            counterpart_name: h.counterpart_name ?? null,
            description: h.description ?? '',
            confidential: !!h.confidential,
            confidentiality_ground: h.confidentiality_ground ?? null,
            protect_counterpart: !!h.protect_counterpart,
            protect_description: !!h.protect_description,
          }),
          confidential: !!h.confidential,
        }
      : null
  return {
    kind: h.kind,
    case: { id: h.case_id, caseNumber: h.case_number, title: publicCaseTitle(h), status: h.status },
    document: doc,
  }
}

/** Hits of a public search: masked exactly as the public case page masks them. */
export function presentSearchPublic(r: Result) {
  return {
    corrections: r.corrections,
    total: r.total,
    totalIsLowerBound: r.totalIsLowerBound,
    page: r.page,
    pageSize: r.pageSize,
    hits: r.rows.map(hitPublic),
  }
}

/**
 * Staff hits. Protected fields are still masked in the hit list (the case page shows them to
 * entitled readers and logs the read), so a list of hits never exposes confidential data.
 */
export function presentSearchInternal(r: Result) {
  return {
    corrections: r.corrections,
    total: r.total,
    totalIsLowerBound: r.totalIsLowerBound,
    page: r.page,
    pageSize: r.pageSize,
    hits: r.rows.map((h) => {
      const pub = hitPublic(h)
      return {
        ...pub,
        case: { ...pub.case, title: h.title },
        document:
          pub.document && !h.confidential
            ? { ...pub.document, counterpartName: h.counterpart_name, description: h.description }
            : pub.document,
      }
    }),
  }
}
