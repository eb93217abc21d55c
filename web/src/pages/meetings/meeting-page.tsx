import { Link } from 'react-router'
import type { Meeting } from '../../api/board-types'
import { mayManageMeetings } from '../../auth/board-access'
import { useSession } from '../../auth/session'
import { noticeRuleText } from '../../board-labels'
import { MeetingStatusBadge } from '../../components/meeting-status-badge'
import { AgendaBuilder } from './agenda-builder'
import { MeetingFrame, useMeeting } from './meeting-frame'
import { MeetingStatusActions } from './meeting-status-actions'
import { AbsencesSection } from './absences-section'
import { DelegationReportSection } from './delegation-report-section'
import { AttestationStatus } from './minutes/attestation-status'
import { NoticeSection } from './notice-section'

/** A meeting: status, when and where, the notice, and its agenda (ärendelista). */
export function MeetingPage() {
  const loaded = useMeeting()
  const { user } = useSession()
  const manage = mayManageMeetings(user)
  return (
    <MeetingFrame loaded={loaded}>
      {(m) => (
        <>
          <MeetingFacts meeting={m} />
          <NoticeWarning meeting={m} />
          {m.attestation && m.status !== 'open' && (
            <AttestationStatus attestation={m.attestation} />
          )}
          {manage && <MeetingStatusActions meeting={m} onChanged={loaded.replace} />}
          <AgendaBuilder meeting={m} manage={manage} onChanged={loaded.replace} />
          <DelegationReportSection meeting={m} manage={manage} />
          {m.status !== 'cancelled' && <NoticeSection meeting={m} manage={manage} />}
          {manage && (m.status === 'planned' || m.status === 'noticeSent') && (
            <AbsencesSection meeting={m} />
          )}
        </>
      )}
    </MeetingFrame>
  )
}

function MeetingFacts({ meeting: m }: { meeting: Meeting }) {
  return (
    <dl className="facts">
      <div>
        <dt>Status</dt>
        <dd>
          <MeetingStatusBadge status={m.status} />
          {m.extra && <span className="cell-sub">Extra sammanträde</span>}
        </dd>
      </div>
      <div>
        <dt>Datum</dt>
        <dd>{m.meetsOn}</dd>
      </div>
      <div>
        <dt>Tid</dt>
        <dd>
          {m.startsAt}
          {m.endsAt ? `–${m.endsAt}` : ''}
        </dd>
      </div>
      <div>
        <dt>Plats</dt>
        <dd>{m.place}</dd>
      </div>
      <div>
        <dt>Organ</dt>
        <dd>
          <Link to={`/organ/${m.committee.id}`}>{m.committee.name}</Link>
        </dd>
      </div>
      <div>
        <dt>Sekreterare</dt>
        <dd>{m.secretaryName ?? '–'}</dd>
      </div>
      <div>
        <dt>Kallelse senast</dt>
        <dd>
          {m.notice.deadline}
          <span className="cell-sub">{noticeRuleText(m.notice.rule)}</span>
        </dd>
      </div>
      <div>
        <dt>Kallelse skickad</dt>
        <dd>{m.notice.sentOn ?? 'Inte ännu'}</dd>
      </div>
      {m.sections && (
        <div>
          <dt>Paragrafer</dt>
          <dd>{m.sections}</dd>
        </div>
      )}
      {m.attestation && (
        <div>
          <dt>Justeras senast</dt>
          <dd>
            {m.attestation.attestedOn
              ? `Justerat ${m.attestation.attestedOn}`
              : m.attestation.deadline}
          </dd>
        </div>
      )}
      {m.cancelledReason && (
        <div>
          <dt>Inställt</dt>
          <dd>{m.cancelledReason}</dd>
        </div>
      )}
    </dl>
  )
}

/** A notice that went out late, or should have gone out already (KL 5:13, the reglemente). */
function NoticeWarning({ meeting: m }: { meeting: Meeting }) {
  if (m.notice.late) {
    return (
      <p className="notice notice--warning">
        Kallelsen skickades {m.notice.sentOn}, {m.notice.daysLate}{' '}
        {m.notice.daysLate === 1 ? 'dag' : 'dagar'} efter sista dagen ({m.notice.deadline}).
      </p>
    )
  }
  if (m.notice.overdue) {
    return (
      <p className="notice notice--warning">
        Kallelsen skulle ha skickats senast {m.notice.deadline} men har inte skickats.
      </p>
    )
  }
  return null
}
