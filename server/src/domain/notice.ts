import type { CommitteeKind } from '../db/schema.js'
import { daysBetween } from './dates.js'
import { ValidationError } from './errors.js'
import { addDays, assertIsoDate } from './swedish-calendar.js'

/** KL 5 kap. 13 § (verify): fullmäktige's meeting is announced at least one week before. */
export const COUNCIL_NOTICE_DAYS = 7

/** How many days before the meeting a committee's notice must go out. */
export interface NoticeRule {
  /** The notice goes out no later than this many days before the meeting day. */
  daysBefore: number
  /** Where the rule comes from: the law (fullmäktige) or the committee's reglemente. */
  source: 'law' | 'reglemente'
}

/**
 * The notice (kallelse) rule of a committee. Fullmäktige: posted on the anslagstavla at least a
 * week before the meeting (KL 5 kap. 13 §, verify); its arbetsordning may ask for more, never
 * less. Nämnder and utskott: whatever their reglemente says, e.g. 5 days in Alingsås
 * (LEGAL-RULES rule 17); the law sets no period.
 */
export function noticeRuleFor(kind: CommitteeKind, reglementeDaysBefore?: number): NoticeRule {
  if (reglementeDaysBefore !== undefined) {
    if (!Number.isInteger(reglementeDaysBefore) || reglementeDaysBefore < 0) {
      throw new ValidationError('Antalet dagar för kallelse är ogiltigt.', [
        { field: 'noticeDaysBefore', message: 'Ange ett helt antal dagar, 0 eller fler.' },
      ])
    }
  }
  if (kind === 'council') {
    if (reglementeDaysBefore !== undefined && reglementeDaysBefore < COUNCIL_NOTICE_DAYS) {
      throw new ValidationError('Fullmäktiges sammanträde ska tillkännages minst en vecka före.', [
        { field: 'noticeDaysBefore', message: `Ange minst ${COUNCIL_NOTICE_DAYS} dagar.` },
      ])
    }
    return reglementeDaysBefore !== undefined && reglementeDaysBefore > COUNCIL_NOTICE_DAYS
      ? { daysBefore: reglementeDaysBefore, source: 'reglemente' }
      : { daysBefore: COUNCIL_NOTICE_DAYS, source: 'law' }
  }
  if (reglementeDaysBefore === undefined) {
    throw new ValidationError('Ange hur många dagar före sammanträdet kallelsen ska skickas.', [
      { field: 'noticeDaysBefore', message: 'Antalet dagar står i nämndens reglemente.' },
    ])
  }
  return { daysBefore: reglementeDaysBefore, source: 'reglemente' }
}

/** The last day the notice may go out (or be posted): meeting day − daysBefore. */
export function noticeDeadline(meetingDate: string, rule: NoticeRule): string {
  assertIsoDate(meetingDate, 'meetingDate')
  return addDays(meetingDate, -rule.daysBefore)
}

/** Whether a notice went out in time. */
export interface NoticeStatus {
  deadline: string
  late: boolean
  /** Days after the deadline the notice went out; 0 when on time. */
  daysLate: number
}

/**
 * Whether a notice sent (or posted) on `sentOn` met the committee's rule: on time when
 * `sentOn ≤ meetingDate − daysBefore` (KL 5 kap. 13 § for fullmäktige, verify; reglemente
 * otherwise).
 */
export function noticeStatus(meetingDate: string, sentOn: string, rule: NoticeRule): NoticeStatus {
  assertIsoDate(sentOn, 'sentOn')
  const deadline = noticeDeadline(meetingDate, rule)
  const daysLate = Math.max(0, daysBetween(deadline, sentOn))
  return { deadline, late: daysLate > 0, daysLate }
}
