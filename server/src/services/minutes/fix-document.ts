import type { Kysely } from 'kysely'
import type { DB, MinutesDocumentKind } from '../../db/schema.js'
import { recordStoredFile } from '../../repositories/document.repository.js'
import { insertMinutesDocument } from '../../repositories/minutes-document.repository.js'
import { renderMinutesPdf } from '../../render/minutes-pdf.js'
import type { MinutesView } from '../../render/view-models.js'
import type { Deps } from '../context.js'
import { maskSections } from './masking.js'
import type { MinutesSources } from './minutes-sources.js'

/** Where the minutes are kept, when the secretary does not say (förvaringsplats). */
export const defaultStoredAt = (municipality: string) => `Kommunkansliet, ${municipality}`

async function store(trx: Kysely<DB>, deps: Deps, bytes: Uint8Array, at: Date): Promise<string> {
  const { sha256, size } = await deps.files.put(bytes)
  await recordStoredFile(trx, sha256, size, at)
  return sha256
}

/** The confidential §§ of a view, by number, with their grounds. */
export function confidentialSectionsOf(
  s: MinutesSources,
  view: MinutesView,
): Map<number, string | null> {
  const out = new Map<number, string | null>()
  for (const c of s.confidential.values()) {
    const item = s.attendance.agenda.find((i) => i.id === c.itemId)
    const n = item?.section_number
    if (n && view.sections.some((x) => x.number === n)) out.set(n, c.ground)
  }
  return out
}

/**
 * Fixes the text that will be signed: renders the PDF once, stores it by its hash, and, when a §
 * is confidential, also the public version with those §§ masked (LEGAL-RULES 36: publish a
 * derivative, keep the signed original). The view is kept as rendered, so the HTML and the
 * extracts say exactly what was signed.
 */
export async function fixMinutesDocument(
  trx: Kysely<DB>,
  deps: Deps,
  input: {
    s: MinutesSources
    kind: MinutesDocumentKind
    itemId: string | null
    view: MinutesView
    storedAt: string
    at: Date
    by: string | null
  },
) {
  const { s, view, at } = input
  const unsigned = await store(trx, deps, await renderMinutesPdf(view, { now: at }), at)
  const confidential = confidentialSectionsOf(s, view)
  const publicSha = confidential.size
    ? await store(
        trx,
        deps,
        await renderMinutesPdf(maskSections(view, confidential), { now: at }),
        at,
      )
    : null
  return insertMinutesDocument(trx, {
    municipality_id: s.meeting.municipality_id,
    meeting_id: s.meeting.id,
    kind: input.kind,
    agenda_item_id: input.itemId,
    status: 'awaitingSignatures',
    view: JSON.stringify(view),
    confidential_sections: [...confidential.keys()],
    confidentiality_grounds: [
      ...new Set([...confidential.values()].filter((g): g is string => !!g)),
    ],
    stored_at: input.storedAt,
    unsigned_sha256: unsigned,
    current_sha256: unsigned,
    public_sha256: publicSha,
    finalised_at: at,
    finalised_by: input.by,
    attested_at: null,
    attested_on: null,
    registered_document_id: null,
  })
}
