import { swedishDate } from '../../domain/dates.js'
import { NotFoundError, ValidationError } from '../../domain/errors.js'
import {
  findMinutesDocument,
  type MinutesDocumentRow,
} from '../../repositories/minutes-document.repository.js'
import { findMunicipality } from '../../repositories/municipality.repository.js'
import {
  findPosting,
  listArchivedPostings,
  listCurrentPostings,
  type PostingRow,
} from '../../repositories/posting.repository.js'
import { renderMinutesHtml } from '../../render/minutes-html.js'
import { postingCertificateTitle } from '../../render/minutes-posting-pdf.js'
import { sectionRange } from '../../render/swedish-format.js'
import type { MinutesView } from '../../render/view-models.js'
import type { Ctx, Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'
import { maskSections } from './masking.js'
import type { MinutesFile } from './minutes-files.js'
import { readStored } from './minutes-files.js'
import { postingView } from './read-minutes.js'

/** Where a posting stands on a day: up on the board, or in the archive once it may come down. */
export type PostingState = 'current' | 'archived'

export interface PublicPosting {
  posting: PostingRow
  state: PostingState
  kind: MinutesDocumentRow['kind']
  /** §§ masked in the public minutes (confidential). */
  maskedSections: number[]
}

const PAGE = 50

function stateOn(p: PostingRow, today: string): PostingState {
  return p.take_down_on <= today ? 'archived' : 'current'
}

async function withDocument(deps: Deps, p: PostingRow, today: string): Promise<PublicPosting> {
  const doc = await findMinutesDocument(deps.db, p.municipality_id, p.minutes_document_id)
  return {
    posting: p,
    state: stateOn(p, today),
    kind: doc?.kind ?? 'minutes',
    maskedSections: doc?.confidential_sections ?? [],
  }
}

/**
 * The public notice board (anslagstavla, KL 8 kap. 9 §): postings that attested minutes are up,
 * each until its appeal period has run out (KL 8 kap. 12 §, 13 kap. 5 §), newest first.
 */
export async function currentPostings(deps: Deps, ctx: Ctx, municipalityId: string) {
  const today = swedishDate(ctx.now())
  const rows = await listCurrentPostings(deps.db, municipalityId, today)
  const municipality = await findMunicipality(deps.db, municipalityId)
  return {
    municipality: municipality?.name ?? '',
    today,
    postings: await Promise.all(rows.map((p) => withDocument(deps, p, today))),
  }
}

/** Postings that have come down, by year, newest first; 50 a page. */
export async function archivedPostings(
  deps: Deps,
  ctx: Ctx,
  municipalityId: string,
  q: { year?: number; page?: number },
) {
  const page = q.page ?? 1
  if (!Number.isInteger(page) || page < 1 || page > 1000) {
    throw new ValidationError('Sidan finns inte.', [
      { field: 'page', message: 'Ange sida 1–1000.' },
    ])
  }
  const today = swedishDate(ctx.now())
  const rows = await listArchivedPostings(deps.db, municipalityId, today, {
    ...(q.year ? { year: q.year } : {}),
    limit: PAGE + 1,
    offset: (page - 1) * PAGE,
  })
  return {
    today,
    page,
    hasMore: rows.length > PAGE,
    postings: await Promise.all(rows.slice(0, PAGE).map((p) => withDocument(deps, p, today))),
  }
}

async function loadPosting(deps: Deps, municipalityId: string, id: string) {
  const p = isUuid(id) ? await findPosting(deps.db, municipalityId, id) : undefined
  if (!p) throw new NotFoundError('posting_not_found', 'Anslaget finns inte.')
  const doc = await findMinutesDocument(deps.db, municipalityId, p.minutes_document_id)
  if (!doc) throw new NotFoundError('posting_not_found', 'Anslaget finns inte.')
  return { p, doc }
}

/** One posting, up or archived. */
export async function readPosting(deps: Deps, ctx: Ctx, municipalityId: string, id: string) {
  const { p } = await loadPosting(deps, municipalityId, id)
  return withDocument(deps, p, swedishDate(ctx.now()))
}

/**
 * The minutes behind a posting as the public may read them: the signed original when no § is
 * confidential, otherwise the version with the confidential §§ masked (unsigned; the signed
 * original stays in the registry, LEGAL-RULES 36).
 */
export async function postingMinutesPdf(
  deps: Deps,
  municipalityId: string,
  id: string,
): Promise<MinutesFile> {
  const { doc } = await loadPosting(deps, municipalityId, id)
  const view = doc.view as MinutesView
  const sha = doc.public_sha256 ?? doc.current_sha256
  const what =
    doc.kind === 'section'
      ? `Protokoll ${sectionRange(view.sections.map((s) => s.number))}`
      : 'Protokoll'
  return {
    fileName: `${what} ${view.committee} ${view.meetingDate}${doc.public_sha256 ? ' (offentlig version)' : ''}.pdf`,
    mediaType: 'application/pdf',
    bytes: await readStored(deps, sha, 'Protokollets PDF'),
  }
}

/** The minutes behind a posting as accessible HTML, confidential §§ masked, with the certificate. */
export async function postingMinutesHtml(
  deps: Deps,
  municipalityId: string,
  id: string,
): Promise<string> {
  const { p, doc } = await loadPosting(deps, municipalityId, id)
  const view = doc.view as MinutesView
  const grounds = doc.confidentiality_grounds
  const masked = new Map(
    doc.confidential_sections.map((n, i) => [n, grounds[i] ?? grounds[0] ?? null]),
  )
  return renderMinutesHtml(maskSections({ ...view, posting: postingView(p) }, masked))
}

/** The posting certificate (anslagsbevis) as its PDF/A document. */
export async function postingCertificatePdf(
  deps: Deps,
  municipalityId: string,
  id: string,
): Promise<MinutesFile> {
  const { p, doc } = await loadPosting(deps, municipalityId, id)
  const view = doc.view as MinutesView
  return {
    fileName: `${postingCertificateTitle({ ...view, sectionNumbers: p.section_numbers, attestedOn: p.attested_on, posting: {} })}.pdf`,
    mediaType: 'application/pdf',
    bytes: await readStored(deps, p.certificate_sha256, 'Anslagsbeviset'),
  }
}
