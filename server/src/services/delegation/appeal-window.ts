import { appealPeriod, type AppealPeriod } from '../../domain/appeal.js'
import type { DelegatedDecisionDetail } from '../../repositories/delegated-decision.repository.js'

/** When and from what the appeal period of a delegated decision runs (LEGAL-RULES rule 30). */
export interface DecisionAppeal {
  /** The minutes of the meeting it was reported to, or its separate protocol. */
  recordedIn: 'minutes' | 'separateMinutes'
  /** The day the posting (anslag) went up: the appeal clock starts. Null until then. */
  startsOn: string | null
  period: AppealPeriod | null
}

/**
 * The appeal period of a delegated decision. KL 13 kap. 5 § with 6 kap. 40 §: three weeks from
 * the posting of the protocol that records it: the minutes of the meeting it was reported to
 * (their posting, or that of the report's § if attested on its own), or its separate protocol.
 * Null for a decision not yet assigned to a meeting.
 */
export function delegatedDecisionAppeal(d: DelegatedDecisionDetail): DecisionAppeal | null {
  if (d.recording === 'separateMinutes') {
    const startsOn = d.separate_minutes_posted_on
    return {
      recordedIn: 'separateMinutes',
      startsOn,
      period: startsOn ? appealPeriod(startsOn) : null,
    }
  }
  if (!d.report_meeting_id) return null
  const startsOn = d.minutes_posted_on ?? null
  return { recordedIn: 'minutes', startsOn, period: startsOn ? appealPeriod(startsOn) : null }
}
