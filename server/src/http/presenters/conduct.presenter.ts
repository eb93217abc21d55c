import type { MembershipWithPerson } from '../../repositories/member.repository.js'
import type { ConductView } from '../../services/meetings/read-conduct.js'
import { presentAttendance } from './attendance.presenter.js'
import { withParty } from './committee.presenter.js'

const instant = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

/**
 * The meeting as it is being conducted, item by item. A confidential item the reader is not
 * entitled to shows only that it is confidential: no motions, texts, ballots or notes.
 */
export function presentConduct(v: ConductView) {
  const byId = new Map<string, MembershipWithPerson>(v.attendance.people.map((p) => [p.id, p]))
  const name = (id: string | null) => {
    const p = id ? byId.get(id) : undefined
    return p ? withParty(p.name, p.party) : null
  }
  return {
    meetingId: v.meeting.id,
    status: v.meeting.status,
    attendance: presentAttendance(v.attendance),
    attesters: v.plan
      ? {
          chair: {
            membershipId: v.plan.chair_membership_id,
            displayName: name(v.plan.chair_membership_id),
          },
          attesters: v.plan.attesters.map((id) => ({ membershipId: id, displayName: name(id) })),
          place: v.plan.place,
          dueAt: instant(v.plan.due_at),
        }
      : null,
    othersPresent: v.othersPresent.map((o) => ({ name: o.name, title: o.title, note: o.note })),
    items: v.attendance.agenda.map((item) => {
      const confidential = v.confidential.get(item.id)
      const masked = !!confidential && !v.readable.has(item.id)
      const base = {
        itemId: item.id,
        number: item.position,
        sectionNumber: item.section_number,
        kind: item.kind,
        title: item.title,
        caseNumber: item.case_number,
        exerciseOfAuthority: item.exercise_of_authority,
        confidential: !!confidential,
        confidentialityGround: confidential?.ground ?? null,
        masked,
      }
      if (masked) {
        return { ...base, motions: [], decision: null, votes: [], dissents: [], notes: [] }
      }
      return {
        ...base,
        motions: v.motions
          .filter((x) => x.agenda_item_id === item.id)
          .map((x) => ({
            id: x.id,
            position: x.position,
            source: x.source,
            membershipId: x.membership_id,
            by: x.source === 'papers' ? x.label : name(x.membership_id),
            text: x.text,
            supportedBy: x.supporters.map(name),
            withdrawn: x.withdrawn_at !== null,
          })),
        decision:
          item.decision_text === null
            ? null
            : {
                text: item.decision_text,
                propositionOrder: item.proposition_order ?? [],
                adoptedMotionId: item.adopted_motion_id,
              },
        votes: v.votes
          .filter((x) => x.agenda_item_id === item.id)
          .map((x) => ({
            id: x.id,
            ordinal: x.ordinal,
            kind: x.kind,
            jaMotionId: x.ja_motion_id,
            nejMotionId: x.nej_motion_id,
            jaLabel: x.ja_label,
            nejLabel: x.nej_label,
            chair: name(x.chair_membership_id),
            tally: { ja: x.ja_count, nej: x.nej_count, avstår: x.abstain_count },
            outcome: x.outcome,
            decidedBy: x.decided_by,
            ballots: x.ballots.map((b) => ({
              membershipId: b.membership_id,
              displayName: name(b.membership_id),
              servingFor: name(b.serving_for),
              choice: b.choice,
            })),
          })),
        dissents: v.dissents
          .filter((x) => x.agenda_item_id === item.id)
          .map((x) => ({
            id: x.id,
            members: x.membership_ids.map((id) => ({ membershipId: id, displayName: name(id) })),
            grounds: x.grounds,
            announcedAt: instant(x.announced_at),
            groundsUpdatedAt: instant(x.grounds_updated_at),
          })),
        notes: v.notes
          .filter((x) => x.agenda_item_id === item.id)
          .map((x) => ({
            id: x.id,
            membershipId: x.membership_id,
            by: name(x.membership_id),
            text: x.text,
          })),
      }
    }),
  }
}
