import { ValidationError } from './errors.js'

/**
 * Who a committee delegates a decision to. KL 6 kap. 37 §: a subcommittee (utskott), a member
 * or a substitute; KL 7 kap. 5 §: an employee. The groups exist only to be refused.
 */
export type DelegateType =
  'subcommittee' | 'member' | 'substitute' | 'employee' | 'employeeGroup' | 'mixedGroup'

/**
 * Refuses delegating to a group of employees or to a mixed group of politicians and employees.
 * KL 6 kap. 37 § and 7 kap. 5 § name single delegates (or an utskott); blandad delegering is not
 * allowed (SKR; Härjedalen's delegationsordning).
 */
export function assertDelegateAllowed(type: DelegateType): void {
  if (type === 'employeeGroup') {
    throw new ValidationError(
      'Beslutanderätt kan inte delegeras till en grupp av anställda. Delegera till en enskild anställd, till exempel en befattning.',
      [{ field: 'delegateType', message: 'En grupp av anställda kan inte vara delegat.' }],
      'delegate_not_allowed',
    )
  }
  if (type === 'mixedGroup') {
    throw new ValidationError(
      'Beslutanderätt kan inte delegeras till en grupp av förtroendevalda och anställda tillsammans (blandad delegering).',
      [{ field: 'delegateType', message: 'En blandad grupp kan inte vara delegat.' }],
      'delegate_not_allowed',
    )
  }
  const known: DelegateType[] = ['subcommittee', 'member', 'substitute', 'employee']
  if (!known.includes(type)) {
    throw new ValidationError('Okänd typ av delegat.', [
      { field: 'delegateType', message: 'Välj utskott, ledamot, ersättare eller anställd.' },
    ])
  }
}

/** Where a delegated decision is recorded: reported to the committee or minuted separately. */
export interface DelegatedDecisionRecording {
  /** The committee meeting the decision is reported to (anmälan). */
  reportTo?: string | null
  /** Recorded in a separate protocol (särskilt protokoll) instead of being reported. */
  separateMinutes?: boolean
}

/**
 * How a delegated decision reaches the record. KL 6 kap. 40 § and 7 kap. 8 §: the committee
 * decides which delegated decisions are reported to it; one not reported is recorded in a
 * separate protocol when it can be appealed under 13 kap. Kansli asks for exactly one of the
 * two, since the appeal period runs from the posting of that protocol.
 */
export function validateDelegatedDecisionRecording(
  d: DelegatedDecisionRecording,
): 'report' | 'separateMinutes' {
  const reported = typeof d.reportTo === 'string' && d.reportTo.trim() !== ''
  const separate = d.separateMinutes === true
  if (reported === separate) {
    throw new ValidationError(
      reported
        ? 'Ett delegationsbeslut anmäls antingen till nämnden eller protokollförs särskilt, inte båda.'
        : 'Ange sammanträde som delegationsbeslutet ska anmälas till, eller att det protokollförs särskilt.',
      [{ field: 'reportTo', message: 'Välj anmälan till nämnd eller särskilt protokoll.' }],
    )
  }
  return reported ? 'report' : 'separateMinutes'
}

const POINT = /^(?:0|[1-9]\d{0,3})(?:\.(?:0|[1-9]\d{0,3})){0,4}$/

/** Reads a delegation point ('10.1', '7.2', '13.1.4') into its numbers. */
export function parseDelegationPoint(value: string): number[] {
  const v = typeof value === 'string' ? value.trim() : ''
  if (!POINT.test(v)) {
    throw new ValidationError('Delegationspunkten är ogiltig.', [
      { field: 'point', message: 'Ange delegationspunkten som tal åtskilda av punkt, t.ex. 10.1.' },
    ])
  }
  return v.split('.').map(Number)
}

/** Orders delegation points numerically: 7.2 < 10.1 < 10.2 < 10.10 < 13.1; 10 < 10.1. */
export function compareDelegationPoints(a: string, b: string): number {
  const x = parseDelegationPoint(a)
  const y = parseDelegationPoint(b)
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return d
  }
  return x.length - y.length
}

/** A sorted copy of `points` (see compareDelegationPoints). */
export function sortDelegationPoints(points: readonly string[]): string[] {
  return [...points].sort(compareDelegationPoints)
}
