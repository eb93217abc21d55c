import type { ClockTime, IsoDate, Issuer } from './view-models.js'

/** One meeting of the year's plan. */
export interface PlanEntryView {
  readonly date: IsoDate
  readonly time: ClockTime
  readonly place: string
  readonly note?: string
}

/**
 * The year's meeting plan (sammanträdesplan) of a committee and the subcommittees that prepare
 * its matters, each with its dates, as Kalix KS decides it for KSAU, TU and KS together (the
 * seed's item 15).
 */
export interface MeetingPlanView extends Issuer {
  readonly year: number
  readonly bodies: readonly { readonly name: string; readonly entries: readonly PlanEntryView[] }[]
  /** The case the plan is decided in, 'KS-2025-00404'. */
  readonly caseNumber?: string
}

export const planTitle = (p: MeetingPlanView) => `Sammanträdesplan ${p.year} – ${p.committee}`
