import type { IsoDate, TextBlock } from './view-models.js'

/**
 * An official's report (tjänsteskrivelse) as printed, in the order of the Kalix seed's
 * reports: Förslag till beslut, Beskrivning av ärendet, Sammanfattning av ärendet,
 * Jämställdhetsanalys, Barnrättskonsekvensanalys, Beslutsunderlag, and "I tjänsten".
 */
export interface OfficialReportView {
  /** 'Kalix kommun' */
  readonly municipality: string
  /** The administration that writes it: 'Kommunledningsförvaltningen'. */
  readonly department?: string
  /** The committee it is addressed to: 'Kommunstyrelsen'. */
  readonly committee: string
  readonly date: IsoDate
  /** The case number: 'KS-2025-00483'. */
  readonly caseNumber: string
  readonly title: string
  readonly proposedDecision: readonly TextBlock[]
  readonly description?: readonly TextBlock[]
  readonly summary?: readonly TextBlock[]
  readonly equalityAnalysis?: readonly TextBlock[]
  readonly childRightsAnalysis?: readonly TextBlock[]
  /** Beslutsunderlag: the documents the decision rests on, by title. */
  readonly decisionBasis?: readonly string[]
  /** "I tjänsten": who wrote it, with title and contact. */
  readonly signature: {
    readonly name: string
    readonly title: string
    readonly phone?: string
    readonly email?: string
  }
  /** The registration number of the report this one corrects. */
  readonly corrects?: string
  /** A preview of a draft, not the registered document. */
  readonly draft?: boolean
}

/** The sections with running text, with their Swedish headings, in print order. */
export const REPORT_SECTIONS = [
  ['proposedDecision', 'Förslag till beslut'],
  ['description', 'Beskrivning av ärendet'],
  ['summary', 'Sammanfattning av ärendet'],
  ['equalityAnalysis', 'Jämställdhetsanalys'],
  ['childRightsAnalysis', 'Barnrättskonsekvensanalys'],
] as const

/** 'Tjänsteskrivelse – Kommunstyrelsens delegationsordning - revidering' (also the PDF title). */
export function officialReportTitle(r: OfficialReportView): string {
  return `Tjänsteskrivelse – ${r.title}`
}
