import type { DispatchChannel } from '../../db/schema.js'
import { swedishDate } from '../../domain/dates.js'
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import { recordStoredFile } from '../../repositories/document.repository.js'
import {
  findExtract,
  insertDispatch,
  insertExtract,
  listDispatches,
  listExtracts,
} from '../../repositories/extract.repository.js'
import type { MinutesDocumentRow } from '../../repositories/minutes-document.repository.js'
import { listMeetingPostings } from '../../repositories/posting.repository.js'
import { findUserById } from '../../repositories/user.repository.js'
import { extractTitle } from '../../render/minutes-parts.js'
import { renderExtractPdf } from '../../render/minutes-pdf.js'
import type { ExtractView, MinutesView } from '../../render/view-models.js'
import { requireUser } from '../access/policies.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { loadMeeting } from '../meetings/meeting-lookup.js'
import { isUuid } from '../registry/create-case.js'
import { readStored, type MinutesFile } from './minutes-files.js'
import { postingView } from './read-minutes.js'
import { listActiveDocuments } from '../../repositories/minutes-document.repository.js'
import { listAgenda } from '../../repositories/agenda.repository.js'

export const DISPATCH_CHANNELS: DispatchChannel[] = [
  'email',
  'post',
  'internalMail',
  'eService',
  'byHand',
]

/** The attested document the §§ come from: the minutes, or one immediately attested §. */
function sourceFor(
  docs: MinutesDocumentRow[],
  numbers: number[],
  meetingSections: Set<number>,
): MinutesDocumentRow {
  const attested = docs.filter((d) => d.status === 'attested')
  const covers = (d: MinutesDocumentRow) =>
    numbers.every((n) => (d.view as MinutesView).sections.some((s) => s.number === n))
  const source = attested.find((d) => d.kind === 'minutes' && covers(d)) ?? attested.find(covers)
  if (source) return source
  const known = numbers.every((n) => meetingSections.has(n))
  throw new ConflictError(
    known ? 'minutes_not_attested' : 'sections_not_found',
    known
      ? 'Utdrag lämnas bara ur ett justerat protokoll eller en omedelbart justerad paragraf.'
      : 'Paragraferna finns inte i sammanträdets protokoll.',
  )
}

/**
 * `minutes.createExtract`: a certified extract (protokollsutdrag) of one or more §§ of attested
 * minutes, or of an immediately attested §, with the certification block (Utdragsbestyrkande:
 * who, title, date; LEGAL-RULES rule 32) and the posting certificate once posted. The PDF is
 * rendered from the text that was signed and stored by its hash.
 */
export async function createExtract(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; sectionNumbers: number[]; certifiedTitle?: string | null },
) {
  requireMeetingManager(actor, 'göra protokollsutdrag')
  requireUser(actor)
  const numbers = [...new Set(input.sectionNumbers ?? [])].sort((a, b) => a - b)
  const title = input.certifiedTitle?.trim() || null
  const fields: FieldError[] = []
  if (
    numbers.length === 0 ||
    numbers.length > 200 ||
    numbers.some((n) => !Number.isInteger(n) || n < 1)
  )
    fields.push({ field: 'sectionNumbers', message: 'Ange en eller flera paragrafer.' })
  if (title && title.length > 200)
    fields.push({ field: 'certifiedTitle', message: 'Högst 200 tecken.' })
  assertNoFieldErrors(fields, 'Utdraget kunde inte göras.')
  const meeting = await loadMeeting(deps.db, actor, input.meetingId)
  const docs = await listActiveDocuments(deps.db, meeting.id)
  const sections = new Set(
    (await listAgenda(deps.db, meeting.id)).flatMap((i) =>
      i.section_number ? [i.section_number] : [],
    ),
  )
  const source = sourceFor(docs, numbers, sections)
  const posting = (await listMeetingPostings(deps.db, meeting.id)).find(
    (p) => p.minutes_document_id === source.id,
  )
  const user = actor.kind === 'user' ? await findUserById(deps.db, actor.id) : undefined
  const certifiedName = user?.display_name ?? ''
  const certifiedTitle = title ?? user?.title ?? null
  const today = swedishDate(ctx.now())
  const view: ExtractView = {
    minutes: {
      ...(source.view as MinutesView),
      ...(posting ? { posting: postingView(posting) } : {}),
    },
    sectionNumbers: numbers,
    certification: {
      certifiedBy: certifiedName,
      ...(certifiedTitle ? { title: certifiedTitle } : {}),
      date: today,
    },
    ...(source.attested_on ? { attestedOn: source.attested_on } : {}),
  }
  const pdf = await renderExtractPdf(view, { now: ctx.now() })
  const stored = await deps.files.put(pdf)
  return runCommand(deps, ctx, actor, 'minutes.createExtract', async (trx, at) => {
    await recordStoredFile(trx, stored.sha256, stored.size, at)
    const row = await insertExtract(trx, {
      municipality_id: meeting.municipality_id,
      meeting_id: meeting.id,
      minutes_document_id: source.id,
      section_numbers: numbers,
      certified_by: actorId(actor)!,
      certified_name: certifiedName,
      certified_title: certifiedTitle,
      certified_on: today,
      sha256: stored.sha256,
      created_at: at,
    })
    return {
      result: row,
      audit: {
        entityType: 'meeting',
        entityId: meeting.id,
        data: { extractId: row.id, sections: numbers, sha256: stored.sha256, source: source.id },
      },
    }
  })
}

/**
 * `minutes.recordDispatch`: the dispatch log (expediering, LEGAL-RULES rule 32): to whom an
 * extract went, how, when, and by whom. One entry per recipient.
 */
export async function recordDispatch(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: {
    meetingId: string
    extractId: string
    recipient: string
    channel: DispatchChannel
    address?: string | null
    note?: string | null
    dispatchedAt?: string | null
  },
) {
  requireMeetingManager(actor, 'expediera protokollsutdrag')
  const recipient = input.recipient?.trim() ?? ''
  const at = input.dispatchedAt ? new Date(input.dispatchedAt) : ctx.now()
  const fields: FieldError[] = []
  if (!recipient || recipient.length > 300)
    fields.push({ field: 'recipient', message: 'Ange mottagaren (högst 300 tecken).' })
  if (!DISPATCH_CHANNELS.includes(input.channel))
    fields.push({
      field: 'channel',
      message: 'Ange hur utdraget skickades: email, post, internalMail, eService eller byHand.',
    })
  for (const f of ['address', 'note'] as const) {
    if ((input[f]?.length ?? 0) > 500) fields.push({ field: f, message: 'Högst 500 tecken.' })
  }
  if (Number.isNaN(at.getTime()) || at.getTime() > ctx.now().getTime())
    fields.push({ field: 'dispatchedAt', message: 'Tiden kan inte ligga i framtiden.' })
  assertNoFieldErrors(fields, 'Expedieringen kunde inte registreras.')
  const meeting = await loadMeeting(deps.db, actor, input.meetingId)
  const extract = isUuid(input.extractId)
    ? await findExtract(deps.db, meeting.id, input.extractId)
    : undefined
  if (!extract) throw new NotFoundError('extract_not_found', 'Utdraget finns inte.')
  if (at.getTime() < new Date(extract.created_at).getTime()) {
    throw new ValidationError('Utdraget kan inte ha skickats innan det gjordes.', [
      { field: 'dispatchedAt', message: 'Ange en tid efter att utdraget gjordes.' },
    ])
  }
  return runCommand(deps, ctx, actor, 'minutes.recordDispatch', async (trx) => {
    const row = await insertDispatch(trx, {
      extract_id: extract.id,
      recipient,
      channel: input.channel,
      address: input.address?.trim() || null,
      note: input.note?.trim() || null,
      dispatched_at: at,
      dispatched_by: actorId(actor)!,
    })
    return {
      result: row,
      audit: {
        entityType: 'meeting',
        entityId: meeting.id,
        data: { extractId: extract.id, dispatchId: row.id, channel: row.channel },
      },
    }
  })
}

/** The meeting's extracts with their dispatch log (staff). */
export async function readExtracts(deps: Deps, actor: Actor, meetingId: string) {
  requireMeetingManager(actor, 'se protokollsutdrag')
  const meeting = await loadMeeting(deps.db, actor, meetingId)
  const [extracts, dispatches] = await Promise.all([
    listExtracts(deps.db, meeting.id),
    listDispatches(deps.db, meeting.id),
  ])
  return extracts.map((e) => ({
    extract: e,
    dispatches: dispatches.filter((d) => d.extract_id === e.id),
  }))
}

/** One extract's PDF. */
export async function extractPdf(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  extractId: string,
): Promise<MinutesFile> {
  requireMeetingManager(actor, 'se protokollsutdrag')
  const meeting = await loadMeeting(deps.db, actor, meetingId)
  const extract = isUuid(extractId) ? await findExtract(deps.db, meeting.id, extractId) : undefined
  if (!extract) throw new NotFoundError('extract_not_found', 'Utdraget finns inte.')
  const docs = await listActiveDocuments(deps.db, meeting.id)
  const source = docs.find((d) => d.id === extract.minutes_document_id)
  const view = source?.view as MinutesView | undefined
  const name = view
    ? extractTitle({ minutes: view, sectionNumbers: extract.section_numbers, certification: {} })
    : 'Protokollsutdrag'
  return {
    fileName: `${name}.pdf`,
    mediaType: 'application/pdf',
    bytes: await readStored(deps, extract.sha256, 'Utdraget'),
  }
}
