import { ConflictError, ValidationError } from './errors.js'

/**
 * Quorum: a committee may deal with matters only when more than half of its members are
 * present. KL 6 kap. 27 § (nämnder); fullmäktige has the same rule in 5 kap. Serving
 * substitutes count as present; members who left an item because of jäv do not.
 */
export function hasQuorum(servingPresent: number, seats: number): boolean {
  if (!Number.isInteger(seats) || seats < 1 || !Number.isInteger(servingPresent)) {
    throw new ValidationError('Antalet ledamöter och närvarande måste vara heltal.', [
      { field: 'seats', message: 'Ange antalet ledamöter (minst 1).' },
    ])
  }
  if (servingPresent < 0 || servingPresent > seats) {
    throw new ValidationError('Fler tjänstgörande än platser i organet.', [
      { field: 'servingPresent', message: `Antalet tjänstgörande ska vara 0–${seats}.` },
    ])
  }
  return servingPresent * 2 > seats
}

/** A member or substitute of the committee. */
export interface Person {
  id: string
  /** Party abbreviation as printed: 'S', 'M', … */
  party: string
}

/** The committee's people and, for one item, who is absent and who is jävig. */
export interface ItemAttendanceInput {
  /** The elected members (ledamöter), one per seat. */
  members: Person[]
  /** The substitutes (ersättare) in their order of service. */
  substitutes: Person[]
  /** Members and substitutes not at the meeting. */
  absent: string[]
  /** Members and substitutes who are jäviga for this item (KL 6 kap. 28 §; 5 kap. 47 §). */
  recused: string[]
}

/** Someone serving (tjänstgörande) on an item. */
export interface ServingPerson extends Person {
  role: 'member' | 'substitute'
  /** For a substitute: the member whose seat they fill. */
  servingFor: string | null
}

/** Who serves on an item, in seat order, and whether the committee has quorum for it. */
export interface ItemAttendance {
  serving: ServingPerson[]
  /** Members and substitutes who may not take part in or be present at this item. */
  recused: string[]
  /** Members whose seat nobody fills on this item. */
  vacantSeats: string[]
  quorum: boolean
}

/**
 * Who serves on one agenda item. Seats of absent members are filled first (that is the
 * meeting's standing attendance), then seats left by jäv on this item: under KL 6 kap.
 * 28–32 §§ a jävig member may neither take part in nor be present at the item, and the usual
 * reglemente lets a substitute serve in their place. Substitutes of the absent member's party are called first, then the others in
 * the order given. A jävig substitute cannot serve on the item either.
 */
export function itemAttendance(input: ItemAttendanceInput): ItemAttendance {
  const known = new Set<string>()
  for (const p of [...input.members, ...input.substitutes]) {
    if (known.has(p.id)) {
      throw new ValidationError('Samma person finns flera gånger bland ledamöter och ersättare.', [
        { field: 'members', message: `${p.id} förekommer mer än en gång.` },
      ])
    }
    known.add(p.id)
  }
  for (const [field, ids] of [
    ['absent', input.absent],
    ['recused', input.recused],
  ] as const) {
    const unknown = ids.filter((id) => !known.has(id))
    if (unknown.length > 0) {
      throw new ValidationError('Okänd ledamot eller ersättare.', [
        { field, message: `Finns inte i organet: ${unknown.join(', ')}.` },
      ])
    }
  }
  const absent = new Set(input.absent)
  const recused = new Set(input.recused)
  const available = input.substitutes.filter((s) => !absent.has(s.id))
  const used = new Set<string>()

  // Meeting level: who holds each seat, ignoring jäv.
  const holder = new Map<string, ServingPerson | null>()
  for (const m of input.members) {
    holder.set(m.id, absent.has(m.id) ? null : { ...m, role: 'member', servingFor: null })
  }
  fill(input.members, holder, available, used)

  // Item level: jäviga leave, and their seats are filled from the substitutes still free.
  for (const m of input.members) {
    const h = holder.get(m.id)
    if (h && recused.has(h.id)) holder.set(m.id, null)
  }
  for (const id of recused) used.add(id)
  fill(input.members, holder, available, used)

  const serving = input.members.flatMap((m) => holder.get(m.id) ?? [])
  const vacantSeats = input.members.filter((m) => !holder.get(m.id)).map((m) => m.id)
  const presentRecused = input.recused.filter((id) => !absent.has(id))
  return {
    serving,
    recused: presentRecused,
    vacantSeats,
    quorum: hasQuorum(serving.length, input.members.length),
  }
}

/** Fills empty seats: same party first, then in the substitutes' order of service. */
function fill(
  members: Person[],
  holder: Map<string, ServingPerson | null>,
  available: Person[],
  used: Set<string>,
): void {
  for (const sameParty of [true, false]) {
    for (const m of members) {
      if (holder.get(m.id)) continue
      const sub = available.find((s) => !used.has(s.id) && (!sameParty || s.party === m.party))
      if (!sub) continue
      used.add(sub.id)
      holder.set(m.id, { ...sub, role: 'substitute', servingFor: m.id })
    }
  }
}

/**
 * Changes of who serves during a meeting:
 * - 'recusal' / 'recusalEnded': a member steps aside for an item because of jäv and comes back
 *   after it;
 * - 'lateArrival': a member who had not yet served arrives and takes over from the substitute;
 * - 'return': a member who stopped serving for another reason wants to serve again.
 */
export type SeatChangeKind = 'recusal' | 'recusalEnded' | 'lateArrival' | 'return'

/**
 * Refuses switching between member and substitute during a meeting except because of jäv
 * (växeltjänstgöring; LEGAL-RULES rule 21, Karlsborg's reglemente practice). A late-arriving
 * member may take their seat, but only between items, never while one is being handled.
 */
export function assertSeatChangeAllowed(change: {
  kind: SeatChangeKind
  duringItem: boolean
}): void {
  if (change.kind === 'recusal' || change.kind === 'recusalEnded') return
  if (change.kind === 'return') {
    throw new ConflictError(
      'alternating_service',
      'En ledamot som har avbrutit sin tjänstgöring får inte återinträda under sammanträdet (växeltjänstgöring). Undantaget är jäv.',
    )
  }
  if (change.duringItem) {
    throw new ConflictError(
      'seat_change_during_item',
      'Byte mellan ersättare och ledamot får inte ske under behandlingen av ett ärende, bara mellan två ärenden.',
    )
  }
}
