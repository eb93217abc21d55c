import { listAllFiles } from '../../repositories/document.repository.js'
import { listAllNoticeFiles } from '../../repositories/notice.repository.js'
import { listAllReportHtmlFiles } from '../../repositories/official-report.repository.js'
import { listAllMinutesFiles } from '../../repositories/minutes-file.repository.js'
import type { FileCheck } from '../../storage/file-store.js'
import type { Deps } from '../context.js'

export interface FileProblem {
  /** What the file belongs to, for a person: 'KS-2025-00466-3', 'Kallelse Kommunstyrelsen 2025-12-15'. */
  belongsTo: string
  /** For a registered document's file. */
  registrationNumber: string | null
  documentId: string | null
  fileId: string | null
  fileName: string
  sha256: string
  problem: Exclude<FileCheck, 'ok'>
}

type FileRef = Omit<FileProblem, 'problem'> & { id: string }

/**
 * Every kind of stored file Kansli keeps, each as a paged list by id: registered documents'
 * files, and the notices as sent. A new kind of stored file adds its source here, so that
 * `kansli verify` never leaves a file unchecked.
 */
const SOURCES: ((deps: Deps, after: string | null, limit: number) => Promise<FileRef[]>)[] = [
  async (deps, after, limit) =>
    (await listAllFiles(deps.db, after, limit)).map((f) => ({
      id: f.id,
      belongsTo: f.registration_number,
      registrationNumber: f.registration_number,
      documentId: f.document_id,
      fileId: f.id,
      fileName: f.file_name,
      sha256: f.sha256,
    })),
  async (deps, after, limit) =>
    (await listAllNoticeFiles(deps.db, after, limit)).map((n) => ({
      id: n.id,
      belongsTo: `${n.sequence > 1 ? 'Tilläggskallelse' : 'Kallelse'} ${n.committee_name} ${n.meets_on}`,
      registrationNumber: null,
      documentId: null,
      fileId: null,
      fileName: `kallelse-${n.meets_on}-${n.sequence}.pdf`,
      sha256: n.sha256,
    })),
  // The HTML rendering of a final official report (its PDF is a registered document's file).
  async (deps, after, limit) =>
    (await listAllReportHtmlFiles(deps.db, after, limit)).map((r) => ({
      id: r.id,
      belongsTo: `Tjänsteskrivelse ${r.registration_number} (HTML)`,
      registrationNumber: r.registration_number,
      documentId: r.document_id,
      fileId: null,
      fileName: `tjansteskrivelse-${r.registration_number}.html`,
      sha256: r.html_sha256!,
    })),
  // The minutes as fixed and as signed, their public versions, certificates, extracts, corrections.
  async (deps, after, limit) =>
    (await listAllMinutesFiles(deps.db, after, limit)).map((f) => ({
      id: f.ref,
      belongsTo: `${MINUTES_FILE_LABEL[f.role]} ${f.committee_name} ${f.meets_on}`,
      registrationNumber: null,
      documentId: null,
      fileId: null,
      fileName: `${f.role}-${f.meets_on}.pdf`,
      sha256: f.sha256,
    })),
]

const MINUTES_FILE_LABEL = {
  unsigned: 'Protokoll (fastställt)',
  signed: 'Protokoll (undertecknat)',
  public: 'Protokoll (offentlig version)',
  certificate: 'Anslagsbevis',
  extract: 'Protokollsutdrag',
  correction: 'Rättelse av protokoll',
} as const

/** Checks every stored file against its recorded SHA-256 and lists what is missing or altered. */
export async function verifyAllFiles(
  deps: Deps,
): Promise<{ checked: number; problems: FileProblem[] }> {
  const problems: FileProblem[] = []
  let checked = 0
  for (const source of SOURCES) {
    let after: string | null = null
    for (;;) {
      const page = await source(deps, after, 1000)
      if (page.length === 0) break
      for (const { id: _id, ...f } of page) {
        checked++
        const result = await deps.files.check(f.sha256)
        if (result !== 'ok') problems.push({ ...f, problem: result })
      }
      after = page[page.length - 1]!.id
    }
  }
  return { checked, problems }
}
