import { findAttestationPlan, listOthersPresent } from '../../repositories/attester.repository.js'
import { listMeetingDissents } from '../../repositories/dissent.repository.js'
import { listMeetingNotes } from '../../repositories/minutes-note.repository.js'
import { listMeetingMotions } from '../../repositories/motion.repository.js'
import { listMeetingVotes } from '../../repositories/vote.repository.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { requireCommitteeReader } from '../committees/committee-access.js'
import {
  auditConfidentialRead,
  confidentialItems,
  readableConfidentialItems,
} from '../minutes/minutes-access.js'
import { meetingAttendance } from './attendance.js'
import { loadMeeting } from './meeting-lookup.js'

/**
 * What has happened at a meeting, item by item: motions, decisions, votes with their ballots,
 * dissents and notes, the attesters and others present. Confidential items are masked for
 * those not entitled to them; a full read of one is logged.
 */
export async function readConduct(deps: Deps, ctx: Ctx, actor: Actor, meetingId: string) {
  const m = await loadMeeting(deps.db, actor, meetingId)
  await requireCommitteeReader(deps.db, actor, m.committee_id, m.meets_on)
  const attendance = await meetingAttendance(deps.db, m)
  const [plan, othersPresent, motions, votes, dissents, notes, confidential] = await Promise.all([
    findAttestationPlan(deps.db, m.id),
    listOthersPresent(deps.db, m.id),
    listMeetingMotions(deps.db, m.id),
    listMeetingVotes(deps.db, m.id),
    listMeetingDissents(deps.db, m.id),
    listMeetingNotes(deps.db, m.id),
    confidentialItems(deps.db, m),
  ])
  const readable = await readableConfidentialItems(
    deps.db,
    actor,
    m,
    confidential,
    attendance.recusals,
  )
  await auditConfidentialRead(
    deps,
    ctx,
    actor,
    m,
    attendance.agenda.filter((i) => confidential.has(i.id) && readable.has(i.id)),
    'conduct',
  )
  return {
    meeting: m,
    attendance,
    plan,
    othersPresent,
    motions,
    votes,
    dissents,
    notes,
    confidential,
    readable,
  }
}
export type ConductView = Awaited<ReturnType<typeof readConduct>>
