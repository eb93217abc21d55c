import type { Insertable, Kysely } from 'kysely'
import type { DB, SearchEntryTable } from '../../db/schema.js'
import { vocabularyWords } from '../../domain/search-query.js'
import {
  publicCaseTitle,
  publicCounterpart,
  publicDescription,
  publicMayReadFiles,
} from '../../domain/public-view.js'
import type { CaseRow } from '../../repositories/case.repository.js'
import type { DocumentRow } from '../../repositories/document.repository.js'
import {
  addSearchTerms,
  insertSearchEntries,
  upsertSearchEntry,
  type SearchTerm,
} from '../../repositories/search.repository.js'
import { formatCaseNumber, formatRegistrationNumber } from '../../domain/case-number.js'
import type { PreparedCase } from './create-case.js'

// tsvector holds at most 1 MB; the start of a long file is what matters for finding it.
const MAX_BODY = 250_000

export type SearchEntryRow = Insertable<SearchEntryTable>

/**
 * Keeps the search entry of a case or a document in step with it, in the same transaction.
 * The public columns are built only from the public view (domain/public-view.ts), so a word in
 * a protected field or a confidential file can never match a public search.
 */
export async function indexCase(trx: Kysely<DB>, c: CaseRow): Promise<void> {
  const row = caseEntry(c)
  await upsertSearchEntry(trx, row)
  await addSearchTerms(trx, row.municipality_id, entryTerms(row))
}

export async function indexDocument(
  trx: Kysely<DB>,
  c: CaseRow,
  d: DocumentRow,
  fileTexts: string[],
): Promise<void> {
  const row = documentEntry(c, d, fileTexts)
  await upsertSearchEntry(trx, row)
  await addSearchTerms(trx, row.municipality_id, entryTerms(row))
}

/**
 * The vocabulary words of a case about to be opened by its first document, added before its
 * number is drawn. Vocabulary words are letters only, so a provisional number in the same
 * format (sequence 0) gives exactly the words the real one will. Sorted and without repeats.
 */
export function provisionalTerms(
  plan: PreparedCase,
  document: Omit<DocumentFields, 'id' | 'registration_number'>,
  fileTexts: string[],
): SearchTerm[] {
  const caseNumber = formatCaseNumber(plan.template, {
    series: plan.prefix,
    year: plan.year,
    seq: 0,
  })
  const c: CaseFields = {
    id: '',
    municipality_id: plan.municipalityId,
    series_id: plan.seriesId,
    year: plan.year,
    status: 'open',
    committee_id: plan.committeeId,
    opened_on: plan.openedOn,
    case_number: caseNumber,
    title: plan.title,
    title_protected: !!plan.input.titleProtected,
  }
  const d: DocumentFields = {
    ...document,
    id: '',
    registration_number: formatRegistrationNumber(caseNumber, 1),
  }
  const terms = [...entryTerms(caseEntry(c)), ...entryTerms(documentEntry(c, d, fileTexts))]
  const unique = new Map(terms.map((t) => [t.scope + t.word, t]))
  return [...unique.values()].sort((a, b) => (a.scope + a.word < b.scope + b.word ? -1 : 1))
}

/** The entries of a new case and its first document, whose words provisionalTerms gave (already added). */
export async function insertNewEntries(
  trx: Kysely<DB>,
  c: CaseRow,
  d: DocumentRow,
  fileTexts: string[],
) {
  await insertSearchEntries(trx, [caseEntry(c), documentEntry(c, d, fileTexts)])
}

type CaseFields = Pick<
  CaseRow,
  | 'id'
  | 'municipality_id'
  | 'series_id'
  | 'year'
  | 'status'
  | 'committee_id'
  | 'opened_on'
  | 'case_number'
  | 'title'
  | 'title_protected'
>
type DocumentFields = Pick<
  DocumentRow,
  | 'id'
  | 'municipality_id'
  | 'direction'
  | 'document_date'
  | 'registration_number'
  | 'description'
  | 'counterpart_name'
  | 'confidential'
  | 'confidentiality_ground'
  | 'protect_counterpart'
  | 'protect_description'
>

/** The search entry of a case (pure; the bench data generator writes the same rows). */
export function caseEntry(c: CaseFields): SearchEntryRow {
  return {
    municipality_id: c.municipality_id,
    kind: 'case',
    case_id: c.id,
    document_id: null,
    series_id: c.series_id,
    year: c.year,
    status: c.status,
    direction: null,
    committee_id: c.committee_id,
    entry_date: c.opened_on,
    confidential: c.title_protected,
    internal_head: `${c.case_number} ${c.title}`,
    internal_body: '',
    public_head: `${c.case_number} ${publicCaseTitle(c)}`,
    public_body: '',
  }
}

/** The search entry of a document: head = numbers, case title, description, counterpart; body = file text. */
export function documentEntry(
  c: CaseFields,
  d: DocumentFields,
  fileTexts: string[],
): SearchEntryRow {
  const body = fileTexts.join('\n').slice(0, MAX_BODY)
  const counterpart = publicCounterpart(d)
  return {
    municipality_id: d.municipality_id,
    kind: 'document',
    case_id: c.id,
    document_id: d.id,
    series_id: c.series_id,
    year: c.year,
    status: c.status,
    direction: d.direction,
    committee_id: c.committee_id,
    entry_date: d.document_date,
    confidential: d.confidential,
    internal_head: [d.registration_number, c.title, d.description, d.counterpart_name ?? ''].join(
      ' ',
    ),
    internal_body: body,
    public_head: [
      d.registration_number,
      publicCaseTitle(c),
      publicDescription(d),
      counterpart ?? '',
    ].join(' '),
    public_body: publicMayReadFiles(d) ? body : '',
  }
}

/**
 * The vocabulary words of an entry, each marked with the scope of the text it came from: 'p' for
 * public text; words only in the internal text are 'c' when the entry is confidential, else 'i'.
 * Sorted, so that concurrent registrations insert new words in the same order (no deadlock).
 */
export function entryTerms(row: SearchEntryRow): SearchTerm[] {
  const pub = vocabularyWords(`${row.public_head} ${row.public_body}`)
  const terms: SearchTerm[] = [...pub].map((word) => ({ scope: 'p' as const, word }))
  const internalScope = row.confidential ? 'c' : 'i'
  for (const word of vocabularyWords(`${row.internal_head} ${row.internal_body}`)) {
    if (!pub.has(word)) terms.push({ scope: internalScope, word })
  }
  return terms.sort((a, b) =>
    a.scope + a.word < b.scope + b.word ? -1 : a.scope + a.word > b.scope + b.word ? 1 : 0,
  )
}
