import { sectionRange } from '../../render/swedish-format.js'
import type { PublicPosting } from '../../services/minutes/notice-board.js'

/**
 * A posting on the public notice board: everything the anslag sheet carries (organ, meeting
 * date, date posted, last day to appeal, date it comes down, where the minutes are kept) and the
 * links to the minutes and the certificate. Nothing else: no ids of people, no internal state.
 */
export function presentPublicPosting(x: PublicPosting) {
  const p = x.posting
  const base = `/api/public/notice-board/${p.id}`
  return {
    id: p.id,
    state: x.state,
    kind: x.kind,
    title:
      x.kind === 'section'
        ? `Omedelbart justerad paragraf: ${p.committee_name} ${p.meeting_date}, ${sectionRange(p.section_numbers)}`
        : `Justerat protokoll: ${p.committee_name} ${p.meeting_date}`,
    committee: p.committee_name,
    meetingDate: p.meeting_date,
    sections: sectionRange(p.section_numbers),
    attestedOn: p.attested_on,
    postedOn: p.posted_on,
    lastAppealDay: p.last_appeal_day,
    takeDownOn: p.take_down_on,
    storedAt: p.stored_at,
    signedBy: p.signed_by,
    maskedSections: x.maskedSections,
    links: {
      self: base,
      minutesPdf: `${base}/minutes.pdf`,
      minutesHtml: `${base}/minutes.html`,
      certificatePdf: `${base}/certificate.pdf`,
    },
  }
}
