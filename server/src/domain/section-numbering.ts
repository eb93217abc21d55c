import { ValidationError } from './errors.js'
import { assertIsoDate } from './swedish-calendar.js'

/**
 * § numbers in the minutes run on through the calendar year per committee and start again at
 * § 1 on 1 January (practice, not statute: Kramfors KSAU §§ 26–38 in March 2018; Kalmar KSAU
 * §§ 27–36 on 2024-03-26).
 */
export interface SectionRange {
  first: number
  last: number
}

/** The committee's last used § number and the meeting that used it. */
export interface LastSection {
  /** The date of the meeting that used the number. */
  meetingDate: string
  sectionNumber: number
}

/**
 * The § numbers of a meeting on `meetingDate` with `count` numbered items, following on from
 * the committee's last used § (`lastUsed`, or null when it has none). A last § from an earlier
 * year does not count: the new year starts at § 1.
 */
export function sectionRange(
  lastUsed: LastSection | null,
  meetingDate: string,
  count: number,
): SectionRange {
  assertIsoDate(meetingDate, 'meetingDate')
  if (!Number.isInteger(count) || count < 1) {
    throw new ValidationError('Antalet paragrafer måste vara minst 1.', [
      { field: 'count', message: 'Ange antalet ärenden som ska ha paragrafnummer.' },
    ])
  }
  let first = 1
  if (lastUsed) {
    assertIsoDate(lastUsed.meetingDate, 'lastUsed.meetingDate')
    if (!Number.isInteger(lastUsed.sectionNumber) || lastUsed.sectionNumber < 1) {
      throw new ValidationError('Senast använda paragrafnummer är ogiltigt.', [
        { field: 'lastUsed.sectionNumber', message: 'Ange ett heltal, 1 eller högre.' },
      ])
    }
    if (lastUsed.meetingDate > meetingDate) {
      throw new ValidationError(
        'Paragrafnumren kan inte följa på ett senare sammanträde.',
        [{ field: 'meetingDate', message: 'Sammanträdet ligger före det senast numrerade.' }],
        'section_order',
      )
    }
    if (lastUsed.meetingDate.slice(0, 4) === meetingDate.slice(0, 4)) {
      first = lastUsed.sectionNumber + 1
    }
  }
  return { first, last: first + count - 1 }
}

/** '§ 27' for one section, '§§ 27–36' (en dash) for several. */
export function formatSectionRange(range: SectionRange): string {
  if (
    !Number.isInteger(range.first) ||
    !Number.isInteger(range.last) ||
    range.first < 1 ||
    range.last < range.first
  ) {
    throw new ValidationError('Paragrafintervallet är ogiltigt.', [
      {
        field: 'range',
        message: 'Första paragrafen måste vara 1 eller högre och inte efter den sista.',
      },
    ])
  }
  return range.first === range.last ? `§ ${range.first}` : `§§ ${range.first}–${range.last}`
}
