import { ConflictError, ValidationError } from './errors.js'
import type { Ballot } from './voting.js'

/**
 * Who took part in a decision: the members serving on the item, less those who abstained
 * (avstår), since abstaining is not taking part in the decision (KL 4 kap. 25 §, verify).
 */
export function decisionParticipants(serving: string[], ballots: Ballot[] = []): string[] {
  const abstained = new Set(ballots.filter((b) => b.choice === 'avstår').map((b) => b.memberId))
  return serving.filter((id) => !abstained.has(id))
}

/**
 * Refuses a dissent (reservation) unless the meeting is still open and the member took part
 * in the decision. KL 4 kap. 27 § (verify the paragraph): whoever takes part in deciding a
 * matter may dissent, and must announce it before the meeting closes.
 */
export function assertDissentAllowed(input: {
  memberId: string
  meetingOpen: boolean
  participants: string[]
}): void {
  if (!input.meetingOpen) {
    throw new ConflictError(
      'meeting_closed',
      'Sammanträdet är avslutat. En reservation måste anmälas innan sammanträdet avslutas.',
    )
  }
  if (!input.participants.includes(input.memberId)) {
    throw new ValidationError(
      'Bara den som deltagit i beslutet kan reservera sig.',
      [{ field: 'memberId', message: 'Ledamoten deltog inte i beslutet.' }],
      'not_a_participant',
    )
  }
}

/** The attestation times of the minutes a dissent belongs to. */
export interface AttestationClock {
  /** The time set for attesting the minutes (justeringens tid), if set. */
  attestationDueAt: Date | null
  /** When the minutes were attested, or null. */
  attestedAt: Date | null
}

/**
 * Refuses adding or editing a dissent's written grounds once the minutes are attested or the
 * time set for attestation has come. KL 4 kap. 27 § (verify): the grounds are handed in before
 * the time set for attestation. After attestation nothing in the dissent changes.
 */
export function assertGroundsEditable(clock: AttestationClock, now: Date): void {
  assertDissentUnattested(clock)
  if (clock.attestationDueAt && now.getTime() >= clock.attestationDueAt.getTime()) {
    throw new ConflictError(
      'attestation_time_passed',
      'Tiden för justering har kommit. Motiveringen till reservationen kan inte längre lämnas eller ändras.',
    )
  }
}

/** Refuses any change to a dissent (grounds, withdrawal) once the minutes are attested. */
export function assertDissentUnattested(clock: Pick<AttestationClock, 'attestedAt'>): void {
  if (clock.attestedAt) {
    throw new ConflictError(
      'minutes_attested',
      'Protokollet är justerat. Reservationen kan inte längre ändras.',
    )
  }
}
