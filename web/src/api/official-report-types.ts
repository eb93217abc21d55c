/** Officials' reports (tjänsteskrivelser): server/src/http/presenters/official-report.presenter.ts. */
import type { TextBlock } from './minutes-types'

export interface OfficialReportSummary {
  id: string
  caseId: string
  committeeId: string
  status: 'draft' | 'final'
  statusLabel: string
  title: string
  reportDate: string | null
  confidentialityGround: string | null
  documentId: string | null
  supersedesId: string | null
  supersededBy: string | null
  readable: boolean
}

export interface OfficialReport extends OfficialReportSummary {
  caseNumber: string
  authorId: string | null
  department: string | null
  proposedDecision: TextBlock[] | null
  description: TextBlock[] | null
  summary: TextBlock[] | null
  equalityAnalysis: TextBlock[] | null
  childRightsAnalysis: TextBlock[] | null
  decisionBasis: {
    title: string | null
    documentId: string | null
    registrationNumber: string | null
  }[]
  signature: {
    name: string | null
    title: string | null
    email: string | null
    phone: string | null
  }
  pdfSha256: string | null
  finalisedAt: string | null
  updatedAt: string | null
  /** Answered by finalise: the registration of the drawn-up document. */
  registrationNumber?: string
}
