import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { formatCaseNumber, formatRegistrationNumber } from '../../domain/case-number.js'
import type { AuditEntry } from '../../repositories/audit.repository.js'
import type { CaseRow } from '../../repositories/case.repository.js'
import {
  insertDocument,
  insertDocumentFiles,
  recordStoredFile,
  type DocumentFileRow,
  type DocumentRow,
} from '../../repositories/document.repository.js'
import {
  drawForNewCase,
  insertNewCaseRegistration,
} from '../../repositories/registration.repository.js'
import { addSearchTerms } from '../../repositories/search.repository.js'
import { insertPreparedCase, type PreparedCase } from './create-case.js'
import { caseEntry, documentEntry, insertNewEntries, provisionalTerms } from './search-index.js'

/** A file of a registration, stored and read before the transaction. */
export interface PreparedFile {
  fileName: string
  sha256: string
  size: number
  mediaType: string
  text: string | null
}

/** A document row's fields that do not depend on its case or number. */
export type DocumentFields = Omit<
  DocumentRow,
  'id' | 'case_id' | 'document_number' | 'registration_number'
>

type Registered = {
  case: CaseRow
  document: DocumentRow
  files: Omit<DocumentFileRow, 'extracted_text'>[]
}

/** Inserts a document and its files' rows (one statement each). */
export async function insertDocumentWithFiles(
  trx: Kysely<DB>,
  fields: DocumentFields & { case_id: string; document_number: number },
  registrationNumber: string,
  files: PreparedFile[],
  at: Date,
) {
  const document = await insertDocument(trx, {
    ...fields,
    registration_number: registrationNumber,
  })
  const rows = await insertDocumentFiles(
    trx,
    files.map((f) => fileRow(document.id, f, at)),
  )
  return { document, files: rows.map(({ extracted_text: _text, ...row }) => row) }
}

/** A document's file row (its id made by the database unless given). */
function fileRow(documentId: string, f: PreparedFile, at: Date) {
  return {
    document_id: documentId,
    sha256: f.sha256,
    file_name: f.fileName.normalize('NFC'),
    media_type: f.mediaType,
    size: f.size,
    extracted_text: f.text,
    added_at: at,
  }
}

/** The audit event of a registered document. */
export function documentAudit(
  c: CaseRow,
  document: DocumentRow,
  files: Registered['files'],
): AuditEntry {
  return {
    entityType: 'document',
    entityId: document.id,
    data: {
      registrationNumber: document.registration_number,
      caseId: c.id,
      direction: document.direction,
      documentDate: document.document_date,
      confidential: document.confidential,
      confidentialityGround: document.confidentiality_ground,
      files: files.map((f) => ({ sha256: f.sha256, size: f.size })),
    },
  }
}

/**
 * A registration that opens a case, in two statements (registration.repository.ts): the stored
 * files' rows and the vocabulary words, then the draw of the number; then the case, the
 * document, the files' rows and both search entries with their numbers. The draw locks the
 * series counter until commit (that is what keeps numbers gap-free): the lock covers the second
 * statement, the audit statement and the commit.
 */
export async function registerInNewCase(
  trx: Kysely<DB>,
  plan: PreparedCase,
  at: Date,
  fields: DocumentFields,
  files: PreparedFile[],
): Promise<{ result: Registered; audit: AuditEntry[] }> {
  const fileTexts = files.map((f) => f.text ?? '')
  const terms = provisionalTerms(plan, fields, fileTexts)
  if (plan.input.importedNumber) {
    // An imported case keeps its historical number: nothing is drawn.
    for (const f of files) await recordStoredFile(trx, f.sha256, f.size, at)
    await addSearchTerms(trx, plan.municipalityId, terms)
    const opened = await insertPreparedCase(trx, plan, at, { firstDocumentNumbered: true })
    const c = opened.row
    const r = await insertDocumentWithFiles(
      trx,
      { ...fields, case_id: c.id, document_number: 1 },
      formatRegistrationNumber(c.case_number, 1),
      files,
      at,
    )
    await insertNewEntries(trx, c, r.document, fileTexts)
    return {
      result: { case: c, ...r },
      audit: [opened.audit, documentAudit(c, r.document, r.files)],
    }
  }
  const seq = await drawForNewCase(trx, {
    storedFiles: files.map((f) => ({ sha256: f.sha256, size: f.size, created_at: at })),
    municipalityId: plan.municipalityId,
    terms,
    seriesId: plan.seriesId,
    year: plan.year,
  })
  const caseNumber = formatCaseNumber(plan.template, { series: plan.prefix, year: plan.year, seq })
  const c: CaseRow = {
    id: randomUUID(),
    municipality_id: plan.municipalityId,
    series_id: plan.seriesId,
    year: plan.year,
    sequence_number: seq,
    case_number: caseNumber,
    title: plan.title,
    title_protected: !!plan.input.titleProtected,
    status: 'open',
    case_officer_id: plan.input.caseOfficerId || null,
    committee_id: plan.committeeId,
    classification_code: plan.code,
    opened_on: plan.openedOn,
    decided_on: null,
    closed_on: null,
    // The case is opened by its first document, which gets number 1 here.
    last_document_number: 1,
    created_at: at,
    updated_at: at,
  }
  const document: DocumentRow = {
    ...fields,
    id: randomUUID(),
    case_id: c.id,
    document_number: 1,
    registration_number: formatRegistrationNumber(caseNumber, 1),
  }
  const fileRows = files.map((f) => ({ id: randomUUID(), ...fileRow(document.id, f, at) }))
  await insertNewCaseRegistration(trx, {
    case: c,
    document,
    files: fileRows,
    entries: [caseEntry(c), documentEntry(c, document, fileTexts)],
  })
  const caseAudit: AuditEntry = {
    action: 'case.create',
    entityType: 'case',
    entityId: c.id,
    data: {
      caseNumber,
      seriesPrefix: plan.prefix,
      caseOfficerId: c.case_officer_id,
      committeeId: c.committee_id,
    },
  }
  const registeredFiles = fileRows.map(({ extracted_text: _text, ...row }) => row)
  return {
    result: { case: c, document, files: registeredFiles },
    audit: [caseAudit, documentAudit(c, document, registeredFiles)],
  }
}
