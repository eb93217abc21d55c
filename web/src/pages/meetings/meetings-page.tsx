import { useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import type { MeetingSummary } from '../../api/board-types'
import { query } from '../../api/client'
import { useApi } from '../../api/use-api'
import { mayManageMeetings } from '../../auth/board-access'
import { useSession } from '../../auth/session'
import { DataTable } from '../../components/data-table'
import { SelectField, TextField } from '../../components/form'
import { MeetingStatusBadge } from '../../components/meeting-status-badge'
import { LoadError, Loading, Page } from '../../components/page'
import { swedishToday } from '../../labels'
import { useRegistry } from '../../registry'
import { ExtraMeetingForm } from './extra-meeting-form'

/** Sammanträden: the meetings of a year, for one committee or all. */
export function MeetingsPage() {
  const [params, setParams] = useSearchParams()
  const { user } = useSession()
  const registry = useRegistry()
  const committeeId = params.get('organ') ?? ''
  const year = /^\d{4}$/.test(params.get('ar') ?? '')
    ? params.get('ar')!
    : swedishToday().slice(0, 4)
  const path = `/api/meetings${query({
    committeeId: committeeId || undefined,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  })}`
  const { data, error, loading, reload } = useApi<{ meetings: MeetingSummary[] }>(path)
  const committee = registry?.committees.find((c) => c.id === committeeId)

  return (
    <Page title="Sammanträden" lead="Årets sammanträden med status, kallelse och ärendelista.">
      <Filters
        committeeId={committeeId}
        year={year}
        onChange={(organ, ar) => setParams(new URLSearchParams(query({ organ, ar }).slice(1)))}
      />
      {committee && (
        <p>
          <Link to={`/organ/${committee.id}/sammantradesplan/${year}`}>
            Sammanträdesplan {year} för {committee.name}
          </Link>
        </p>
      )}
      <section className="section" aria-labelledby="sammantraden-lista">
        <h2 id="sammantraden-lista">
          Sammanträden {year}
          {committee ? `, ${committee.name}` : ''}
        </h2>
        {error ? (
          <LoadError message={error.message} onRetry={reload} />
        ) : loading && !data ? (
          <Loading />
        ) : data && data.meetings.length === 0 ? (
          <p className="muted">Inga sammanträden är planerade {year}.</p>
        ) : data ? (
          <MeetingTable meetings={data.meetings} caption={`Sammanträden ${year}`} />
        ) : null}
      </section>
      {mayManageMeetings(user) && (
        <section className="section" aria-labelledby="nytt-sammantrade">
          <ExtraMeetingForm headingId="nytt-sammantrade" committeeId={committeeId} />
        </section>
      )}
    </Page>
  )
}

/** Meetings as a table: date (link), time, committee, place, status, notice. */
export function MeetingTable({
  meetings,
  caption,
}: {
  meetings: MeetingSummary[]
  caption: string
}) {
  return (
    <DataTable
      caption={caption}
      rows={meetings}
      rowKey={(m) => m.id}
      columns={[
        {
          header: 'Datum',
          rowHeader: true,
          className: 'nowrap',
          cell: (m) => <Link to={`/sammantraden/${m.id}`}>{m.meetsOn}</Link>,
        },
        { header: 'Tid', className: 'nowrap', cell: (m) => m.startsAt },
        { header: 'Organ', cell: (m) => m.committeeName ?? '–' },
        { header: 'Plats', cell: (m) => m.place },
        {
          header: 'Status',
          cell: (m) => (
            <>
              <MeetingStatusBadge status={m.status} />
              {m.extra && <span className="cell-sub">Extra sammanträde</span>}
            </>
          ),
        },
        {
          header: 'Kallelse',
          className: 'nowrap',
          cell: (m) =>
            m.noticeSentOn ? (
              `Skickad ${m.noticeSentOn}`
            ) : (
              <span className="muted">Ej skickad</span>
            ),
        },
      ]}
    />
  )
}

function Filters({
  committeeId,
  year,
  onChange,
}: {
  committeeId: string
  year: string
  onChange(committeeId: string, year: string): void
}) {
  const registry = useRegistry()
  const [organ, setOrgan] = useState(committeeId)
  const [ar, setAr] = useState(year)
  const [error, setError] = useState<string | undefined>()
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    if (!/^\d{4}$/.test(ar.trim())) return setError('Ange ett år med fyra siffror, t.ex. 2026.')
    setError(undefined)
    onChange(organ, ar.trim())
  }
  return (
    <form className="card filters-row" onSubmit={onSubmit} noValidate aria-label="Urval">
      <SelectField
        id="urval-organ"
        label="Organ"
        value={organ}
        onChange={(e) => setOrgan(e.target.value)}
      >
        <option value="">Alla organ</option>
        {registry?.committees.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id="urval-ar"
        label="År"
        inputMode="numeric"
        className="input--short"
        value={ar}
        error={error}
        onChange={(e) => setAr(e.target.value)}
      />
      <button type="submit" className="button button--secondary">
        Visa
      </button>
    </form>
  )
}
