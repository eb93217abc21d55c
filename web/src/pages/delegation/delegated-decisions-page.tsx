import { useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { query } from '../../api/client'
import type { DelegatedDecision, DelegationScheme } from '../../api/delegation-types'
import { useApi } from '../../api/use-api'
import { mayManageMeetings } from '../../auth/board-access'
import { useSession } from '../../auth/session'
import { DataTable } from '../../components/data-table'
import { SelectField } from '../../components/form'
import { LoadError, Loading, Page } from '../../components/page'
import { DecisionForm } from './decision-form'

type State = '' | 'unreported' | 'reported' | 'separateMinutes'
const STATES: { value: State; label: string }[] = [
  { value: '', label: 'Alla' },
  { value: 'unreported', label: 'Ej anmälda' },
  { value: 'reported', label: 'Anmälda till sammanträde' },
  { value: 'separateMinutes', label: 'Särskilt protokollförda' },
]

/** Delegationsbeslut: the decisions taken under the scheme, to be reported to the committee. */
export function DelegatedDecisionsPage() {
  const { id = '' } = useParams()
  const [params, setParams] = useSearchParams()
  const state = (STATES.find((s) => s.value === params.get('visa'))?.value ?? '') as State
  const { user } = useSession()
  const scheme = useApi<DelegationScheme>(`/api/committees/${encodeURIComponent(id)}/delegation`)
  const decisions = useApi<{ decisions: DelegatedDecision[] }>(
    `/api/committees/${encodeURIComponent(id)}/delegated-decisions${query({ state: state || undefined })}`,
  )
  const [said, setSaid] = useState<string | null>(null)
  const name = scheme.data?.committee.name ?? 'Organet'
  return (
    <Page
      title={`Delegationsbeslut – ${name}`}
      heading={
        <>
          <span className="heading-kicker">{name}</span>
          Delegationsbeslut
        </>
      }
    >
      <ul className="link-row breadcrumb">
        <li>
          <Link to={`/organ/${id}`}>{name}</Link>
        </li>
        <li>
          <Link to={`/organ/${id}/delegationsordning`}>Delegationsordning</Link>
        </li>
      </ul>
      <div className="filters-row card section">
        <SelectField
          id="visa-beslut"
          label="Visa"
          value={state}
          onChange={(e) => setParams(new URLSearchParams(query({ visa: e.target.value }).slice(1)))}
        >
          {STATES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </SelectField>
      </div>
      <div role="status" aria-live="polite">
        {said && <p className="notice notice--success">{said}</p>}
      </div>
      <section className="section" aria-labelledby="beslutslista">
        <h2 id="beslutslista">{STATES.find((s) => s.value === state)?.label ?? 'Alla'} beslut</h2>
        {decisions.error ? (
          <LoadError message={decisions.error.message} onRetry={decisions.reload} />
        ) : !decisions.data ? (
          <Loading />
        ) : decisions.data.decisions.length === 0 ? (
          <p className="muted">Inga delegationsbeslut.</p>
        ) : (
          <DataTable
            caption="Delegationsbeslut"
            rows={decisions.data.decisions}
            rowKey={(d) => d.id}
            columns={[
              { header: 'Datum', className: 'nowrap', cell: (d) => d.row.dateLabel },
              { header: 'Dnr', className: 'nowrap', cell: (d) => d.caseNumber ?? '–' },
              { header: 'Beslutsfattare', cell: (d) => d.decisionMakerLabel },
              { header: 'Beslut', rowHeader: true, cell: (d) => d.action },
              { header: 'Punkt', cell: (d) => d.row.pointLabel },
              {
                header: 'Anmäls',
                cell: (d) =>
                  d.recording === 'separateMinutes' ? (
                    `Särskilt protokoll${d.separateMinutesReference ? `: ${d.separateMinutesReference}` : ''}`
                  ) : d.reportMeetingDate ? (
                    <Link to={`/sammantraden/${d.reportMeetingId}`}>
                      Sammanträdet {d.reportMeetingDate}
                    </Link>
                  ) : (
                    <span className="muted">Ej anmält</span>
                  ),
              },
            ]}
          />
        )}
      </section>
      {mayManageMeetings(user) && scheme.data && (
        <div className="section">
          <DecisionForm
            committeeId={id}
            scheme={scheme.data}
            onRegistered={(text) => {
              setSaid(text)
              decisions.reload()
            }}
          />
        </div>
      )}
    </Page>
  )
}
