import { IntegrityError, NotFoundError } from '../../domain/errors.js'
import { sectionRange } from '../../render/swedish-format.js'
import type { MinutesView } from '../../render/view-models.js'
import { renderMinutesHtml } from '../../render/minutes-html.js'
import { renderMinutesPdf } from '../../render/minutes-pdf.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { readMinutes } from './read-minutes.js'

/** A file to hand out: its name, media type and bytes. */
export interface MinutesFile {
  fileName: string
  mediaType: string
  bytes: Uint8Array
}

/** Stored bytes, only if they still hash to what was recorded (storage/file-store.ts). */
export async function readStored(deps: Deps, sha256: string, what: string): Promise<Uint8Array> {
  const read = await deps.files.read(sha256)
  if ('bytes' in read) return read.bytes
  throw new IntegrityError(
    read.problem === 'missing' ? 'file_missing' : 'file_altered',
    read.problem === 'missing'
      ? `${what} saknas i dokumentlagret.`
      : `${what} har ändrats i dokumentlagret och lämnas inte ut (kontrollsumman stämmer inte).`,
    { sha256 },
  )
}

/**
 * The minutes as PDF: a draft rendered now while they are written; once sent for attestation
 * the stored file with the signatures made so far, or, for a reader not entitled to every
 * confidential §, the public version with those §§ masked (not signed; it says so).
 */
export async function minutesPdf(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
): Promise<MinutesFile> {
  const r = await readMinutes(deps, ctx, actor, meetingId)
  const name = `${r.stage === 'draft' ? 'Utkast till protokoll' : 'Protokoll'} ${r.view.committee} ${r.meeting.meets_on}.pdf`
  if (!r.document) {
    return {
      fileName: name,
      mediaType: 'application/pdf',
      bytes: await renderMinutesPdf(r.view, { now: ctx.now() }),
    }
  }
  const sha = r.masked.length > 0 ? r.document.public_sha256 : r.document.current_sha256
  if (!sha) {
    // No confidential § when fixed, but one is masked now (a case title protected since).
    return {
      fileName: name,
      mediaType: 'application/pdf',
      bytes: await renderMinutesPdf(r.view, { now: ctx.now() }),
    }
  }
  return {
    fileName: name,
    mediaType: 'application/pdf',
    bytes: await readStored(deps, sha, 'Protokollets PDF'),
  }
}

/** The minutes as accessible HTML, the primary format (DOS-lagen), with the posting once up. */
export async function minutesHtml(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
): Promise<string> {
  return renderMinutesHtml((await readMinutes(deps, ctx, actor, meetingId)).view)
}

/**
 * One fixed document (the minutes or an immediately attested §) as PDF with its signatures so
 * far; the masked public version for a reader not entitled to its confidential §§.
 */
export async function minutesDocumentPdf(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  documentId: string,
): Promise<MinutesFile> {
  const r = await readMinutes(deps, ctx, actor, meetingId)
  const doc = [r.document, ...r.sectionDocuments].find((d) => d?.id === documentId)
  if (!doc) throw new NotFoundError('minutes_document_not_found', 'Handlingen finns inte.')
  const masked = doc.confidential_sections.some((n) => r.masked.includes(n))
  const sha = masked ? doc.public_sha256 : doc.current_sha256
  if (!sha) throw new NotFoundError('minutes_document_not_found', 'Handlingen finns inte.')
  const view = doc.view as MinutesView
  const kind =
    doc.kind === 'section'
      ? `Protokoll ${sectionRange(view.sections.map((x) => x.number))}`
      : 'Protokoll'
  return {
    fileName: `${kind} ${view.committee} ${view.meetingDate}.pdf`,
    mediaType: 'application/pdf',
    bytes: await readStored(deps, sha, 'Protokollets PDF'),
  }
}
