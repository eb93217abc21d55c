import { ForbiddenError, IntegrityError, NotFoundError } from '../../domain/errors.js'
import {
  listNotices,
  listRecipients,
  type MeetingNoticeRow,
} from '../../repositories/notice.repository.js'
import { renderNoticeHtml } from '../../render/notice-html.js'
import { renderNoticePdf } from '../../render/notice-pdf.js'
import { isStaff } from '../access/policies.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { requireCommitteeReader } from '../committees/committee-access.js'
import { loadMeeting } from '../meetings/meeting-lookup.js'
import type { FileContent } from '../registry/read-file.js'
import { buildNoticeView } from './notice-view.js'

/**
 * Who reads a meeting's notice: staff at any time (the draft too), the committee's members and
 * substitutes once it has been sent to them. Returns the meeting and its sent notices.
 */
async function noticeAccess(deps: Deps, actor: Actor, meetingId: string) {
  const meeting = await loadMeeting(deps.db, actor, meetingId)
  await requireCommitteeReader(deps.db, actor, meeting.committee_id, meeting.meets_on)
  const notices = await listNotices(deps.db, meeting.id)
  const staff = actor.kind === 'system' || isStaff(actor)
  if (!staff && notices.length === 0) {
    throw new NotFoundError('notice_not_sent', 'Kallelsen till sammanträdet är inte skickad ännu.')
  }
  return { meeting, notices, staff }
}

/** The notice as HTML, built from the agenda as it stands now (items added later are marked). */
export async function noticeHtml(deps: Deps, actor: Actor, meetingId: string) {
  const { meeting, notices } = await noticeAccess(deps, actor, meetingId)
  const view = await buildNoticeView(deps.db, actor, meeting, notices.at(-1)?.sent_on ?? null)
  return renderNoticeHtml(view)
}

/**
 * The notice as PDF: the latest one as it was sent, read back and verified against its hash;
 * before it is sent, a draft rendered now, for staff only.
 */
export async function noticePdf(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  /** 1 for the notice, 2… for supplementary notices; the latest when left out. */
  sequence?: number,
): Promise<FileContent> {
  const { meeting, notices, staff } = await noticeAccess(deps, actor, meetingId)
  const sent =
    sequence === undefined ? notices.at(-1) : notices.find((n) => n.sequence === sequence)
  if (sequence !== undefined && !sent) {
    throw new NotFoundError('notice_not_found', 'Kallelsen finns inte.')
  }
  if (!sent) {
    if (!staff) throw new ForbiddenError('forbidden', 'Kallelsen är inte skickad ännu.')
    const view = await buildNoticeView(deps.db, actor, meeting, null)
    return {
      fileName: `kallelse-${meeting.meets_on}-utkast.pdf`,
      mediaType: 'application/pdf',
      bytes: await renderNoticePdf(view, { now: ctx.now() }),
    }
  }
  return sentNoticeFile(deps, meeting, sent)
}

async function sentNoticeFile(
  deps: Deps,
  meeting: { meets_on: string; committee_id: string },
  notice: MeetingNoticeRow,
): Promise<FileContent> {
  const read = await deps.files.read(notice.sha256)
  if (!('bytes' in read)) {
    throw new IntegrityError(
      read.problem === 'missing' ? 'file_missing' : 'file_altered',
      read.problem === 'missing'
        ? `Kallelsen till sammanträdet ${meeting.meets_on} saknas i dokumentlagret.`
        : `Kallelsen till sammanträdet ${meeting.meets_on} har ändrats och lämnas inte ut (kontrollsumman stämmer inte).`,
      { sha256: notice.sha256 },
    )
  }
  return {
    fileName:
      notice.sequence > 1
        ? `tillaggskallelse-${meeting.meets_on}-${notice.sequence}.pdf`
        : `kallelse-${meeting.meets_on}.pdf`,
    mediaType: 'application/pdf',
    bytes: read.bytes,
  }
}

/** The notices sent for a meeting and who received them; members see only their own row. */
export async function listSentNotices(deps: Deps, actor: Actor, meetingId: string) {
  const { notices, staff } = await noticeAccess(deps, actor, meetingId)
  const recipients = await listRecipients(
    deps.db,
    notices.map((n) => n.id),
  )
  const mine = (r: (typeof recipients)[number]) => actor.kind === 'user' && r.user_id === actor.id
  return notices.map((n) => ({
    notice: n,
    recipients: recipients.filter((r) => r.notice_id === n.id && (staff || mine(r))),
  }))
}
