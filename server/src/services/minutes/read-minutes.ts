import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import {
  attestationDeadline,
  attestationStatus,
  attestationWarningDate,
  type AttestationStatus,
} from '../../domain/appeal.js'
import { swedishDate } from '../../domain/dates.js'
import type { FieldError } from '../../domain/errors.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import type {
  MinutesDocumentRow,
  MinutesSignatureRow,
} from '../../repositories/minutes-document.repository.js'
import { listMeetingPostings, type PostingRow } from '../../repositories/posting.repository.js'
import type { MinutesView, PostingView } from '../../render/view-models.js'
import { hasRole, type Actor, type Ctx, type Deps } from '../context.js'
import { requireCommitteeReader } from '../committees/committee-access.js'
import { loadMeeting } from '../meetings/meeting-lookup.js'
import { buildMinutesView, missingFromMinutes } from './assemble.js'
import { auditConfidentialRead, readableConfidentialItems } from './minutes-access.js'
import { maskSections } from './masking.js'
import { loadMinutesSources, type MinutesSources } from './minutes-sources.js'

/** Where the minutes stand: being written, sent for attestation, attested. */
export type MinutesStage = 'draft' | 'awaitingSignatures' | 'attested'

/** Who must sign a fixed document, and who has. */
export interface SignerStatus {
  membershipId: string
  name: string
  role: 'chair' | 'attester'
  userLinked: boolean
  signedAt: Date | null
}

export interface MinutesRead {
  meeting: MeetingRow
  stage: MinutesStage
  view: MinutesView
  /** § numbers shown masked to this reader. */
  masked: number[]
  /** What blocks sending the minutes for attestation (draft only). */
  problems: FieldError[]
  document: MinutesDocumentRow | null
  sectionDocuments: MinutesDocumentRow[]
  signers: SignerStatus[]
  signatures: MinutesSignatureRow[]
  postings: PostingRow[]
  attestation: {
    deadline: string
    warningFrom: string
    status: AttestationStatus
    attestedOn: string | null
  }
}

/** The PostingView of a posting row, for the HTML of the attested minutes and for extracts. */
export function postingView(p: PostingRow): PostingView {
  return {
    postedOn: p.posted_on,
    lastAppealDay: p.last_appeal_day,
    takeDownOn: p.take_down_on,
    storedAt: p.stored_at,
    signedBy: p.signed_by,
  }
}

/** The chair and attesters of the plan, with their signatures on `doc` so far. */
export function signersOf(s: MinutesSources, doc: MinutesDocumentRow | null): SignerStatus[] {
  if (!s.plan) return []
  const ids = [s.plan.chair_membership_id, ...s.plan.attesters]
  return ids.map((id, i) => {
    const p = s.attendance.people.find((x) => x.id === id)
    const signed = doc
      ? s.signatures.find((g) => g.minutes_document_id === doc.id && g.membership_id === id)
      : undefined
    return {
      membershipId: id,
      name: p?.name ?? id,
      role: i === 0 ? 'chair' : 'attester',
      userLinked: !!p?.user_id,
      signedAt: signed ? new Date(signed.signed_at) : null,
    }
  })
}

/** The § numbers to mask for this reader, with their grounds. */
async function maskFor(
  db: Kysely<DB>,
  actor: Actor,
  s: MinutesSources,
): Promise<Map<number, string | null>> {
  const readable = await readableConfidentialItems(
    db,
    actor,
    s.meeting,
    s.confidential,
    s.attendance.recusals,
  )
  const out = new Map<number, string | null>()
  for (const c of s.confidential.values()) {
    if (readable.has(c.itemId)) continue
    const item = s.attendance.agenda.find((i) => i.id === c.itemId)
    if (item?.numbered) out.set(item.section_number ?? item.position, c.ground)
  }
  return out
}

/**
 * The minutes of a meeting as this reader may see them: the draft assembled live while they are
 * written, then the fixed text that was signed, with the posting certificate once posted.
 * Confidential §§ the reader is not entitled to are masked; a full read of one is logged.
 */
export async function readMinutes(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
): Promise<MinutesRead & { sources: MinutesSources }> {
  const meeting = await loadMeeting(deps.db, actor, meetingId)
  await requireCommitteeReader(deps.db, actor, meeting.committee_id, meeting.meets_on)
  const s = await loadMinutesSources(deps.db, meeting)
  const document = s.documents.find((d) => d.kind === 'minutes') ?? null
  const postings = await listMeetingPostings(deps.db, meeting.id)
  const posting = document ? postings.find((p) => p.minutes_document_id === document.id) : undefined
  const stage: MinutesStage = !document
    ? 'draft'
    : document.status === 'attested'
      ? 'attested'
      : 'awaitingSignatures'
  const full = document
    ? ({
        ...(document.view as MinutesView),
        ...(posting ? { posting: postingView(posting) } : {}),
      } as MinutesView)
    : buildMinutesView(s, { draft: true })
  const mask = await maskFor(deps.db, actor, s)
  const shownConfidential = [...s.confidential.values()]
    .map((c) => s.attendance.agenda.find((i) => i.id === c.itemId)!)
    .filter((i) => i.numbered && !mask.has(i.section_number ?? i.position))
  await auditConfidentialRead(deps, ctx, actor, meeting, shownConfidential, 'minutes')
  const manager = actor.kind === 'system' || hasRole(actor, 'secretary', 'admin')
  const today = swedishDate(ctx.now())
  return {
    sources: s,
    meeting,
    stage,
    view: maskSections(full, mask),
    masked: [...mask.keys()],
    problems: stage === 'draft' && manager ? missingFromMinutes(s) : [],
    document,
    sectionDocuments: s.documents.filter((d) => d.kind === 'section'),
    signers: signersOf(s, document),
    signatures: s.signatures,
    postings,
    attestation: {
      deadline: attestationDeadline(meeting.meets_on),
      warningFrom: attestationWarningDate(meeting.meets_on),
      status: attestationStatus(meeting.meets_on, today, document?.attested_on ?? null),
      attestedOn: document?.attested_on ?? null,
    },
  }
}
