import { ConflictError, DomainError } from '../../domain/errors.js'
import { findCommittee } from '../../repositories/committee.repository.js'
import {
  findMinutesCase,
  insertMinutesCase,
  seriesForCommittee,
} from '../../repositories/minutes-case.repository.js'
import {
  findMinutesDocument,
  listActiveDocuments,
  updateMinutesDocument,
  type MinutesDocumentRow,
} from '../../repositories/minutes-document.repository.js'
import { sectionRange } from '../../render/swedish-format.js'
import type { MinutesView } from '../../render/view-models.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { registerDocument } from '../registry/register-document.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { loadMeeting } from '../meetings/meeting-lookup.js'
import { readStored } from './minutes-files.js'

/** How registration went: the document registered, or why not. */
export type RegistrationOutcome =
  | { status: 'registered'; documentId: string; registrationNumber: string }
  | { status: 'noSeries' }
  | { status: 'failed'; code: string; message: string }

/**
 * Registers attested minutes (or an immediately attested §) as a drawn-up document in the
 * committee's minutes case of the year ("Protokoll Kommunstyrelsens arbetsutskott 2024", opened
 * in the committee's series, or its parent's, on first need) through the registry's own
 * `document.register`, with the signed PDF as its file. Minutes with a confidential § are
 * registered as confidential on that ground; the public reads the masked version instead.
 */
export async function registerAttestedMinutes(
  deps: Deps,
  ctx: Ctx,
  municipalityId: string,
  documentId: string,
): Promise<RegistrationOutcome> {
  const system: Actor = { kind: 'system', municipalityId, name: 'justering' }
  const doc = await findMinutesDocument(deps.db, municipalityId, documentId)
  if (!doc || doc.status !== 'attested') {
    throw new ConflictError('minutes_not_attested', 'Protokollet är inte justerat.')
  }
  if (doc.registered_document_id) {
    const d = await deps.db
      .selectFrom('documents')
      .select(['id', 'registration_number'])
      .where('id', '=', doc.registered_document_id)
      .executeTakeFirstOrThrow()
    return { status: 'registered', documentId: d.id, registrationNumber: d.registration_number }
  }
  const view = doc.view as MinutesView
  const meeting = await deps.db
    .selectFrom('meetings')
    .select(['committee_id', 'meets_on'])
    .where('id', '=', doc.meeting_id)
    .executeTakeFirstOrThrow()
  const committee = await findCommittee(deps.db, municipalityId, meeting.committee_id)
  const prefix = await seriesForCommittee(deps.db, municipalityId, meeting.committee_id)
  if (!committee || !prefix) return { status: 'noSeries' }
  const year = Number(meeting.meets_on.slice(0, 4))
  const existing = await findMinutesCase(deps.db, committee.id, year)
  const sections = sectionRange(view.sections.map((s) => s.number))
  const what = doc.kind === 'section' ? `Protokoll, omedelbart justerad ${sections}` : 'Protokoll'
  try {
    const registered = await registerDocument(deps, ctx, system, {
      ...(existing
        ? { caseId: existing.id }
        : {
            newCase: {
              seriesPrefix: prefix,
              title: `Protokoll ${committee.name} ${year}`,
              committeeId: committee.id,
            },
          }),
      direction: 'drawnUp',
      documentDate: doc.attested_on ?? meeting.meets_on,
      description: `${what} ${committee.name} ${meeting.meets_on}, ${sections}`,
      confidentiality: doc.confidentiality_grounds.find(Boolean)
        ? { ground: doc.confidentiality_grounds.find(Boolean)! }
        : null,
      files: [
        {
          fileName: `${what} ${committee.name} ${meeting.meets_on}.pdf`,
          bytes: await readStored(deps, doc.current_sha256, 'Protokollets PDF'),
          declaredType: 'application/pdf',
        },
      ],
    })
    await linkRegistration(deps, ctx, system, doc, registered.document.id, {
      committee_id: committee.id,
      year,
      case_id: registered.case.id,
    })
    return {
      status: 'registered',
      documentId: registered.document.id,
      registrationNumber: registered.document.registration_number,
    }
  } catch (err) {
    if (err instanceof DomainError)
      return { status: 'failed', code: err.code, message: err.message }
    throw err
  }
}

/** `minutes.linkRegistration`: the attested document points at its registration. */
function linkRegistration(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  doc: MinutesDocumentRow,
  registeredId: string,
  minutesCase: { committee_id: string; year: number; case_id: string },
) {
  return runCommand(deps, ctx, actor, 'minutes.linkRegistration', async (trx) => {
    await insertMinutesCase(trx, minutesCase)
    await updateMinutesDocument(trx, doc.id, { registered_document_id: registeredId })
    return {
      result: null,
      audit: {
        entityType: 'minutesDocument',
        entityId: doc.id,
        data: { documentId: registeredId, caseId: minutesCase.case_id },
      },
    }
  })
}

/** `POST …/minutes/registration`: registers the meeting's attested documents not yet registered. */
export async function registerMeetingMinutes(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
) {
  requireMeetingManager(actor, 'registrera protokoll')
  const meeting = await loadMeeting(deps.db, actor, meetingId)
  const docs = (await listActiveDocuments(deps.db, meeting.id)).filter(
    (d) => d.status === 'attested',
  )
  if (docs.length === 0)
    throw new ConflictError('minutes_not_attested', 'Protokollet är inte justerat.')
  const outcomes: (RegistrationOutcome & { minutesDocumentId: string })[] = []
  for (const d of docs) {
    outcomes.push({
      minutesDocumentId: d.id,
      ...(await registerAttestedMinutes(deps, ctx, actor.municipalityId, d.id)),
    })
  }
  return outcomes
}
