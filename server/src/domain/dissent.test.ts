import { describe, expect, it } from 'vitest'
import {
  assertDissentAllowed,
  assertDissentUnattested,
  assertGroundsEditable,
  decisionParticipants,
} from './dissent.js'
import { ConflictError, ValidationError } from './errors.js'

describe('decisionParticipants', () => {
  it('leaves out those who abstained', () => {
    expect(
      decisionParticipants(
        ['a', 'b', 'c'],
        [
          { memberId: 'a', choice: 'ja' },
          { memberId: 'b', choice: 'avstår' },
          { memberId: 'c', choice: 'nej' },
        ],
      ),
    ).toEqual(['a', 'c'])
    expect(decisionParticipants(['a', 'b'])).toEqual(['a', 'b'])
  })
})

describe('assertDissentAllowed (rule 23)', () => {
  const participants = ['a', 'c']
  it('allows a participant while the meeting is open', () => {
    expect(() =>
      assertDissentAllowed({ memberId: 'a', meetingOpen: true, participants }),
    ).not.toThrow()
  })
  it('refuses once the meeting has closed', () => {
    expect(() => assertDissentAllowed({ memberId: 'a', meetingOpen: false, participants })).toThrow(
      ConflictError,
    )
  })
  it('refuses someone who did not take part in the decision', () => {
    expect(() => assertDissentAllowed({ memberId: 'b', meetingOpen: true, participants })).toThrow(
      ValidationError,
    )
  })
})

describe('assertGroundsEditable', () => {
  const due = new Date('2025-03-10T09:00:00Z')
  it('allows grounds until the time set for attestation', () => {
    const clock = { attestationDueAt: due, attestedAt: null }
    expect(() => assertGroundsEditable(clock, new Date('2025-03-10T08:59:59Z'))).not.toThrow()
    expect(() => assertGroundsEditable(clock, due)).toThrow(ConflictError)
    expect(() => assertGroundsEditable(clock, new Date('2025-03-11T08:00:00Z'))).toThrow(
      /Tiden för justering/,
    )
  })
  it('allows grounds while no attestation time is set and the minutes are unattested', () => {
    const clock = { attestationDueAt: null, attestedAt: null }
    expect(() => assertGroundsEditable(clock, new Date('2025-03-20T00:00:00Z'))).not.toThrow()
  })
  it('refuses every change after attestation', () => {
    const clock = { attestationDueAt: due, attestedAt: new Date('2025-03-09T12:00:00Z') }
    expect(() => assertGroundsEditable(clock, new Date('2025-03-09T13:00:00Z'))).toThrow(/justerat/)
    expect(() => assertDissentUnattested(clock)).toThrow(ConflictError)
    expect(() => assertDissentUnattested({ attestedAt: null })).not.toThrow()
  })
})
