import { describe, expect, it } from 'vitest'
import { ConflictError, ValidationError } from './errors.js'
import { assertSeatChangeAllowed, hasQuorum, itemAttendance, type Person } from './quorum.js'

describe('hasQuorum (KL 6 kap. 27 §)', () => {
  it('needs more than half of the seats', () => {
    expect(hasQuorum(5, 9)).toBe(true)
    expect(hasQuorum(4, 9)).toBe(false)
    expect(hasQuorum(4, 7)).toBe(true)
    expect(hasQuorum(3, 7)).toBe(false)
    expect(hasQuorum(4, 8)).toBe(false)
    expect(hasQuorum(5, 8)).toBe(true)
    expect(hasQuorum(1, 1)).toBe(true)
    expect(hasQuorum(0, 1)).toBe(false)
  })
  it('refuses impossible counts', () => {
    expect(() => hasQuorum(3, 0)).toThrow(ValidationError)
    expect(() => hasQuorum(10, 9)).toThrow(ValidationError)
    expect(() => hasQuorum(-1, 9)).toThrow(ValidationError)
    expect(() => hasQuorum(2.5, 9)).toThrow(ValidationError)
  })
})

const p = (id: string, party: string): Person => ({ id, party })
const members = [p('A', 'S'), p('B', 'S'), p('C', 'M'), p('D', 'M'), p('E', 'C')]
const substitutes = [p('s1', 'M'), p('s2', 'S'), p('s3', 'C'), p('s4', 'S')]
const servingFor = (r: ReturnType<typeof itemAttendance>) =>
  Object.fromEntries(r.serving.map((s) => [s.id, s.servingFor]))

describe('itemAttendance', () => {
  it('seats every member when all are present', () => {
    const r = itemAttendance({ members, substitutes, absent: [], recused: [] })
    expect(r.serving.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(r.serving.every((s) => s.role === 'member' && s.servingFor === null)).toBe(true)
    expect(r).toMatchObject({ recused: [], vacantSeats: [], quorum: true })
  })
  it('calls a substitute of the absent member’s party first', () => {
    const r = itemAttendance({ members, substitutes, absent: ['A'], recused: [] })
    expect(r.serving.find((s) => s.id === 's2')).toEqual({
      id: 's2',
      party: 'S',
      role: 'substitute',
      servingFor: 'A',
    })
    expect(r.serving).toHaveLength(5)
  })
  it('prefers same-party matches over the order of service across seats', () => {
    const r = itemAttendance({
      members,
      substitutes: [p('s1', 'M'), p('s2', 'S')],
      absent: ['A', 'C'],
      recused: [],
    })
    expect(servingFor(r)).toMatchObject({ s2: 'A', s1: 'C' })
  })
  it('falls back to other parties in the order given', () => {
    const r = itemAttendance({ members, substitutes, absent: ['E', 's3'], recused: [] })
    expect(servingFor(r)).toMatchObject({ s1: 'E' })
  })
  it('removes a jävig member from the item and brings in a substitute', () => {
    const r = itemAttendance({ members, substitutes, absent: ['A'], recused: ['B'] })
    expect(r.serving.map((s) => s.id)).not.toContain('B')
    expect(servingFor(r)).toMatchObject({ s2: 'A', s4: 'B' })
    expect(r.recused).toEqual(['B'])
    expect(r.quorum).toBe(true)
  })
  it('replaces a jävig substitute who was serving for an absent member', () => {
    const r = itemAttendance({ members, substitutes, absent: ['A'], recused: ['s2'] })
    expect(servingFor(r)).toMatchObject({ s4: 'A' })
    expect(r.serving.map((s) => s.id)).not.toContain('s2')
  })
  it('keeps the meeting’s standing substitutes in place when jäv strikes', () => {
    const r = itemAttendance({
      members,
      substitutes: [p('s2', 'S')],
      absent: ['C'],
      recused: ['B'],
    })
    expect(servingFor(r)).toMatchObject({ s2: 'C' })
    expect(r.vacantSeats).toEqual(['B'])
    expect(r.quorum).toBe(true)
  })
  it('loses quorum when jäv leaves half or fewer seats served', () => {
    const r = itemAttendance({ members, substitutes: [], absent: ['A', 'B'], recused: ['C'] })
    expect(r.serving.map((s) => s.id)).toEqual(['D', 'E'])
    expect(r.vacantSeats).toEqual(['A', 'B', 'C'])
    expect(r.quorum).toBe(false)
  })
  it('keeps quorum when substitutes fill the seats of the jäviga', () => {
    const r = itemAttendance({ members, substitutes, absent: ['A', 'B'], recused: ['C', 'D'] })
    expect(r.serving).toHaveLength(5)
    expect(r.quorum).toBe(true)
  })
  it('does not list an absent person as recused', () => {
    const r = itemAttendance({ members, substitutes, absent: ['A'], recused: ['A', 'B'] })
    expect(r.recused).toEqual(['B'])
  })
  it('refuses unknown or duplicated people', () => {
    expect(() => itemAttendance({ members, substitutes, absent: ['X'], recused: [] })).toThrow(
      ValidationError,
    )
    expect(() => itemAttendance({ members, substitutes, absent: [], recused: ['X'] })).toThrow(
      ValidationError,
    )
    expect(() =>
      itemAttendance({ members, substitutes: [p('A', 'S')], absent: [], recused: [] }),
    ).toThrow(ValidationError)
  })
})

describe('assertSeatChangeAllowed', () => {
  it('allows stepping aside and back because of jäv', () => {
    expect(() => assertSeatChangeAllowed({ kind: 'recusal', duringItem: false })).not.toThrow()
    expect(() => assertSeatChangeAllowed({ kind: 'recusalEnded', duringItem: false })).not.toThrow()
  })
  it('refuses växeltjänstgöring', () => {
    expect(() => assertSeatChangeAllowed({ kind: 'return', duringItem: false })).toThrow(
      ConflictError,
    )
  })
  it('lets a late member take the seat between items only', () => {
    expect(() => assertSeatChangeAllowed({ kind: 'lateArrival', duringItem: false })).not.toThrow()
    expect(() => assertSeatChangeAllowed({ kind: 'lateArrival', duringItem: true })).toThrow(
      ConflictError,
    )
  })
})
