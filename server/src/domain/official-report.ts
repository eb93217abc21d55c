import { ValidationError, type FieldError } from './errors.js'

/** Running text as stored: paragraphs and bullet lists. */
export type Blocks = readonly (string | { readonly list: readonly string[] })[]

/** What a finished official report (tjänsteskrivelse) must say before it is registered. */
export interface ReportContent {
  readonly title: string
  readonly proposedDecision: Blocks
  readonly description: Blocks
  readonly summary: Blocks
  readonly signedByName: string
  readonly signedByTitle: string
}

const empty = (b: Blocks) =>
  !b.some((x) => (typeof x === 'string' ? x.trim() !== '' : x.list.some((li) => li.trim() !== '')))

/**
 * Refuses finalising a report that cannot serve as beslutsunderlag: a decision needs a
 * proposal to decide on and the facts it rests on, and the record must show who drew it up
 * (FL 31 §, LEGAL-RULES rule 8; the Kalix reports all carry "I tjänsten" with name and title).
 * Equality and child-rights analyses are printed when written; not every matter has them.
 */
export function assertReportComplete(r: ReportContent): void {
  const fields: FieldError[] = []
  if (!r.title.trim()) fields.push({ field: 'title', message: 'Ange rubrik.' })
  if (empty(r.proposedDecision))
    fields.push({ field: 'proposedDecision', message: 'Skriv förslaget till beslut.' })
  if (empty(r.description) && empty(r.summary))
    fields.push({
      field: 'description',
      message: 'Beskriv ärendet (beskrivning eller sammanfattning av ärendet).',
    })
  if (!r.signedByName.trim())
    fields.push({ field: 'signature.name', message: 'Ange vem som skrivit tjänsteskrivelsen.' })
  if (!r.signedByTitle.trim())
    fields.push({ field: 'signature.title', message: 'Ange befattning under "I tjänsten".' })
  if (fields.length) {
    throw new ValidationError(
      'Tjänsteskrivelsen är inte färdig och kan inte registreras.',
      fields,
      'report_incomplete',
    )
  }
}

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]{2,}$/
const PHONE = /^\+?[0-9][0-9 ()-]{4,28}[0-9]$/

/** A problem with an e-mail address for the signature block, or null. */
export function emailProblem(value: string): string | null {
  return EMAIL.test(value) ? null : 'Ange en e-postadress, t.ex. fornamn.efternamn@kommun.se.'
}

/** A problem with a phone number for the signature block, or null. */
export function phoneProblem(value: string): string | null {
  return PHONE.test(value) ? null : 'Ange ett telefonnummer med siffror, t.ex. 0923-650 00.'
}
