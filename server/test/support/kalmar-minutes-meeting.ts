import { kalmarMinutes } from '../../src/render/examples/kalmar-minutes.js'
import type { TextBlock } from '../../src/render/view-models.js'
import type { Deps } from '../../src/services/context.js'
import { addAgendaItem } from '../../src/services/meetings/agenda-items.js'
import { approveAgenda } from '../../src/services/meetings/agenda-approval.js'
import { updateAgendaItemText } from '../../src/services/meetings/agenda-edit.js'
import { electAttesters } from '../../src/services/meetings/attesters.js'
import { closeMeeting } from '../../src/services/meetings/close-meeting.js'
import { recordDecision } from '../../src/services/meetings/decision.js'
import { openMeeting, sendNotice } from '../../src/services/meetings/meeting-status.js'
import { rollCall } from '../../src/services/meetings/roll-call.js'
import { scheduleMeeting } from '../../src/services/meetings/schedule-meeting.js'
import { importSectionNumber } from '../../src/services/meetings/sections.js'
import { editSectionText } from '../../src/services/minutes/section-texts.js'
import { createCase } from '../../src/services/registry/create-case.js'
import { registerDocument } from '../../src/services/registry/register-document.js'
import { listAgenda } from '../../src/repositories/agenda.repository.js'
import { fixedCtx, newWorld } from './builders.js'
import { kalmarKsau } from './meeting-builders.js'

/** Running text as a secretary types it: paragraphs apart, list lines with "- ". */
export function typed(blocks: readonly TextBlock[] | undefined): string | null {
  if (!blocks?.length) return null
  return blocks
    .map((b) => (typeof b === 'string' ? b : b.list.map((l) => `- ${l}`).join('\n')))
    .join('\n\n')
}

/**
 * Kalmar KSAU 2024-03-26 (seeds/kalmar-ksau-protokoll-2024-03-26.md) held through the services:
 * the committee's § counter imported at 26, the cases with their documents registered, the
 * agenda sent, "Information efter IT-angrepp" added at the meeting, Dzenita Abaza elected to
 * attest, each § written and decided as the seed has it, closed at 10:15. The texts come from
 * render/examples/kalmar-minutes.ts, itself copied from the seed.
 */
export async function holdKalmarMeeting(deps: Deps) {
  const seed = kalmarMinutes()
  const w = await newWorld(deps, { template: '{series} {year}/{seq:4}' })
  const ksau = await kalmarKsau(deps, w)
  const secretary = ksau.secretary
  const before = fixedCtx('2024-03-25T10:00:00+01:00')
  await importSectionNumber(deps, before, secretary, {
    committeeId: ksau.committeeId,
    year: 2024,
    lastSection: 26,
    lastMeetingDate: '2024-03-12',
  })
  const m = await scheduleMeeting(deps, before, secretary, {
    committeeId: ksau.committeeId,
    meetsOn: '2024-03-26',
    startsAt: '08:30',
    place: 'KS-salen, stadshuset',
  })
  const [added, ...planned] = seed.sections
  for (const s of planned) {
    if (!s.caseNumber) {
      await addAgendaItem(deps, before, secretary, {
        meetingId: m.id,
        kind: 'information',
        title: s.title,
      })
      continue
    }
    const [, year, seq] = /KS (\d{4})\/(\d{4})/.exec(s.caseNumber)!
    const c = await createCase(deps, before, w.system, {
      seriesPrefix: 'KS',
      title: s.title,
      importedNumber: { year: Number(year), seq: Number(seq) },
    })
    for (const d of s.documents ?? []) {
      await registerDocument(deps, before, w.system, {
        caseId: c.id,
        direction: 'drawnUp',
        documentDate: '2024-03-25',
        description: String(d).replace(/\.$/, ''),
      })
    }
    await addAgendaItem(deps, before, secretary, {
      meetingId: m.id,
      kind: 'case',
      caseId: c.id,
      title: s.title,
    })
  }
  const approval = (await listAgenda(deps.db, m.id)).find((i) => i.kind === 'agendaApproval')!
  await updateAgendaItemText(deps, before, secretary, {
    meetingId: m.id,
    itemId: approval.id,
    title: 'Fastställande av dagordning',
  })
  await sendNotice(deps, before, secretary, { meetingId: m.id })

  const at = fixedCtx('2024-03-26T08:30:00+01:00')
  await openMeeting(deps, at, secretary, { meetingId: m.id })
  await rollCall(deps, at, secretary, { meetingId: m.id, present: [...ksau.seats.values()] })
  await electAttesters(deps, at, secretary, {
    meetingId: m.id,
    attesterIds: [ksau.seats.get('Dzenita Abaza')!],
  })
  await addAgendaItem(deps, at, secretary, {
    meetingId: m.id,
    kind: 'information',
    title: added!.title,
    position: 4,
  })
  await approveAgenda(deps, at, secretary, { meetingId: m.id })
  const items = (await listAgenda(deps.db, m.id)).filter((i) => i.numbered)
  for (const [n, s] of seed.sections.entries()) {
    const item = items[n]!
    await editSectionText(deps, at, secretary, {
      meetingId: m.id,
      itemId: item.id,
      background: typed(s.background),
      deliberation: typed(s.deliberation),
      decisionIntro: s.decisionIntro ?? null,
    })
    await recordDecision(deps, at, secretary, {
      meetingId: m.id,
      itemId: item.id,
      text: typed(s.decision),
    })
  }
  await closeMeeting(deps, fixedCtx('2024-03-26T10:15:00+01:00'), secretary, {
    meetingId: m.id,
    endsAt: '10:15',
  })
  return { w, ksau, secretary, meetingId: m.id, seed, items }
}
