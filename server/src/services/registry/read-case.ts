import { ForbiddenError, NotFoundError } from '../../domain/errors.js'
import {
  caseLabels,
  findCaseById,
  findCaseByNumber,
  type CaseRow,
} from '../../repositories/case.repository.js'
import {
  findDocumentById,
  listDocumentsOfCase,
  listFilesOfDocuments,
  type DocumentRow,
} from '../../repositories/document.repository.js'
import { listHistory } from '../../repositories/history.repository.js'
import { isStaff, mayReadConfidentialOf } from '../access/policies.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid, notFoundCase } from './create-case.js'

export interface DocumentView {
  document: DocumentRow
  files: Awaited<ReturnType<typeof listFilesOfDocuments>>
  /** False when the actor sees this confidential document only as the public does. */
  entitled: boolean
}

export interface CaseView {
  case: CaseRow
  documents: DocumentView[]
  entitled: boolean
  /** Staff view only: names for the ids in the case and its documents. */
  labels?: Awaited<ReturnType<typeof caseLabels>>
}

async function loadCase(deps: Deps, actor: Actor, idOrNumber: string): Promise<CaseRow> {
  const c = isUuid(idOrNumber)
    ? await findCaseById(deps.db, actor.municipalityId, idOrNumber)
    : await findCaseByNumber(deps.db, actor.municipalityId, idOrNumber.trim().toUpperCase())
  if (!c) throw notFoundCase()
  return c
}

/**
 * The staff view of a case. Confidential documents the actor may read are shown in full and the
 * read is written to the audit log; the others are shown as the public sees them.
 */
export async function readCase(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  idOrNumber: string,
): Promise<CaseView> {
  if (!isStaff(actor)) throw new ForbiddenError('forbidden', 'Du har inte behörighet till diariet.')
  const c = await loadCase(deps, actor, idOrNumber)
  const entitled = await mayReadConfidentialOf(deps.db, actor, c)
  const docs = await listDocumentsOfCase(deps.db, c.id)
  const files = await listFilesOfDocuments(
    deps.db,
    docs.map((d) => d.id),
  )
  const views = docs.map((d) => ({
    document: d,
    files: files.filter((f) => f.document_id === d.id),
    entitled: !d.confidential || entitled,
  }))
  const readConfidential = views.filter((v) => v.document.confidential && v.entitled)
  if (readConfidential.length > 0) {
    await runCommand(deps, ctx, actor, 'document.readConfidential', async () => ({
      result: null,
      audit: readConfidential.map((v) => ({
        entityType: 'document',
        entityId: v.document.id,
        data: { registrationNumber: v.document.registration_number, via: 'case' },
      })),
    }))
  }
  const labels = await caseLabels(
    deps.db,
    c,
    docs.map((d) => d.registered_by),
  )
  return { case: c, documents: views, entitled, labels }
}

export async function readCaseHistory(deps: Deps, actor: Actor, caseId: string) {
  if (!isStaff(actor)) throw new ForbiddenError('forbidden', 'Du har inte behörighet till diariet.')
  const c = await loadCase(deps, actor, caseId)
  return listHistory(deps.db, actor.municipalityId, c.id)
}

/** The public view of a case: every document, with protected fields masked by the presenter. */
export async function readPublicCase(
  deps: Deps,
  actor: Actor,
  idOrNumber: string,
): Promise<CaseView> {
  const c = await loadCase(deps, actor, idOrNumber)
  const docs = await listDocumentsOfCase(deps.db, c.id)
  const files = await listFilesOfDocuments(
    deps.db,
    docs.filter((d) => !d.confidential).map((d) => d.id),
  )
  return {
    case: c,
    documents: docs.map((d) => ({
      document: d,
      files: files.filter((f) => f.document_id === d.id),
      entitled: false,
    })),
    entitled: false,
  }
}

export async function findDocumentForActor(deps: Deps, actor: Actor, documentId: string) {
  if (!isUuid(documentId)) throw new NotFoundError('document_not_found', 'Handlingen finns inte.')
  const d = await findDocumentById(deps.db, actor.municipalityId, documentId)
  if (!d) throw new NotFoundError('document_not_found', 'Handlingen finns inte.')
  const c = await findCaseById(deps.db, actor.municipalityId, d.case_id)
  if (!c) throw notFoundCase()
  return { document: d, case: c }
}
