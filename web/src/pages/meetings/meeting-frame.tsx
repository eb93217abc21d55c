import type { ReactNode } from 'react'
import { Link, NavLink, useParams } from 'react-router'
import type { Meeting } from '../../api/board-types'
import { useApi, type Loaded } from '../../api/use-api'
import { longDate } from '../../board-labels'
import { LoadError, Loading, Page } from '../../components/page'

/** The meeting of the page's `:id`, loaded once for the page. */
export function useMeeting(): Loaded<Meeting> & { id: string } {
  const { id = '' } = useParams()
  return { ...useApi<Meeting>(`/api/meetings/${encodeURIComponent(id)}`), id }
}

/** The meeting's pages: the agenda, the roll call and attendance, and (later) the minutes. */
function MeetingNav({ meeting }: { meeting: Meeting }) {
  const base = `/sammantraden/${meeting.id}`
  const sessionStarted = ['open', 'closed', 'attested'].includes(meeting.status)
  return (
    <nav className="sub-nav" aria-label="Sammanträdet">
      <ul>
        <li>
          <NavLink to={base} end>
            Ärendelista
          </NavLink>
        </li>
        {sessionStarted && (
          <>
            <li>
              <NavLink to={`${base}/upprop`}>Upprop och närvaro</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/protokoll`}>Protokoll</NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  )
}

/**
 * The frame of every page about one meeting: its title (committee and date), the meeting's
 * own navigation, and loading and error states.
 */
export function MeetingFrame({
  loaded,
  title,
  children,
}: {
  loaded: Loaded<Meeting>
  /** The page within the meeting, e.g. "Upprop och närvaro"; the overview has none. */
  title?: string
  children(meeting: Meeting): ReactNode
}) {
  const m = loaded.data
  if (loaded.error) {
    return (
      <Page
        title={
          loaded.error.status === 404 ? 'Sammanträdet finns inte' : 'Sammanträdet kunde inte visas'
        }
      >
        <LoadError message={loaded.error.message} onRetry={loaded.reload} />
        <p>
          <Link to="/sammantraden">Alla sammanträden</Link>
        </p>
      </Page>
    )
  }
  if (!m) {
    return (
      <Page title={title ?? 'Sammanträde'}>
        <Loading />
      </Page>
    )
  }
  const meetingName = `Sammanträde ${longDate(m.meetsOn)}`
  return (
    <Page
      title={`${title ? `${title} – ` : ''}${m.committee.name} ${m.meetsOn}`}
      heading={
        <>
          <span className="heading-kicker">
            {m.committee.name}
            {title ? `, ${meetingName.toLowerCase()}` : ''}
          </span>
          {title ?? meetingName}
        </>
      }
    >
      <p className="breadcrumb">
        <Link to="/sammantraden">Alla sammanträden</Link>
      </p>
      <MeetingNav meeting={m} />
      {children(m)}
    </Page>
  )
}
