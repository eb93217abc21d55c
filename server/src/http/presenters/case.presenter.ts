import { publicCaseTitle } from '../../domain/public-view.js'
import type { CaseView } from '../../services/registry/read-case.js'
import type { CaseRow } from '../../repositories/case.repository.js'
import { presentDocumentInternal, presentDocumentPublic } from './document.presenter.js'

export function presentCaseSummaryInternal(c: CaseRow) {
  return {
    id: c.id,
    caseNumber: c.case_number,
    title: c.title,
    titleProtected: c.title_protected,
    status: c.status,
    caseOfficerId: c.case_officer_id,
    committeeId: c.committee_id,
    classificationCode: c.classification_code,
    openedOn: c.opened_on,
    decidedOn: c.decided_on,
    closedOn: c.closed_on,
    documentCount: c.last_document_number,
  }
}

export function presentCaseInternal(v: CaseView) {
  const names = v.labels?.userNames
  return {
    ...presentCaseSummaryInternal(v.case),
    seriesPrefix: v.labels?.seriesPrefix ?? null,
    caseOfficerName: (v.case.case_officer_id && names?.get(v.case.case_officer_id)) || null,
    committeeName: v.labels?.committeeName ?? null,
    documents: v.documents.map((d) => ({
      ...presentDocumentInternal(d),
      registeredByName: (d.document.registered_by && names?.get(d.document.registered_by)) || null,
    })),
  }
}

export function presentCasePublic(v: CaseView) {
  const c = v.case
  return {
    id: c.id,
    caseNumber: c.case_number,
    title: publicCaseTitle(c),
    status: c.status,
    openedOn: c.opened_on,
    decidedOn: c.decided_on,
    closedOn: c.closed_on,
    documents: v.documents.map((d) => presentDocumentPublic(d)),
  }
}
