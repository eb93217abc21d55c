import type { FindingType } from '../../src/domain/ai-guard/index.js'

/** One labelled document of the evaluation set (one line of guard-set.jsonl). */
export interface EvalDoc {
  id: string
  /** what the document was built to test: clean, personal, protocol, sensitive, … */
  kind: string
  text: string
  /** the registry's OSL ground, when the document is a confidential registration */
  confidential: string | null
  /** the right decision for a service approved for public data only */
  expect: 'BLOCK' | 'REDACT' | 'ALLOW'
  /** what must be found (and, for personal types, masked) */
  spans: GoldSpan[]
  /** what must not be flagged at all */
  clean: CleanSpan[]
}

export type GoldType = Exclude<FindingType, never>

export interface GoldSpan {
  type: GoldType
  start: number
  end: number
  value: string
  /** personnummer/samordningsnummer: how it is written */
  format?: string
  /** personnummer/samordningsnummer with a wrong check digit (a typo): to be masked all the same */
  suspected?: boolean
  /** names: whether both parts are in the guard's lexicon, neither, or one */
  source?: 'lexicon' | 'unseen' | 'mixed'
}

export type CleanKind =
  'caseNumber' | 'section' | 'statute' | 'date' | 'amount' | 'orgnr' | 'otherNumber'

export interface CleanSpan {
  kind: CleanKind
  start: number
  end: number
  value: string
}
