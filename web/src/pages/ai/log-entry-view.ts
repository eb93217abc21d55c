import type { AiLogEntry, AiService } from '../../api/ai-types'
import { DECISION_LABEL, findingsText, logActionLabel, OUTCOME_LABEL } from './ai-labels'

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null)

/** What one AI log entry says, in words for the table and the entry's page. */
export function logEntryView(e: AiLogEntry, services: AiService[]) {
  const d = e.data
  const serviceId = str(d.serviceId)
  const service =
    str(d.serviceName) ?? services.find((s) => s.id === serviceId)?.name ?? (serviceId ? '…' : '–')
  const decision = str(d.decision)
  const outcome =
    e.action === 'ai.call'
      ? (OUTCOME_LABEL[str(d.outcome) ?? ''] ?? str(d.outcome) ?? '–')
      : `${logActionLabel(e.action)}${d.selfReview === true ? ' (av den som skapade utkastet)' : ''}`
  return {
    service,
    purpose: str(d.purpose) ?? '–',
    decision: decision ? (DECISION_LABEL[decision] ?? decision) : '–',
    findings: e.action === 'ai.call' ? findingsText(d.findingsByType) : '–',
    outcome,
    who: e.actorName ?? (e.actorId ? '…' : 'Allmänheten eller systemet'),
    reasons: Array.isArray(d.reasons) ? d.reasons.filter((r) => typeof r === 'string') : [],
    sent: str(d.sent),
    received: str(d.received),
    draftId: str(d.draftId),
    error: str(d.error),
    sources: Array.isArray(d.sources) ? d.sources.filter((r) => typeof r === 'string') : [],
  }
}
