import { minutesProblems, type MinutesFacts } from '../../domain/minutes-content.js'
import type { FieldError } from '../../domain/errors.js'
import type { MinutesView, PostingView, PreliminaryView } from '../../render/view-models.js'
import { textBlocks } from '../../render/text-blocks.js'
import { attendanceBlock } from './attendance-block.js'
import { sectionItems, type MinutesSources } from './minutes-sources.js'
import { sectionView } from './section-view.js'
import { personLabel } from './wording.js'

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
})

/** 'Stadshuset, 2024-03-28 kl. 15:00' */
function attestationPlaceAndTime(s: MinutesSources): string | undefined {
  const p = s.plan
  if (!p?.place && !p?.due_at) return undefined
  const when = p.due_at ? STOCKHOLM.format(new Date(p.due_at)).replace(' ', ' kl. ') : null
  return [p.place, when].filter(Boolean).join(', ')
}

/** Unnumbered items with a decision, as the seed's "Fastställande av dagordning" before § 27. */
function preliminaries(s: MinutesSources): PreliminaryView[] {
  return s.attendance.agenda
    .filter(
      (i) => !i.numbered && i.decision_text && !['rollCall', 'attesterElection'].includes(i.kind),
    )
    .map((i) => ({ title: i.title, decision: textBlocks(i.decision_text) }))
}

/**
 * The minutes of a meeting as a MinutesView (render/view-models.ts), built only from what was
 * recorded: attendance, the §§ with their motions, votes, decisions, dissents and notes, and
 * the secretary's text. `sectionNumbers` limits it to some §§ (one § attested at once).
 */
export function buildMinutesView(
  s: MinutesSources,
  opts: { draft?: boolean; onlyItemId?: string; posting?: PostingView } = {},
): MinutesView {
  const byId = new Map(s.attendance.people.map((p) => [p.id, p]))
  const { deciding, nonServing } = attendanceBlock(s)
  const chair = s.plan ? byId.get(s.plan.chair_membership_id) : undefined
  const attesters = [
    ...(chair ? [{ name: chair.name, party: chair.party, role: 'chair' as const }] : []),
    ...(s.plan?.attesters ?? []).flatMap((id) => {
      const p = byId.get(id)
      return p ? [{ name: p.name, party: p.party }] : []
    }),
  ]
  const entries = sectionItems(s).filter((e) => !opts.onlyItemId || e.item.id === opts.onlyItemId)
  const place = attestationPlaceAndTime(s)
  return {
    municipality: s.municipalityName,
    committee: s.committeeName,
    meetingDate: s.meeting.meets_on,
    startTime: s.meeting.starts_at,
    ...(s.meeting.ends_at ? { endTime: s.meeting.ends_at } : {}),
    place: s.meeting.place,
    deciding,
    ...(nonServing.length ? { nonServingSubstitutes: nonServing } : {}),
    ...(s.othersPresent.length
      ? {
          othersPresent: s.othersPresent.map((o) => ({
            name: o.name,
            ...(o.title ? { title: o.title } : {}),
            ...(o.note ? { note: o.note } : {}),
          })),
        }
      : {}),
    secretary: s.secretaryName ?? '',
    attesters,
    ...(place ? { attestationPlaceAndTime: place } : {}),
    ...(opts.onlyItemId ? {} : { preliminaries: preliminaries(s) }),
    sections: entries.map((e) => sectionView(s, e)),
    posting: opts.posting ?? {},
    electronicAttestation: true,
    ...(opts.draft ? { draft: true } : {}),
  }
}

/** The facts domain/minutes-content.ts checks, from the sources. */
export function minutesFacts(s: MinutesSources, onlyItemId?: string): MinutesFacts {
  const entries = sectionItems(s).filter((e) => !onlyItemId || e.item.id === onlyItemId)
  return {
    meetingClosed: onlyItemId ? true : s.meeting.status === 'closed',
    rollCallTaken: s.attendance.rollCallTaken,
    attestersElected: !!s.plan && s.plan.attesters.length > 0,
    hasSecretary: !!s.secretaryName,
    sections: entries.map((e) => {
      const standing = s.motions
        .filter((m) => m.agenda_item_id === e.item.id && !m.withdrawn_at)
        .map((m) => m.id)
      const section = s.documents.find(
        (d) => d.kind === 'section' && d.agenda_item_id === e.item.id,
      )
      return {
        number: e.item.section_number ?? e.item.position,
        hasDecision: !!e.item.decision_text,
        standingMotions: standing,
        propositionOrder: e.item.proposition_order ?? (standing.length === 1 ? standing : []),
        adoptedMotion: e.item.adopted_motion_id,
        votes: s.votes
          .filter((v) => v.agenda_item_id === e.item.id)
          .map((v) => ({
            voters: v.ballots.map((b) => b.membership_id),
            serving: e.serving.map((x) => x.id),
          })),
        immediateAttestationPending: !onlyItemId && !!section && section.status !== 'attested',
      }
    }),
  }
}

/** What keeps the minutes (or one §) from being sent for attestation; empty when complete. */
export function missingFromMinutes(s: MinutesSources, onlyItemId?: string): FieldError[] {
  const problems = minutesProblems(minutesFacts(s, onlyItemId))
  if (!onlyItemId && sectionItems(s).some((e) => e.item.section_number === null)) {
    problems.unshift({ field: 'sections', message: 'Paragraferna är inte numrerade.' })
  }
  // A confidential § is registered and masked on its ground; without one it cannot be.
  for (const c of s.confidential.values()) {
    const item = s.attendance.agenda.find((i) => i.id === c.itemId)
    if (!item?.numbered || c.ground || (onlyItemId && item.id !== onlyItemId)) continue
    const n = item.section_number ?? item.position
    problems.push({
      field: `sections.${n}.confidentialityGround`,
      message: `§ ${n}: ärendets rubrik är skyddad men sekretessgrunden saknas; ange den för paragrafen.`,
    })
  }
  return problems
}

/** 'Erik Ciardi (C)' for a membership id of the meeting. */
export function labelOf(s: MinutesSources, membershipId: string): string {
  const p = s.attendance.people.find((x) => x.id === membershipId)
  return p ? personLabel(p) : membershipId
}
