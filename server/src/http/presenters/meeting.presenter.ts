import { formatSectionRange } from '../../domain/section-numbering.js'
import type { AgendaItemView } from '../../repositories/agenda.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import type { ScheduleEntryView } from '../../repositories/meeting-schedule.repository.js'
import { KIND_LABEL } from '../../services/meetings/agenda-kinds.js'
import { MEETING_STATUS_LABEL } from '../../services/meetings/meeting-status.js'
import type { MeetingView } from '../../services/meetings/read-meeting.js'

const instant = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

/** One agenda item as the notice lists it: "Dnr KS-2025-00466" under a case item. */
export function presentAgendaItem(i: AgendaItemView) {
  return {
    id: i.id,
    number: i.position,
    kind: i.kind,
    kindLabel: KIND_LABEL[i.kind],
    title: i.title,
    caseId: i.case_id,
    caseNumber: i.case_number,
    caseLabel: i.case_number ? `Dnr ${i.case_number}` : null,
    presenter: i.presenter,
    numbered: i.numbered,
    sectionNumber: i.section_number,
    sectionLabel: i.section_number ? `§ ${i.section_number}` : null,
    addedAfterNotice: i.added_when === 'afterNotice',
    addedAtMeeting: i.added_when === 'atMeeting',
    decision: i.decision_text,
  }
}

export function presentMeetingSummary(m: MeetingRow & { committee_name?: string }) {
  return {
    id: m.id,
    committeeId: m.committee_id,
    committeeName: m.committee_name ?? null,
    meetsOn: m.meets_on,
    startsAt: m.starts_at,
    endsAt: m.ends_at,
    place: m.place,
    status: m.status,
    statusLabel: MEETING_STATUS_LABEL[m.status],
    extra: m.schedule_entry_id === null,
    noticeSentOn: m.notice_sent_on,
  }
}

export function presentMeeting(v: MeetingView) {
  const m = v.meeting
  return {
    ...presentMeetingSummary({ ...m, committee_name: v.committee.name }),
    committee: {
      id: v.committee.id,
      name: v.committee.name,
      shortName: v.committee.short_name,
      kind: v.committee.kind,
    },
    scheduleEntryId: m.schedule_entry_id,
    secretaryName: v.secretaryName,
    notice: v.notice,
    sections: v.sections ? formatSectionRange(v.sections) : null,
    attestation: v.attestation,
    cancelledReason: m.cancelled_reason,
    openedAt: instant(m.opened_at),
    closedAt: instant(m.closed_at),
    agenda: v.agenda.map(presentAgendaItem),
  }
}

export function presentScheduleEntry(e: ScheduleEntryView) {
  return {
    id: e.id,
    meetsOn: e.meets_on,
    startsAt: e.starts_at,
    place: e.place,
    note: e.note,
    meetingId: e.meeting_id,
    meetingStatus: e.meeting_status,
  }
}
