import { ValidationError } from './errors.js'
import { addDays, assertIsoDate } from './swedish-calendar.js'

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
  /**
   * To be reported, to a meeting chosen later: the secretary assigns the unreported decisions
   * to the next meeting when the agenda is built.
   */
  reportLater?: boolean
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
  const reported =
    (typeof d.reportTo === 'string' && d.reportTo.trim() !== '') || d.reportLater === true
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

// ---------------------------------------------------------------------------------------------
// Versions of a delegation scheme (delegationsordning)

/** The days a version of a scheme is in force; `validTo` is open while it is the newest. */
export interface VersionValidity {
  readonly versionNumber: number
  readonly validFrom: string
  readonly validTo: string | null
}

/** Whether the version is in force on `date`. */
export function inForceOn(v: VersionValidity, date: string): boolean {
  return v.validFrom <= date && (v.validTo === null || date <= v.validTo)
}

function validityText(v: VersionValidity): string {
  return v.validTo ? `${v.validFrom}–${v.validTo}` : `från och med ${v.validFrom}`
}

/**
 * Refuses a delegated decision dated outside the version of the scheme its point belongs to. A
 * delegate decides on the committee's behalf only with the powers delegated at the time
 * (KL 6 kap. 37 §, 7 kap. 5 §); a decision under a point not in force is not a delegated one.
 */
export function assertDecidedWithin(v: VersionValidity, date: string, field = 'decidedOn'): void {
  if (!inForceOn(v, date)) {
    throw new ValidationError(
      `Delegationsordningen version ${v.versionNumber} gällde inte ${date} (den gäller ${validityText(v)}).`,
      [
        {
          field,
          message: `Datumet ligger utanför delegationsordningens giltighetstid (${validityText(v)}).`,
        },
      ],
      'outside_delegation_validity',
    )
  }
}

export interface AdoptionInput {
  /** The day the committee decided to adopt the version. */
  readonly adoptedOn: string
  /** The day the version takes effect ("ska börja gälla från och med 2026-01-01"). */
  readonly validFrom: string
  /** The version in force until now, if any. */
  readonly previous?: VersionValidity | null
  readonly today: string
}

/**
 * Checks the dates of adopting a version and gives the previous version's last day: the day
 * before the new one takes effect, so that exactly one version is in force on any day. A
 * delegation cannot take effect before the decision that grants it, and a decision not yet
 * taken cannot be recorded.
 */
export function planAdoption(i: AdoptionInput): { previousValidTo: string | null } {
  assertIsoDate(i.adoptedOn, 'adoptedOn')
  assertIsoDate(i.validFrom, 'validFrom')
  if (i.adoptedOn > i.today) {
    throw new ValidationError(
      'Beslutet om delegationsordningen kan inte vara fattat i framtiden.',
      [{ field: 'adoptedOn', message: 'Ange dagen då beslutet fattades.' }],
    )
  }
  if (i.validFrom < i.adoptedOn) {
    throw new ValidationError(
      'En delegationsordning kan inte börja gälla före beslutet som antar den.',
      [{ field: 'validFrom', message: `Ange ${i.adoptedOn} eller senare.` }],
    )
  }
  const p = i.previous
  if (!p) return { previousValidTo: null }
  if (i.validFrom <= p.validFrom) {
    throw new ValidationError(
      `Den nya versionen måste börja gälla efter den nuvarande (version ${p.versionNumber} gäller från och med ${p.validFrom}).`,
      [{ field: 'validFrom', message: `Ange ett datum efter ${p.validFrom}.` }],
    )
  }
  return { previousValidTo: addDays(i.validFrom, -1) }
}

/**
 * Refuses a decision whose amount is above the point's limit: it is outside the delegation, so
 * the committee itself has to decide (KL 6 kap. 37 §).
 */
export function assertWithinAmountLimit(amount: number | null, limit: number | null): void {
  if (amount === null || limit === null || amount <= limit) return
  throw new ValidationError(
    `Beloppet överstiger delegationspunktens gräns (${limit.toLocaleString('sv-SE')} kr). Beslutet måste fattas av nämnden.`,
    [
      {
        field: 'amountSek',
        message: `Högst ${limit.toLocaleString('sv-SE')} kr enligt delegationen.`,
      },
    ],
    'outside_delegation_limit',
  )
}

// ---------------------------------------------------------------------------------------------
// The report of delegated decisions (redovisning av delegationsbeslut)

/** What the report's order depends on. */
export interface ReportRowKey {
  readonly kind: 'decision' | 'periodSummary'
  /** Registration order. */
  readonly seq: number
  readonly point: string | null
  /** The decision date, or the first day of a summary's period. */
  readonly date: string
}

/**
 * `registered`: single decisions in the order they were registered, then the period summaries
 * ("För perioden …"), as Kalix KS's table of 2025-12-15 has them (neither by point nor by
 * date). `point`: by delegation point, then date; the summaries last.
 */
export type DelegationReportOrder = 'registered' | 'point'

/** A sorted copy of the report's rows. */
export function orderDelegationReport<T extends ReportRowKey>(
  rows: readonly T[],
  order: DelegationReportOrder = 'registered',
): T[] {
  const summaryLast = (a: T, b: T) =>
    (a.kind === 'periodSummary' ? 1 : 0) - (b.kind === 'periodSummary' ? 1 : 0)
  const byPoint = (a: T, b: T) => {
    if (a.point === b.point) return 0
    if (a.point === null) return 1
    if (b.point === null) return -1
    return compareDelegationPoints(a.point, b.point)
  }
  return [...rows].sort(
    (a, b) =>
      summaryLast(a, b) ||
      (order === 'point' ? byPoint(a, b) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) : 0) ||
      a.seq - b.seq,
  )
}
