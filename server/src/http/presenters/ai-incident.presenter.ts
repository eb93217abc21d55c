import {
  INCIDENT_CATEGORIES,
  INCIDENT_RECIPIENTS,
  isIncidentCategory,
} from '../../domain/ai/incident-categories.js'
import type { AiIncidentView } from '../../repositories/ai-incident.repository.js'
import type { IncidentReceipt } from '../../services/ai/incidents.js'

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString())

interface NotificationRow {
  id: string
  recipient_id: string
  recipient_name: string
  reason: keyof typeof INCIDENT_RECIPIENTS
  notified_at: Date | string
  read_at: Date | string | null
}

/** Who reported, as the handlers' pages show it: a user, or "Allmänheten" for the public. */
const PUBLIC_REPORTER = 'Allmänheten'

/**
 * An incident for the staff pages. The contact e-mail a member of the public left is personal
 * data: it is shown only when `showContact` (the incident handlers), otherwise only whether
 * one was given.
 */
export function presentIncident(
  i: AiIncidentView,
  notifications?: NotificationRow[],
  opts: { showContact?: boolean } = {},
) {
  const isPublic = i.reporter_kind === 'public'
  return {
    id: i.id,
    draftId: i.draft_id,
    logSeq: i.log_seq === null ? null : Number(i.log_seq),
    category: i.category,
    categoryLabel: isIncidentCategory(i.category) ? INCIDENT_CATEGORIES[i.category] : i.category,
    description: i.description,
    status: i.status,
    reporterKind: i.reporter_kind,
    reportedBy: isPublic
      ? { id: null, name: PUBLIC_REPORTER }
      : { id: i.reported_by, name: i.reported_by_name ?? '' },
    contactEmailGiven: i.contact_email !== null,
    contactEmail: opts.showContact ? i.contact_email : null,
    reportedAt: iso(i.created_at),
    resolution: i.resolution,
    closedBy: i.closed_by ? { id: i.closed_by, name: i.closed_by_name ?? '' } : null,
    closedAt: iso(i.closed_at),
    ...(notifications
      ? {
          notifications: notifications.map((n) => ({
            id: n.id,
            recipient: { id: n.recipient_id, name: n.recipient_name },
            reason: n.reason,
            reasonLabel: INCIDENT_RECIPIENTS[n.reason],
            notifiedAt: iso(n.notified_at),
            readAt: iso(n.read_at),
          })),
        }
      : {}),
  }
}

/** The answer to a report: who it reached, and who could not be reached and why. */
export function presentReceipt(r: IncidentReceipt) {
  return {
    incident: presentIncident(r.incident),
    notified: r.notified.map((n) => ({
      recipient: { id: n.recipientId, name: n.recipientName },
      reason: n.reason,
      reasonLabel: INCIDENT_RECIPIENTS[n.reason],
    })),
    unreached: r.unreached.map((u) => ({
      reason: u.reason,
      reasonLabel: INCIDENT_RECIPIENTS[u.reason],
      message: u.message,
    })),
  }
}

type InboxRow = AiIncidentView & {
  notification_id: string
  reason: keyof typeof INCIDENT_RECIPIENTS
  notified_at: Date | string
  read_at: Date | string | null
}

export function presentInboxEntry(n: InboxRow, opts: { showContact?: boolean } = {}) {
  return {
    notificationId: n.notification_id,
    reason: n.reason,
    reasonLabel: INCIDENT_RECIPIENTS[n.reason],
    notifiedAt: iso(n.notified_at),
    readAt: iso(n.read_at),
    incident: presentIncident(n, undefined, opts),
  }
}
