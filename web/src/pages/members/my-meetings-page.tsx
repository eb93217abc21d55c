import { Link } from 'react-router'
import type { MyMeeting } from '../../api/member-types'
import { useApi } from '../../api/use-api'
import { useSession } from '../../auth/session'
import { longDate } from '../../board-labels'
import { MeetingStatusBadge } from '../../components/meeting-status-badge'
import { LoadError, Loading, Page } from '../../components/page'
import { CalendarSubscription } from './calendar-subscription'

/**
 * Mina sammanträden: the member's coming meetings as cards (readable on a phone), with their
 * seat, whether they reported absence, and the calendar subscription.
 */
export function MyMeetingsPage() {
  const { user } = useSession()
  const { data, error, loading, reload } = useApi<{ meetings: MyMeeting[] }>('/api/me/meetings')
  return (
    <Page
      title="Mina sammanträden"
      lead={user ? `Kommande sammanträden för ${user.displayName}.` : undefined}
    >
      {error ? (
        <LoadError message={error.message} onRetry={reload} />
      ) : loading && !data ? (
        <Loading />
      ) : data && data.meetings.length === 0 ? (
        <p className="muted">Du har inga kommande sammanträden.</p>
      ) : data ? (
        <ul className="meeting-cards">
          {data.meetings.map((m) => (
            <li key={m.id} className="meeting-card">
              <h2 className="meeting-card__title">
                <Link to={`/mina-sammantraden/${m.id}`}>
                  {m.committeeName}, {longDate(m.meetsOn)}
                </Link>
              </h2>
              <p className="meeting-card__meta">
                <span>Kl. {m.startsAt}</span>
                <span>{m.place}</span>
                <MeetingStatusBadge status={m.status} />
              </p>
              <p className="meeting-card__seat">
                Du är {m.seat.roleLabel}
                {m.seat.capacity === 'forInformation' ? ' och får kallelsen för kännedom' : ''}.
                {m.absence && <strong> Du har anmält förhinder.</strong>}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <CalendarSubscription />
    </Page>
  )
}
