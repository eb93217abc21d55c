import { IntegrityError, NotFoundError } from '../../domain/errors.js'
import { findDocumentFile } from '../../repositories/document.repository.js'
import { isStaff, mayReadConfidentialOf } from '../access/policies.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid } from './create-case.js'
import { findDocumentForActor } from './read-case.js'

export interface FileContent {
  fileName: string
  mediaType: string
  bytes: Uint8Array
}

/**
 * `document.readFile`: the bytes of a document's file, verified against the recorded hash.
 * Confidential files go only to entitled staff, and each such read is audited. A file whose
 * bytes no longer match is never served; the error names the document.
 */
export async function readDocumentFile(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  documentId: string,
  fileId: string,
): Promise<FileContent> {
  const { document: d, case: c } = await findDocumentForActor(deps, actor, documentId)
  const notFound = () => new NotFoundError('file_not_found', 'Filen finns inte.')
  if (!isUuid(fileId)) throw notFound()
  const file = await findDocumentFile(deps.db, d.id, fileId)
  if (!file) throw notFound()
  if (d.confidential) {
    const entitled = isStaff(actor) && (await mayReadConfidentialOf(deps.db, actor, c))
    if (!entitled) {
      throw new NotFoundError(
        'confidential',
        `Handling ${d.registration_number} omfattas av sekretess (${d.confidentiality_ground}). Begär ut handlingen hos registraturen för sekretessprövning.`,
      )
    }
  }
  const read = await deps.files.read(file.sha256)
  if (!('bytes' in read)) {
    throw new IntegrityError(
      read.problem === 'missing' ? 'file_missing' : 'file_altered',
      read.problem === 'missing'
        ? `Filen "${file.file_name}" till handling ${d.registration_number} saknas i dokumentlagret.`
        : `Filen "${file.file_name}" till handling ${d.registration_number} har ändrats och lämnas inte ut (kontrollsumman stämmer inte).`,
      { registrationNumber: d.registration_number, sha256: file.sha256 },
    )
  }
  if (d.confidential) {
    await runCommand(deps, ctx, actor, 'document.readConfidential', async () => ({
      result: null,
      audit: {
        entityType: 'document',
        entityId: d.id,
        data: {
          registrationNumber: d.registration_number,
          via: 'file',
          fileId: file.id,
          sha256: file.sha256,
        },
      },
    }))
  }
  return { fileName: file.file_name, mediaType: file.media_type, bytes: read.bytes }
}
