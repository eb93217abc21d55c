import { swedishDate } from '../../domain/dates.js'
import {
  ConflictError,
  DomainError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import { recordStoredFile } from '../../repositories/document.repository.js'
import {
  insertCorrection,
  listCorrections,
  setCorrectionDocument,
} from '../../repositories/extract.repository.js'
import { findMinutesCase } from '../../repositories/minutes-case.repository.js'
import { listActiveDocuments } from '../../repositories/minutes-document.repository.js'
import { correctionTitle, renderCorrectionPdf } from '../../render/minutes-correction-pdf.js'
import { textBlocks } from '../../render/text-blocks.js'
import type { MinutesView } from '../../render/view-models.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { loadMeeting } from '../meetings/meeting-lookup.js'
import { registerDocument } from '../registry/register-document.js'

/**
 * `minutes.addCorrection`: attested minutes are never edited; a later correction (rättelse, e.g.
 * a misspelt name or a wrong Dnr) is a new document: rendered, stored, logged against the
 * minutes, and registered in the committee's minutes case beside the signed file.
 */
export async function addCorrection(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; text: string; sectionNumbers?: number[] },
) {
  requireMeetingManager(actor, 'rätta protokoll')
  const text = input.text?.trim() ?? ''
  const numbers = [...new Set(input.sectionNumbers ?? [])].sort((a, b) => a - b)
  const fields: FieldError[] = []
  if (!text || text.length > 20_000)
    fields.push({ field: 'text', message: 'Beskriv rättelsen (högst 20 000 tecken).' })
  assertNoFieldErrors(fields, 'Rättelsen kunde inte göras.')
  const meeting = await loadMeeting(deps.db, actor, input.meetingId)
  const minutes = (await listActiveDocuments(deps.db, meeting.id)).find(
    (d) => d.kind === 'minutes' && d.status === 'attested',
  )
  if (!minutes) {
    throw new ConflictError(
      'minutes_not_attested',
      'Protokollet är inte justerat. Ändra texten direkt i protokollet i stället.',
    )
  }
  const view = minutes.view as MinutesView
  const unknown = numbers.filter((n) => !view.sections.some((s) => s.number === n))
  if (unknown.length) {
    assertNoFieldErrors(
      [
        {
          field: 'sectionNumbers',
          message: `Finns inte i protokollet: ${unknown.map((n) => `§ ${n}`).join(', ')}.`,
        },
      ],
      'Rättelsen kunde inte göras.',
    )
  }
  const today = swedishDate(ctx.now())
  const correctionView = {
    municipality: view.municipality,
    committee: view.committee,
    meetingDate: view.meetingDate,
    attestedOn: minutes.attested_on ?? today,
    sectionNumbers: numbers,
    text: textBlocks(text),
    madeBy: actor.kind === 'user' ? actor.displayName : 'Kansli',
    madeOn: today,
  }
  const pdf = await renderCorrectionPdf(correctionView, { now: ctx.now() })
  const stored = await deps.files.put(pdf)
  const row = await runCommand(deps, ctx, actor, 'minutes.addCorrection', async (trx, at) => {
    await recordStoredFile(trx, stored.sha256, stored.size, at)
    const c = await insertCorrection(trx, {
      meeting_id: meeting.id,
      minutes_document_id: minutes.id,
      section_numbers: numbers,
      text,
      document_id: null,
      sha256: stored.sha256,
      created_at: at,
      created_by: actorId(actor),
    })
    return {
      result: c,
      audit: {
        entityType: 'meeting',
        entityId: meeting.id,
        data: { correctionId: c.id, sections: numbers, sha256: stored.sha256 },
      },
    }
  })
  const year = Number(meeting.meets_on.slice(0, 4))
  const minutesCase = await findMinutesCase(deps.db, meeting.committee_id, year)
  if (!minutesCase) return { correction: row, registration: { status: 'noSeries' as const } }
  try {
    const registered = await registerDocument(
      deps,
      ctx,
      { kind: 'system', municipalityId: actor.municipalityId, name: 'rättelse' },
      {
        caseId: minutesCase.id,
        direction: 'drawnUp',
        documentDate: today,
        description: correctionTitle(correctionView),
        files: [
          {
            fileName: `${correctionTitle(correctionView)}.pdf`,
            bytes: pdf,
            declaredType: 'application/pdf',
          },
        ],
      },
    )
    const linked = await runCommand(deps, ctx, actor, 'minutes.linkCorrection', async (trx) => ({
      result: await setCorrectionDocument(trx, row.id, registered.document.id),
      audit: {
        entityType: 'meeting',
        entityId: meeting.id,
        data: { correctionId: row.id, documentId: registered.document.id },
      },
    }))
    return {
      correction: linked,
      registration: {
        status: 'registered' as const,
        documentId: registered.document.id,
        registrationNumber: registered.document.registration_number,
      },
    }
  } catch (err) {
    if (err instanceof DomainError) {
      return {
        correction: row,
        registration: { status: 'failed' as const, code: err.code, message: err.message },
      }
    }
    throw err
  }
}

/** The corrections made to a meeting's attested minutes (staff). */
export async function readCorrections(deps: Deps, actor: Actor, meetingId: string) {
  requireMeetingManager(actor, 'se rättelser')
  const meeting = await loadMeeting(deps.db, actor, meetingId)
  return listCorrections(deps.db, meeting.id)
}
