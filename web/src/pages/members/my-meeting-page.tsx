import { Link, useParams } from 'react-router'
import type { MyMeetingDetail } from '../../api/member-types'
import { useApi } from '../../api/use-api'
import { longDate } from '../../board-labels'
import { MeetingStatusBadge } from '../../components/meeting-status-badge'
import { LoadError, Loading, Page } from '../../components/page'
import { AbsenceForm } from './absence-form'
import { ItemDocuments } from './item-documents'
import { SignMinutes } from './sign-minutes'

/** One of my meetings: when and where, the notice, the agenda with its documents, absence, signing. */
export function MyMeetingPage() {
  const { id = '' } = useParams()
  const {
    data: m,
    error,
    reload,
    replace,
  } = useApi<MyMeetingDetail>(`/api/me/meetings/${encodeURIComponent(id)}`)
  if (error) {
    return (
      <Page
        title={error.status === 404 ? 'Sammanträdet finns inte' : 'Sammanträdet kunde inte visas'}
      >
        <LoadError message={error.message} onRetry={reload} />
        <p>
          <Link to="/mina-sammantraden">Mina sammanträden</Link>
        </p>
      </Page>
    )
  }
  if (!m) {
    return (
      <Page title="Sammanträde">
        <Loading />
      </Page>
    )
  }
  const title = `${m.committeeName}, ${longDate(m.meetsOn)}`
  return (
    <Page
      title={title}
      heading={
        <>
          <span className="heading-kicker">{m.committeeName}</span>
          Sammanträde {longDate(m.meetsOn)}
        </>
      }
    >
      <p className="breadcrumb">
        <Link to="/mina-sammantraden">Mina sammanträden</Link>
      </p>
      <dl className="facts">
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
          <dt>Status</dt>
          <dd>
            <MeetingStatusBadge status={m.status} />
          </dd>
        </div>
        <div>
          <dt>Du är</dt>
          <dd>
            {m.seat.roleLabel} ({m.seat.party})
          </dd>
        </div>
      </dl>

      <section className="section" aria-labelledby="min-kallelse">
        <h2 id="min-kallelse">Kallelse</h2>
        {m.noticePdf ? (
          <p>
            <a href={m.noticePdf}>
              Kallelsen som PDF
              {m.notices[m.notices.length - 1]
                ? `, skickad ${m.notices[m.notices.length - 1]!.sentOn}`
                : ''}
            </a>
            {m.seat.capacity === 'forInformation' && (
              <span className="muted"> (för kännedom till ersättarna)</span>
            )}
          </p>
        ) : (
          <p className="muted">Kallelsen är inte skickad ännu.</p>
        )}
      </section>

      <AbsenceForm meeting={m} onChanged={replace} />
      <SignMinutes meeting={m} />

      <section className="section" aria-labelledby="min-arendelista">
        <h2 id="min-arendelista">Ärendelista</h2>
        <ol className="member-agenda">
          {m.agenda.map((i) => (
            <li key={i.id} className="member-agenda__item">
              <h3 className="member-agenda__title">
                <span className="agenda-item__number">{i.number}.</span> {i.title}
              </h3>
              <p className="agenda-item__meta">
                {i.caseLabel && <span className="case-number">{i.caseLabel}</span>}
                {i.presenter && <span>Föredragande: {i.presenter}</span>}
                {i.sectionLabel && <span>{i.sectionLabel}</span>}
              </p>
              <ItemDocuments item={i} />
            </li>
          ))}
        </ol>
      </section>
    </Page>
  )
}
