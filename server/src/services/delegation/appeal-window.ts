import { appealPeriod, type AppealPeriod } from '../../domain/appeal.js'
import type { DelegatedDecisionDetail } from '../../repositories/delegated-decision.repository.js'

/**
 * The appeal period of a decision minuted in a separate protocol, once that protocol's posting
 * date is recorded: three weeks from the posting (KL 13 kap. 5 §; LEGAL-RULES rules 29–30).
 * Null for a reported decision, whose period runs from the posting of the minutes of the
 * meeting it was reported to, and for a separate protocol not yet posted.
 */
export function separateMinutesAppealPeriod(d: DelegatedDecisionDetail): AppealPeriod | null {
  if (d.recording !== 'separateMinutes' || !d.separate_minutes_posted_on) return null
  return appealPeriod(d.separate_minutes_posted_on)
}
