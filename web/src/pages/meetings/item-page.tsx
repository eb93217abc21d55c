import { Link, useParams } from 'react-router'
import type { AgendaItem, Attendance, ItemAttendance, Meeting } from '../../api/board-types'
import { useApi } from '../../api/use-api'
import { mayManageMeetings } from '../../auth/board-access'
import { useSession } from '../../auth/session'
import { LoadError, Loading } from '../../components/page'
import { AdditionBadge } from './agenda-item-row'
import { QuorumBadge } from './attendance-page'
import { DecisionForm } from './decision-form'
import { MeetingFrame, useMeeting } from './meeting-frame'
import { RecusalSection } from './recusal-section'

/** One item at the meeting: who serves, jäv, quorum, and the decision. */
export function ItemPage() {
  const loaded = useMeeting()
  const { itemId = '' } = useParams()
  const item = loaded.data?.agenda.find((i) => i.id === itemId)
  return (
    <MeetingFrame
      loaded={loaded}
      title={item ? `Punkt ${item.number}: ${item.title}` : 'Punkten finns inte'}
    >
      {(m) =>
        item ? (
          <ItemView meeting={m} item={item} onMeeting={loaded.replace} />
        ) : (
          <p className="notice notice--error">Punkten finns inte på ärendelistan.</p>
        )
      }
    </MeetingFrame>
  )
}

function ItemView({
  meeting,
  item,
  onMeeting,
}: {
  meeting: Meeting
  item: AgendaItem
  onMeeting(m: Meeting): void
}) {
  const { user } = useSession()
  const a = useApi<Attendance>(`/api/meetings/${meeting.id}/attendance`)
  const manage = mayManageMeetings(user)
  const att = a.data?.items.find((i) => i.itemId === item.id)
  const prev = meeting.agenda.find((i) => i.number === item.number - 1)
  const next = meeting.agenda.find((i) => i.number === item.number + 1)
  const base = `/sammantraden/${meeting.id}/punkter`

  return (
    <>
      <p className="agenda-item__meta">
        <span>{item.kindLabel}</span>
        {item.caseLabel && item.caseId && (
          <Link className="case-number" to={`/arenden/${item.caseId}`}>
            {item.caseLabel}
          </Link>
        )}
        {item.presenter && <span>Föredragande: {item.presenter}</span>}
        {item.sectionLabel && <span>{item.sectionLabel}</span>}
      </p>
      <AdditionBadge item={item} />
      <nav aria-label="Punkter" className="pager">
        <ul className="link-row">
          {prev && (
            <li>
              <Link to={`${base}/${prev.id}`}>Föregående: punkt {prev.number}</Link>
            </li>
          )}
          {next && (
            <li>
              <Link to={`${base}/${next.id}`}>Nästa: punkt {next.number}</Link>
            </li>
          )}
        </ul>
      </nav>
      {a.error ? (
        <LoadError message={a.error.message} onRetry={a.reload} />
      ) : !a.data ? (
        <Loading />
      ) : (
        <>
          <Serving attendance={a.data} item={att} />
          <RecusalSection
            meeting={meeting}
            item={item}
            attendance={a.data}
            manage={manage}
            onChanged={a.replace}
          />
          <DecisionForm
            meeting={meeting}
            item={item}
            quorum={!!att?.quorum}
            rollCallTaken={a.data.rollCallTaken}
            manage={manage}
            onChanged={onMeeting}
          />
        </>
      )}
    </>
  )
}

function Serving({ attendance, item }: { attendance: Attendance; item?: ItemAttendance }) {
  if (!attendance.rollCallTaken || !item) {
    return (
      <section className="section" aria-labelledby="tjanstgorande">
        <h2 id="tjanstgorande">Tjänstgörande</h2>
        <p className="muted">Upprop har inte gjorts.</p>
      </section>
    )
  }
  return (
    <section className="section" aria-labelledby="tjanstgorande">
      <h2 id="tjanstgorande">Tjänstgörande</h2>
      <p className={`notice ${item.quorum ? 'notice--success' : 'notice--error'}`}>
        Beslutsfört: <QuorumBadge quorum={item.quorum} /> {item.serving.length} av{' '}
        {attendance.seats} ledamöter tjänstgör
        {item.quorum ? '.' : '; mer än hälften måste delta (kommunallagen 6 kap. 27 §).'}
      </p>
      <ul className="serving-list">
        {item.serving.map((s) => (
          <li key={s.membershipId}>
            {s.displayName}
            {s.servingFor && <span className="muted"> tjänstgör för {s.servingFor}</span>}
          </li>
        ))}
      </ul>
      {item.vacantSeats.length > 0 && (
        <p className="muted">
          Obesatta platser: {item.vacantSeats.filter(Boolean).join(', ') || item.vacantSeats.length}
        </p>
      )}
    </section>
  )
}
