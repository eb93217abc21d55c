import { ConflictError } from '../../domain/errors.js'
import { listAgenda } from '../../repositories/agenda.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { notFoundItem } from '../meetings/agenda-edit.js'
import { lockMeetingFor } from '../meetings/meeting-lookup.js'
import { assertStatusIn } from '../meetings/meeting-status.js'
import { numberSections } from '../meetings/sections.js'
import { buildMinutesView, missingFromMinutes } from './assemble.js'
import { defaultStoredAt, fixMinutesDocument } from './fix-document.js'
import { assertMinutesEditable } from './minutes-lock.js'
import { loadMinutesSources } from './minutes-sources.js'

/**
 * `minutes.fixSectionForImmediateAttestation`: omedelbar justering of one § (KL 5 kap. 69 §
 * andra stycket, via 6 kap. 35 §). The § text is written out and fixed first, at the meeting;
 * the chair and the attesters then sign that document (`minutes.sign` with its id), and once
 * signed its decision counts as attested and is posted on its own. The § then no longer changes
 * and the full minutes say it was attested at once. The §§ are numbered now if they were not.
 */
export async function fixSectionForImmediateAttestation(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; itemId: string },
) {
  requireMeetingManager(actor, 'justera paragrafer omedelbart')
  return runCommand(
    deps,
    ctx,
    actor,
    'minutes.fixSectionForImmediateAttestation',
    async (trx, at) => {
      const m = await lockMeetingFor(trx, actor, input.meetingId)
      assertStatusIn(m, ['open'], 'justera en paragraf omedelbart')
      const before = (await listAgenda(trx, m.id)).find((i) => i.id === input.itemId)
      if (!before) throw notFoundItem()
      if (!before.numbered) {
        throw new ConflictError(
          'not_numbered',
          'Punkten får ingen paragraf och kan inte justeras omedelbart.',
        )
      }
      await assertMinutesEditable(trx, m, before.id)
      const range = before.section_number === null ? await numberSections(trx, m) : null
      const s = await loadMinutesSources(trx, m)
      const problems = missingFromMinutes(s, before.id)
      if (problems.length > 0) {
        throw new ConflictError(
          'section_incomplete',
          `Paragrafen kan inte justeras omedelbart: ${problems.map((p) => p.message).join(' ')}`,
          { fields: problems },
        )
      }
      const built = buildMinutesView(s, {
        onlyItemId: before.id,
        posting: { issuedSeparately: true },
      })
      const view = {
        ...built,
        sections: built.sections.map((x) => ({ ...x, immediatelyAttested: true })),
      }
      const doc = await fixMinutesDocument(trx, deps, {
        s,
        kind: 'section',
        itemId: before.id,
        view,
        storedAt: defaultStoredAt(s.municipalityName),
        at,
        by: actorId(actor),
      })
      return {
        result: doc,
        audit: {
          entityType: 'agendaItem',
          entityId: before.id,
          data: {
            meetingId: m.id,
            documentId: doc.id,
            sectionNumber: view.sections[0]?.number ?? null,
            numbered: range,
            sha256: doc.unsigned_sha256,
          },
        },
      }
    },
  )
}
