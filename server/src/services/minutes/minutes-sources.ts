import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { findAttestationPlan, listOthersPresent } from '../../repositories/attester.repository.js'
import { findCommittee, listStaff } from '../../repositories/committee.repository.js'
import { listMeetingDissents } from '../../repositories/dissent.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import { listMeetingNotes } from '../../repositories/minutes-note.repository.js'
import {
  listActiveDocuments,
  listSignatures,
} from '../../repositories/minutes-document.repository.js'
import {
  listItemCaseDocuments,
  listMinutesSections,
} from '../../repositories/minutes-section.repository.js'
import { listMeetingMotions } from '../../repositories/motion.repository.js'
import { findMunicipality } from '../../repositories/municipality.repository.js'
import { findUserById } from '../../repositories/user.repository.js'
import { listMeetingVotes } from '../../repositories/vote.repository.js'
import { meetingAttendance } from '../meetings/attendance.js'
import { confidentialItems } from './minutes-access.js'

/** Everything the minutes of a meeting are made from, read once. */
export async function loadMinutesSources(db: Kysely<DB>, m: MeetingRow) {
  const [attendance, committee, municipality, plan, othersPresent, texts, caseDocs] =
    await Promise.all([
      meetingAttendance(db, m),
      findCommittee(db, m.municipality_id, m.committee_id),
      findMunicipality(db, m.municipality_id),
      findAttestationPlan(db, m.id),
      listOthersPresent(db, m.id),
      listMinutesSections(db, m.id),
      listItemCaseDocuments(db, m.id, m.meets_on),
    ])
  const [motions, votes, dissents, notes, documents, confidential] = await Promise.all([
    listMeetingMotions(db, m.id),
    listMeetingVotes(db, m.id),
    listMeetingDissents(db, m.id),
    listMeetingNotes(db, m.id),
    listActiveDocuments(db, m.id),
    confidentialItems(db, m),
  ])
  const signatures = await listSignatures(
    db,
    documents.map((d) => d.id),
  )
  const secretaryId =
    m.secretary_user_id ??
    (await listStaff(db, m.committee_id)).find((s) => s.function === 'secretary')?.user_id ??
    null
  const secretary = secretaryId ? await findUserById(db, secretaryId) : undefined
  return {
    meeting: m,
    attendance,
    committeeName: committee?.name ?? '',
    municipalityName: municipality?.name ?? '',
    secretaryName: secretary?.display_name ?? null,
    plan,
    othersPresent,
    texts: new Map(texts.map((t) => [t.agenda_item_id, t])),
    caseDocs,
    motions,
    votes,
    dissents,
    notes,
    documents,
    signatures,
    confidential,
  }
}
export type MinutesSources = Awaited<ReturnType<typeof loadMinutesSources>>

/** The items that become §§: numbered, in agenda order (their § numbers once assigned). */
export function sectionItems(s: MinutesSources) {
  return s.attendance.items.filter((e) => e.item.numbered)
}
