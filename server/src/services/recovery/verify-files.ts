import { listAllFiles } from '../../repositories/document.repository.js'
import type { FileCheck } from '../../storage/file-store.js'
import type { Deps } from '../context.js'

export interface FileProblem {
  registrationNumber: string
  documentId: string
  fileId: string
  fileName: string
  sha256: string
  problem: Exclude<FileCheck, 'ok'>
}

/** Checks every registered file against its recorded SHA-256 and lists what is missing or altered. */
export async function verifyAllFiles(
  deps: Deps,
): Promise<{ checked: number; problems: FileProblem[] }> {
  const problems: FileProblem[] = []
  let checked = 0
  let after: string | null = null
  for (;;) {
    const page = await listAllFiles(deps.db, after, 1000)
    if (page.length === 0) break
    for (const f of page) {
      checked++
      const result = await deps.files.check(f.sha256)
      if (result !== 'ok') {
        problems.push({
          registrationNumber: f.registration_number,
          documentId: f.document_id,
          fileId: f.id,
          fileName: f.file_name,
          sha256: f.sha256,
          problem: result,
        })
      }
    }
    after = page[page.length - 1]!.id
  }
  return { checked, problems }
}
