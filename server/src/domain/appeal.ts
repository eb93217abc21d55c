import { ConflictError, ValidationError } from './errors.js'
import { addDays, assertIsoDate, nextWorkingDay } from './swedish-calendar.js'

/** Days after the meeting within which the minutes must be attested. */
export const ATTESTATION_DAYS = 14
/** Days after the meeting at which Kansli starts warning that attestation is due. */
export const ATTESTATION_WARNING_DAYS = 10
/** Days after attestation within which the posting must go up. */
export const POSTING_DAYS = 2
/** The appeal period: three weeks. */
export const APPEAL_DAYS = 21

/**
 * The last day for attesting the minutes of a meeting held on `meetingDate`: D + 14.
 * KL 5 kap. 69 § (fullmäktige), applied to nämnder by KL 6 kap. 35 §. Kept strict: a deadline
 * on a weekend is not moved, so the alerts fire early rather than late.
 */
export function attestationDeadline(meetingDate: string): string {
  assertIsoDate(meetingDate, 'meetingDate')
  return addDays(meetingDate, ATTESTATION_DAYS)
}

/** The day Kansli starts warning that attestation is due: D + 10 (LEGAL-RULES rule 26). */
export function attestationWarningDate(meetingDate: string): string {
  assertIsoDate(meetingDate, 'meetingDate')
  return addDays(meetingDate, ATTESTATION_WARNING_DAYS)
}

/** Where a meeting's attestation stands; drives the D + 10 warning and the overdue alert. */
export type AttestationStatus = 'ok' | 'warning' | 'overdue' | 'attested'

/**
 * Where the attestation of a meeting's minutes stands on `today` (KL 5 kap. 69 §, 6 kap. 35 §):
 * 'attested' once attested, 'overdue' after D + 14, 'warning' from D + 10, otherwise 'ok'.
 */
export function attestationStatus(
  meetingDate: string,
  today: string,
  attestedOn?: string | null,
): AttestationStatus {
  assertIsoDate(meetingDate, 'meetingDate')
  assertIsoDate(today, 'today')
  if (attestedOn != null) {
    assertIsoDate(attestedOn, 'attestedOn')
    if (attestedOn < meetingDate) {
      throw new ValidationError('Protokollet kan inte vara justerat före sammanträdet.', [
        { field: 'attestedOn', message: 'Justeringsdatumet ligger före sammanträdesdatumet.' },
      ])
    }
    return 'attested'
  }
  if (today > attestationDeadline(meetingDate)) return 'overdue'
  if (today >= attestationWarningDate(meetingDate)) return 'warning'
  return 'ok'
}

/**
 * The last day to post the notice that the minutes were attested: J + 2. KL 8 kap. 12 §: the
 * posting goes up no later than the second day after attestation. Kept strict like the
 * attestation deadline.
 */
export function postingDeadline(attestedDate: string): string {
  assertIsoDate(attestedDate, 'attestedDate')
  return addDays(attestedDate, POSTING_DAYS)
}

/** The dates printed on the anslag sheet (LEGAL-RULES rule 29). */
export interface AppealPeriod {
  postedOn: string
  /** The last day an appeal can reach the förvaltningsrätt: "Sista dag för överklagande". */
  lastAppealDay: string
  /**
   * The first day the posting may come down: the day after the last appeal day. Anslag sheets
   * print it as "Anslaget till och med" (Kramfors KSAU 2018: 2018-04-24 → 2018-04-25).
   */
  takeDownOn: string
}

/**
 * The appeal period (laglighetsprövning) that starts when the posting about the attestation
 * goes up on `postedDate`. KL 13 kap. 5 §: the appeal must reach the court within three weeks
 * of the day the posting went up. Lag (1930:173) 1 §: a period in weeks ends on the same
 * weekday, so A + 21; 2 §: a last day on a Saturday, Sunday, holiday, midsommarafton, julafton
 * or nyårsafton moves to the next vardag.
 */
export function appealPeriod(postedDate: string): AppealPeriod {
  assertIsoDate(postedDate, 'postedDate')
  const lastAppealDay = nextWorkingDay(addDays(postedDate, APPEAL_DAYS))
  return { postedOn: postedDate, lastAppealDay, takeDownOn: addDays(lastAppealDay, 1) }
}

/**
 * Refuses taking a posting down before its appeal period has run out (KL 8 kap. 12 §, 13 kap.
 * 5 §): the posting must be up for the whole period.
 */
export function assertTakeDownAllowed(postedDate: string, takeDownDate: string): void {
  assertIsoDate(takeDownDate, 'takeDownDate')
  const { lastAppealDay, takeDownOn } = appealPeriod(postedDate)
  if (takeDownDate <= lastAppealDay) {
    throw new ConflictError(
      'posting_appeal_period_running',
      `Anslaget får inte tas ned förrän överklagandetiden har gått ut. Sista dag för överklagande är ${lastAppealDay}; anslaget kan tas ned tidigast ${takeDownOn}.`,
    )
  }
}
