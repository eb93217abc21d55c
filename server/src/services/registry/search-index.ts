import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { publicCaseTitle, publicCounterpart, publicDescription, publicMayReadFiles } from '../../domain/public-view.js'
import type { CaseRow } from '../../repositories/case.repository.js'
import type { DocumentRow } from '../../repositories/document.repository.js'
import { upsertSearchEntry } from '../../repositories/search.repository.js'

// tsvector holds at most 1 MB; the start of a long file is what matters for finding it.
const MAX_BODY = 250_000

/**
 * Keeps the search entry of a case or a document in step with it, in the same transaction.
 * The public columns are built only from the public view (domain/public-view.ts), so a word in
 * a protected field or a confidential file can never match a public search.
 */
export async function indexCase(trx: Kysely<DB>, c: CaseRow): Promise<void> {
  await upsertSearchEntry(trx, {
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
  })
}

export async function indexDocument(
  trx: Kysely<DB>,
  c: CaseRow,
  d: DocumentRow,
  fileTexts: string[],
): Promise<void> {
  const body = fileTexts.join('\n').slice(0, MAX_BODY)
  const counterpart = publicCounterpart(d)
  await upsertSearchEntry(trx, {
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
    internal_head: [d.registration_number, c.title, d.description, d.counterpart_name ?? ''].join(' '),
    internal_body: body,
    public_head: [
      d.registration_number,
      publicCaseTitle(c),
      publicDescription(d),
      counterpart ?? '',
    ].join(' '),
    public_body: publicMayReadFiles(d) ? body : '',
  })
}
