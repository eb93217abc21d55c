import { publicCaseTitle } from '../../domain/public-view.js'
import { extractedTextsOf } from '../../repositories/document.repository.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { readCase } from '../registry/read-case.js'
import type { AiSource, MaterialPart } from './ai-call.js'

/** The most text of a case sent in one call: enough for a case, within every model's window. */
export const MAX_MATERIAL_CHARS = 60_000

export interface CaseMaterial {
  caseId: string
  caseNumber: string
  title: string
  parts: MaterialPart[]
  sources: AiSource[]
  truncated: boolean
}

/**
 * What of a case the actor may read, as material for the AI: the case, each document's fields
 * and its files' text. A confidential document the actor may read is included with its OSL
 * ground, so the guard refuses it for a service not approved for confidential data; one the
 * actor may not read is left out (only counted). Reading through
 * readCase logs each confidential read in the audit log.
 */
export async function caseMaterial(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  caseId: string,
  onlyDocumentId?: string,
): Promise<CaseMaterial> {
  const view = await readCase(deps, ctx, actor, caseId)
  const c = view.case
  const title = view.entitled ? c.title : publicCaseTitle(c)
  const wanted = view.documents.filter((d) => !onlyDocumentId || d.document.id === onlyDocumentId)
  // What the actor may not read stays out: its public view is a placeholder, not material.
  const docs = wanted.filter((d) => d.entitled)
  const withheld = wanted.length - docs.length
  const readable = docs.map((d) => d.document.id)
  const texts = await extractedTextsOf(deps.db, readable)
  const parts: MaterialPart[] = [
    {
      label: `Ärende ${c.case_number}`,
      text: `Rubrik: ${title}${withheld ? `\n(${withheld} handling${withheld > 1 ? 'ar' : ''} i ärendet ingår inte i underlaget.)` : ''}`,
      confidentialGround: view.entitled && c.title_protected ? 'OSL (skyddad ärenderubrik)' : null,
    },
  ]
  const sources: AiSource[] = []
  let used = parts[0]!.text.length
  let truncated = false
  for (const d of docs) {
    const doc = d.document
    const description = doc.description
    const counterpart = doc.counterpart_name
    const fileText = texts
      .filter((t) => t.document_id === doc.id)
      .map((t) => `[${t.file_name}]\n${t.extracted_text}`)
      .join('\n\n')
    let text = [
      `Datum: ${doc.document_date}`,
      `Riktning: ${DIRECTION[doc.direction]}`,
      counterpart ? `Avsändare/mottagare: ${counterpart}` : null,
      `Beskrivning: ${description}`,
      fileText ? `Innehåll:\n${fileText}` : null,
    ]
      .filter(Boolean)
      .join('\n')
    if (used + text.length > MAX_MATERIAL_CHARS) {
      text = text.slice(0, Math.max(0, MAX_MATERIAL_CHARS - used))
      truncated = true
    }
    if (text.length === 0) break
    used += text.length
    parts.push({
      label: `Handling ${doc.registration_number}`,
      text,
      confidentialGround: doc.confidential ? doc.confidentiality_ground : null,
    })
    sources.push({
      documentId: doc.id,
      caseId: c.id,
      reference: doc.registration_number,
      title: description,
    })
    if (truncated) break
  }
  return { caseId: c.id, caseNumber: c.case_number, title, parts, sources, truncated }
}

const DIRECTION = { incoming: 'inkommande', outgoing: 'utgående', drawnUp: 'upprättad' } as const
