import type { IsoDate } from './view-models.js'

/**
 * The yearly follow-up of AI use for the municipal board (Kalix riktlinjer för AI, punkt 8:
 * kommunstyrelsen ansvarar för övergripande styrning och uppföljning av AI-användningen; punkt
 * 10: followed up every year). Every figure is computed from the AI log and the tables
 * (services/ai/follow-up.ts); the renderers only print it.
 */
export interface AiFollowUpView {
  readonly municipality: string
  readonly year: number
  readonly period: { readonly from: IsoDate; readonly to: IsoDate }
  /** The day the report was made; figures for a year still running are up to this day. */
  readonly generatedOn: IsoDate
  /** Calls per service and purpose, with the guard's decisions. */
  readonly usage: readonly UsageRow[]
  readonly totals: UsageTotals
  /** What the guard found in the requests it blocked and those it redacted, by type. */
  readonly findings: readonly {
    readonly type: string
    readonly label: string
    readonly blocked: number
    readonly redacted: number
  }[]
  readonly drafts: DraftFigures
  readonly incidents: IncidentFigures
  readonly training: TrainingFigures
}

export interface UsageRow {
  readonly serviceId: string | null
  readonly service: string
  readonly purpose: string
  readonly purposeLabel: string
  readonly calls: number
  readonly blocked: number
  readonly redacted: number
  readonly allowed: number
  /** Of the redacted and allowed calls, those the service did not answer. */
  readonly failed: number
}

export interface UsageTotals {
  readonly calls: number
  readonly blocked: number
  readonly redacted: number
  readonly allowed: number
  readonly failed: number
  /** Distinct people who used AI in the year. */
  readonly users: number
}

export interface DraftFigures {
  /** Drafts the AI produced in the year. */
  readonly created: number
  /** Reviews in the year. */
  readonly approved: number
  readonly approvedEdited: number
  readonly rejected: number
  /** Reviews by the person who asked for the draft. */
  readonly selfReviewed: number
  /** Approved drafts put to use in the year. */
  readonly applied: number
  /** Drafts of the year that nobody has reviewed yet. */
  readonly unreviewed: number
}

export interface IncidentFigures {
  readonly reported: number
  readonly open: number
  readonly closed: number
  readonly byCategory: readonly {
    readonly category: string
    readonly label: string
    readonly open: number
    readonly closed: number
  }[]
}

export interface TrainingFigures {
  /** The day coverage is counted on: the year's last day, or today for the current year. */
  readonly asOf: IsoDate
  /** Active staff (everyone with a role other than member). */
  readonly staff: number
  /** Of them, with an AI training valid on `asOf`. */
  readonly trained: number
  /** Whole per cent, null without staff. */
  readonly percent: number | null
}

export const followUpTitle = (v: Pick<AiFollowUpView, 'year'>) =>
  `Uppföljning av AI-användningen ${v.year}`

/** "12 av 40 (30 %)" */
export const coverageText = (t: TrainingFigures) =>
  `${t.trained} av ${t.staff}${t.percent === null ? '' : ` (${t.percent} %)`}`

/** The summary sentences both renderers print first. */
export function followUpSummary(v: AiFollowUpView): string[] {
  const t = v.totals
  return [
    `Under perioden ${v.period.from}–${v.period.to} användes AI ${t.calls} gånger (anrop till AI-tjänster och förslag från kommunens egen modell för ärendesortering) av ${t.users} ${t.users === 1 ? 'person' : 'personer'}. Spärren stoppade ${t.blocked} och maskerade personuppgifter i ${t.redacted} anrop innan något skickades.`,
    `${v.drafts.approved} AI-utkast godkändes efter granskning (${v.drafts.approvedEdited} med ändringar) och ${v.drafts.rejected} avvisades; ${v.drafts.unreviewed} av årets utkast är ännu inte granskade.`,
    `${v.incidents.reported} ${v.incidents.reported === 1 ? 'incident rapporterades' : 'incidenter rapporterades'}, varav ${v.incidents.open} ${v.incidents.open === 1 ? 'är öppen' : 'är öppna'}.`,
    `Den ${v.training.asOf} hade ${coverageText(v.training)} medarbetare en giltig AI-utbildning.`,
  ]
}
