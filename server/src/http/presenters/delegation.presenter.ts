import type { DelegatedDecisionDetail } from '../../repositories/delegated-decision.repository.js'
import type { PointView, VersionRow } from '../../repositories/delegation-scheme.repository.js'
import { delegatedDecisionAppeal } from '../../services/delegation/appeal-window.js'
import type { SchemeView, VersionView } from '../../services/delegation/read-scheme.js'
import {
  decisionMakerLabel,
  delegatedDecisionView,
} from '../../services/delegation/delegation-report.js'
import type { DelegatedDecisionView } from '../../render/view-models.js'
import { delegatedDecisionDate, delegationPointLabel } from '../../render/swedish-format.js'

const DELEGATE_LABEL = {
  subcommittee: 'utskott',
  member: 'ledamot',
  substitute: 'ersättare',
  employee: 'anställd',
} as const

const instant = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

export function presentVersion(v: VersionRow) {
  return {
    id: v.id,
    versionNumber: v.version_number,
    status: v.status,
    statusLabel: v.status === 'draft' ? 'utkast' : 'antagen',
    validFrom: v.valid_from,
    validTo: v.valid_to,
    adoptedOn: v.adopted_on,
    adoptedCaseId: v.adopted_case_id,
    adoptedSectionNumber: v.adopted_section_number,
    note: v.note,
    adoptedAt: instant(v.adopted_at),
  }
}

export function presentPoint(p: PointView) {
  return {
    id: p.id,
    number: p.number,
    text: p.text,
    delegateType: p.delegate_type,
    delegateTypeLabel: DELEGATE_LABEL[p.delegate_type],
    /** 'Ekonomichef', or the utskott's name. */
    delegate: p.delegate_type === 'subcommittee' ? p.delegate_committee_name : p.delegate_title,
    delegateTitle: p.delegate_title,
    delegateCommitteeId: p.delegate_committee_id,
    limits: p.limits,
    amountLimitSek: p.amount_limit_sek,
    comment: p.comment,
    legalReference: p.legal_reference,
  }
}

export function presentVersionView(v: VersionView) {
  return { ...presentVersion(v.version), points: v.points.map(presentPoint) }
}

export function presentScheme(s: SchemeView) {
  return {
    committee: { id: s.committee.id, name: s.committee.name },
    on: s.on,
    versions: s.versions.map(presentVersion),
    inForce: s.inForce ? presentVersionView(s.inForce) : null,
    draft: s.draft ? presentVersionView(s.draft) : null,
  }
}

export function presentDecision(d: DelegatedDecisionDetail) {
  return {
    id: d.id,
    committeeId: d.committee_id,
    kind: d.kind,
    decidedOn: d.decided_on,
    period: d.period_from ? { from: d.period_from, to: d.period_to } : null,
    pointId: d.point_id,
    point: d.point_number,
    pointText: d.point_text,
    schemeVersion: d.version_number,
    caseId: d.case_id,
    caseNumber: d.case_number,
    decisionMaker: d.decision_maker_name
      ? { name: d.decision_maker_name, title: d.decision_maker_title }
      : null,
    decisionMakerLabel: decisionMakerLabel(d),
    unit: d.unit,
    action: d.action,
    amountSek: d.amount_sek,
    recording: d.recording,
    reportMeetingId: d.report_meeting_id,
    reportMeetingDate: d.report_meeting_date,
    separateMinutesReference: d.separate_minutes_reference,
    separateMinutesPostedOn: d.separate_minutes_posted_on,
    /** When the appeal period starts and ends (KL 13 kap. 5 §), once the protocol is posted. */
    appeal: delegatedDecisionAppeal(d),
    registeredAt: instant(d.registered_at),
    /** The report row as the notice prints it. */
    row: presentReportRow(delegatedDecisionView(d)),
  }
}

/** A row of the report: the view's fields and the cells as printed ('18 november 2025', …). */
export function presentReportRow(r: DelegatedDecisionView) {
  return {
    ...r,
    dateLabel: delegatedDecisionDate(r),
    pointLabel: delegationPointLabel(r),
  }
}
