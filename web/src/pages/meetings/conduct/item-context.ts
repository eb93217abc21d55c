import type { AgendaItem, ItemAttendance, Meeting } from '../../../api/board-types'
import type { Conduct, ConductItem, Vote } from '../../../api/conduct-types'

/** What every section of an item's page at the meeting works from. */
export interface ItemContext {
  meeting: Meeting
  item: AgendaItem
  conduct: Conduct
  /** The item as conducted: motions, votes, decision, dissents, notes. */
  entry: ConductItem
  /** Who serves on the item and whether there is quorum; none before the roll call. */
  attendance: ItemAttendance | undefined
  /** A secretary (or administrator) while the meeting is open. */
  live: boolean
  manage: boolean
  setConduct(c: Conduct): void
  setMeeting(m: Meeting): void
}

/** The serving members of the item as {id, name} (for motions, votes, dissents). */
export function servingOf(
  ctx: ItemContext,
): { id: string; name: string; servingFor: string | null }[] {
  return (ctx.attendance?.serving ?? []).map((s) => ({
    id: s.membershipId,
    name: s.displayName ?? '',
    servingFor: s.servingFor,
  }))
}

/** Motions still standing (not withdrawn), in the order they were made. */
export const standingMotions = (ctx: ItemContext) => ctx.entry.motions.filter((m) => !m.withdrawn)

/** "Förslag till beslut" or "Johan Persson (S)": who a motion is by. */
export const motionName = (m: { by: string | null; source: string }) =>
  m.by ?? (m.source === 'papers' ? 'Förslag till beslut' : 'Yrkande')

export const CHOICE_LABEL = { ja: 'Ja', nej: 'Nej', avstår: 'Avstår' } as const

/** "3 ja, 2 nej, 0 avstår. Ja vann (Förslag till beslut)." with the casting vote or lot named. */
export function voteOutcomeText(v: Vote): string {
  const winner = v.outcome === 'ja' ? v.jaLabel : v.nejLabel
  const how =
    v.decidedBy === 'castingVote'
      ? ' genom ordförandens utslagsröst'
      : v.decidedBy === 'lot'
        ? ' genom lottning'
        : ''
  return `${v.tally.ja} ja, ${v.tally.nej} nej, ${v.tally.avstår} avstår. ${CHOICE_LABEL[v.outcome]} vann${how}: ${winner}.`
}
