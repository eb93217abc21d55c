import { FILE_NAME_RULE, checkFileName } from '../../domain/file-names.js'
import { swedishDate } from '../../domain/dates.js'
import { ValidationError, assertNoFieldErrors, type FieldError } from '../../domain/errors.js'
import { formatRegistrationNumber } from '../../domain/case-number.js'
import {
  validateRegistration,
  type RegistrationInput,
  type ValidRegistration,
} from '../../domain/registration.js'
import { extractFileText } from '../../importers/text-extract.js'
import { lockCase, nextDocumentNumber, type CaseRow } from '../../repositories/case.repository.js'
import {
  recordStoredFile,
  type DocumentFileRow,
  type DocumentRow,
} from '../../repositories/document.repository.js'
import { requireRole } from '../access/policies.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import {
  isUuid,
  newCaseFieldErrors,
  notFoundCase,
  prepareCase,
  type NewCaseInput,
} from './create-case.js'
import {
  documentAudit,
  insertDocumentWithFiles,
  registerInNewCase,
  type DocumentFields,
  type PreparedFile,
} from './register-in-new-case.js'
import { indexDocument } from './search-index.js'

export interface IncomingFile {
  fileName: string
  bytes: Uint8Array
  declaredType?: string
}

export interface RegisterDocumentInput extends RegistrationInput {
  /** An existing case, or `newCase` to open one in the same transaction. */
  caseId?: string | null
  newCase?: NewCaseInput | null
  files?: IncomingFile[]
}

export interface RegisteredDocument {
  case: CaseRow
  document: DocumentRow
  files: Omit<DocumentFileRow, 'extracted_text'>[]
}

/**
 * `document.register`: registers a document (handling) in a case, with its files. The files are
 * stored first (content-addressed, so a retry stores nothing twice); the registration, its
 * number, its search entry and its audit event are then written in one transaction.
 */
export async function registerDocument(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: RegisterDocumentInput,
): Promise<RegisteredDocument> {
  requireRole(actor, ['registrar', 'caseOfficer', 'secretary'], 'registrera handlingar')
  const today = swedishDate(ctx.now())
  // Every problem is reported at once: the registration's fields, the new case's, the files'.
  const fileErrors: FieldError[] = []
  let valid: ValidRegistration | null = null
  try {
    valid = validateRegistration(input, today)
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err
    fileErrors.push(...err.fields)
  }
  if (!input.caseId && input.newCase)
    fileErrors.push(...newCaseFieldErrors(input.newCase, 'newCase.'))
  const files = input.files ?? []
  files.forEach((f, i) => {
    const problem = checkFileName(f.fileName)
    if (problem) fileErrors.push({ field: `files[${i}]`, message: `${problem} ${FILE_NAME_RULE}` })
  })
  if (!input.caseId && !input.newCase) {
    fileErrors.push({ field: 'caseId', message: 'Välj ett ärende eller skapa ett nytt.' })
  }
  if (input.caseId && !isUuid(input.caseId)) {
    fileErrors.push({ field: 'caseId', message: 'Ärendet finns inte.' })
  }
  assertNoFieldErrors(
    fileErrors,
    'Registreringen kunde inte sparas. Rätta de markerade uppgifterna.',
  )
  if (!valid) throw new Error('unreachable: validation passed without a result')
  const registration = valid

  const prepared: PreparedFile[] = []
  for (const f of files) {
    const extracted = await extractFileText(f.fileName, f.bytes, f.declaredType)
    const stored = await deps.files.put(f.bytes)
    prepared.push({ fileName: f.fileName, ...stored, ...extracted })
  }

  const fileTexts = prepared.map((f) => f.text ?? '')
  const documentFields = (at: Date): DocumentFields => ({
    municipality_id: actor.municipalityId,
    direction: registration.direction,
    document_date: registration.documentDate,
    registered_at: at,
    registered_by: actorId(actor),
    counterpart_name: registration.counterpartName,
    counterpart_kind: registration.counterpartKind,
    counterpart_id_number: registration.counterpartIdNumber,
    description: registration.description,
    confidential: registration.confidential,
    confidentiality_ground: registration.confidentialityGround,
    confidentiality_marked_at: registration.confidential ? at : null,
    confidentiality_marked_by: registration.confidential ? actorId(actor) : null,
    protect_counterpart: registration.protectCounterpart,
    protect_description: registration.protectDescription,
  })

  return runCommand(deps, ctx, actor, 'document.register', async (trx, at) => {
    // Work that needs no number comes first: a new case's number locks its series counter until
    // commit, and every statement after the draw makes concurrent registrations wait.
    const fields = documentFields(at)
    if (!input.caseId) {
      const plan = await prepareCase(
        trx,
        actor.municipalityId,
        input.newCase as NewCaseInput,
        at,
        'newCase.',
      )
      return registerInNewCase(trx, plan, at, fields, prepared)
    }
    for (const f of prepared) await recordStoredFile(trx, f.sha256, f.size, at)
    const c = await lockCase(trx, actor.municipalityId, input.caseId)
    if (!c) throw notFoundCase()
    if (c.status === 'closed') {
      throw new ValidationError(
        'Ärendet är avslutat. Återöppna det innan du registrerar fler handlingar.',
        [{ field: 'caseId', message: 'Ärendet är avslutat.' }],
        'case_closed',
      )
    }
    const number = await nextDocumentNumber(trx, c.id)
    const { document, files: fileRows } = await insertDocumentWithFiles(
      trx,
      { ...fields, case_id: c.id, document_number: number },
      formatRegistrationNumber(c.case_number, number),
      prepared,
      at,
    )
    await indexDocument(trx, c, document, fileTexts)
    return {
      result: { case: c, document, files: fileRows },
      audit: [documentAudit(c, document, fileRows)],
    }
  })
}
