/** The yearly AI follow-up (server/src/render/ai-follow-up-view.ts), as GET /api/ai/follow-up/:year.json answers. */
export interface AiFollowUp {
  municipality: string
  year: number
  period: { from: string; to: string }
  generatedOn: string
  usage: {
    serviceId: string | null
    service: string
    purpose: string
    purposeLabel: string
    calls: number
    blocked: number
    redacted: number
    allowed: number
    failed: number
  }[]
  totals: {
    calls: number
    blocked: number
    redacted: number
    allowed: number
    failed: number
    users: number
  }
  findings: { type: string; label: string; blocked: number; redacted: number }[]
  drafts: {
    created: number
    approved: number
    approvedEdited: number
    rejected: number
    selfReviewed: number
    applied: number
    unreviewed: number
  }
  incidents: {
    reported: number
    open: number
    closed: number
    byCategory: { category: string; label: string; open: number; closed: number }[]
  }
  training: { asOf: string; staff: number; trained: number; percent: number | null }
}
