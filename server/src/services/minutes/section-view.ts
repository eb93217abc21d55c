import { publicDescription } from '../../domain/public-view.js'
import type { MembershipWithPerson } from '../../repositories/member.repository.js'
import type { MotionRow } from '../../repositories/motion.repository.js'
import type { VoteWithBallots } from '../../repositories/vote.repository.js'
import { textBlocks } from '../../render/text-blocks.js'
import type {
  BallotView,
  MinutesSectionView,
  MotionView,
  TextBlock,
  VoteView,
} from '../../render/view-models.js'
import { motionLabel } from '../meetings/votes.js'
import type { ItemEntry } from '../meetings/item-conduct.js'
import type { MinutesSources } from './minutes-sources.js'
import { committeeSubject, joinSwedish, personLabel } from './wording.js'

const VOTE = { ja: 'yes', nej: 'no', avstår: 'abstain' } as const

/** A proposal's name inside a sentence: 'kommunledningskontorets förslag', names unchanged. */
function inSentence(label: string, isName: boolean): string {
  return isName ? label : label.charAt(0).toLowerCase() + label.slice(1)
}

function motionName(s: MinutesSources, m: MotionRow): string {
  return inSentence(motionLabel(m, s.attendance), m.source === 'member')
}

function voteSide(s: MinutesSources, v: VoteWithBallots, side: 'ja' | 'nej'): string {
  const motionId = side === 'ja' ? v.ja_motion_id : v.nej_motion_id
  const motion = s.motions.find((m) => m.id === motionId)
  const label = side === 'ja' ? v.ja_label : v.nej_label
  return inSentence(label, !motion || motion.source === 'member')
}

/** One open vote as the minutes print it (KL 5 kap. 67 §: the result and each member's vote). */
function voteView(
  s: MinutesSources,
  v: VoteWithBallots,
  byId: Map<string, MembershipWithPerson>,
): VoteView {
  const ja = voteSide(s, v, 'ja')
  const nej = voteSide(s, v, 'nej')
  const winner = v.outcome === 'ja' ? ja : nej
  const subject = committeeSubject(s.committeeName)
  const who = subject.charAt(0).toLowerCase() + subject.slice(1)
  const abstain = v.abstain_count ? `, ${v.abstain_count} avstår` : ''
  const tally = `${v.ja_count} ja-röster mot ${v.nej_count} nej-röster${abstain}`
  const chair = byId.get(v.chair_membership_id)
  const ballots: BallotView[] = v.ballots.map((b) => {
    const p = byId.get(b.membership_id)
    return { name: p ? personLabel(p) : b.membership_id, vote: VOTE[b.choice] }
  })
  const result =
    v.decided_by === 'lot'
      ? `Röstetalet blir lika, ${tally}. Lottning förrättas och utfaller till förmån för ${winner}.`
      : v.kind === 'election'
        ? `Med ${tally} är ${winner} vald.`
        : `Med ${tally} beslutar ${who} enligt ${winner}.`
  return {
    question: `Ja-röst för ${ja}, nej-röst för ${nej}.`,
    ballots,
    result,
    ...(v.decided_by === 'castingVote' && chair
      ? {
          castingVote: `Röstetalet blir lika. Ordföranden ${personLabel(chair)} använder sin utslagsröst för ${winner}.`,
        }
      : {}),
  }
}

/** Handlingar: as the secretary wrote them, else the case's documents in the public view. */
function documentsOf(s: MinutesSources, e: ItemEntry): TextBlock[] {
  const text = s.texts.get(e.item.id)?.documents
  if (text) return textBlocks(text)
  return s.caseDocs
    .filter((d) => d.agenda_item_id === e.item.id)
    .map((d) => `${publicDescription(d)}.`.replace(/\.\.$/, '.'))
}

/** One § of the minutes from what was recorded at the meeting and the secretary's text. */
export function sectionView(s: MinutesSources, e: ItemEntry): MinutesSectionView {
  const byId = new Map<string, MembershipWithPerson>(s.attendance.people.map((p) => [p.id, p]))
  const label = (id: string) => {
    const p = byId.get(id)
    return p ? personLabel(p) : id
  }
  const item = e.item
  const text = s.texts.get(item.id)
  const motions = s.motions.filter((m) => m.agenda_item_id === item.id && !m.withdrawn_at)
  const votes = s.votes.filter((v) => v.agenda_item_id === item.id)
  const order = (item.proposition_order ?? [])
    .map((id) => motions.find((m) => m.id === id))
    .filter((m): m is MotionRow => !!m)
  const adopted = motions.find((m) => m.id === item.adopted_motion_id)
  const contested = motions.some((m) => m.source === 'member')
  const motionViews: MotionView[] = contested
    ? motions.map((m) => ({
        by:
          m.source === 'papers'
            ? (m.label ?? 'Förslag till beslut')
            : [label(m.membership_id!), ...m.supporters.map(label)].join(' med instämmande av '),
        text: m.text,
      }))
    : []
  const propositionOrder: TextBlock[] =
    order.length > 1 && adopted
      ? [
          `Ordföranden ställer proposition på ${joinSwedish(order.map((m) => motionName(s, m)))} och finner att ${motionName(s, adopted)} bifalls.`,
          ...(votes.length ? ['Votering begärs och verkställs.'] : []),
        ]
      : []
  const recusals = e.recused.map((id) => {
    const replacement = e.serving.find((x) => x.servingFor === id && x.id !== id)
    return { name: label(id), ...(replacement ? { replacedBy: label(replacement.id) } : {}) }
  })
  const documents = documentsOf(s, e)
  const section: MinutesSectionView = {
    number: item.section_number ?? item.position,
    title: item.title,
    ...(item.case_number ? { caseNumber: item.case_number } : {}),
    ...(recusals.length ? { recusals } : {}),
    ...(documents.length ? { documents } : {}),
    ...(text?.background ? { background: textBlocks(text.background) } : {}),
    ...(text?.deliberation
      ? { deliberation: textBlocks(text.deliberation) }
      : item.presenter
        ? { deliberation: [`${item.presenter} föredrar ärendet.`] }
        : {}),
    ...(motionViews.length ? { motions: motionViews } : {}),
    ...(propositionOrder.length ? { propositionOrder } : {}),
    ...(votes.length ? { votes: votes.map((v) => voteView(s, v, byId)) } : {}),
    ...(text?.decision_intro ? { decisionIntro: text.decision_intro } : {}),
    decision: textBlocks(item.decision_text),
  }
  const dissents = s.dissents
    .filter((d) => d.agenda_item_id === item.id)
    .map((d) => ({
      by: d.membership_ids.map(label),
      ...(d.grounds ? { grounds: textBlocks(d.grounds) } : {}),
    }))
  const notes = s.notes
    .filter((n) => n.agenda_item_id === item.id)
    .map((n) => ({ by: label(n.membership_id), text: textBlocks(n.text) }))
  const immediately = s.documents.some(
    (d) => d.kind === 'section' && d.agenda_item_id === item.id && d.status === 'attested',
  )
  return {
    ...section,
    ...(dissents.length ? { dissents } : {}),
    ...(notes.length ? { notes } : {}),
    ...(immediately ? { immediatelyAttested: true } : {}),
    ...(text?.recipients.length ? { recipients: text.recipients } : {}),
  }
}
