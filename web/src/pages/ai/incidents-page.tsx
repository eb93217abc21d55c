import { Link, useSearchParams } from 'react-router'
import { api, query } from '../../api/client'
import type { AiIncident, IncidentInboxEntry } from '../../api/ai-types'
import { useApi } from '../../api/use-api'
import { ActionMessage, useAction } from '../../components/action-message'
import { DataTable } from '../../components/data-table'
import { SelectField } from '../../components/form'
import { LoadError, Loading } from '../../components/page'
import { formatDateTime } from '../../labels'
import { AiPage } from './ai-page'

export const INCIDENT_STATUS_LABEL = { open: 'Öppen', closed: 'Avslutad' } as const

/**
 * Incident reports on AI output (riktlinjerna punkt 6): those sent to me (as IT unit,
 * information-security officer or line manager), and the reports I may see (all of them for the
 * IT unit and the security officer, my own for others).
 */
export function IncidentsPage() {
  const [params, setParams] = useSearchParams()
  const status = (['open', 'closed'] as const).find((s) => s === params.get('status'))
  const inbox = useApi<{ entries: IncidentInboxEntry[] }>('/api/ai/incidents/inbox')
  const incidents = useApi<{ incidents: AiIncident[] }>(`/api/ai/incidents${query({ status })}`)
  const action = useAction()
  const markRead = async (n: IncidentInboxEntry) => {
    const r = await action.run(
      () => api(`/api/ai/incidents/notifications/${n.notificationId}/read`, { method: 'POST' }),
      'Markerad som läst.',
    )
    if (r) inbox.reload()
  }
  return (
    <AiPage
      title="AI-incidenter"
      lead="Incidenter, avvikelser och misstänkt felanvändning av AI rapporteras till närmaste chef, IT-enheten och informationssäkerhetsansvarig."
    >
      <section className="section" aria-labelledby="till-mig">
        <h2 id="till-mig">Skickade till mig</h2>
        <ActionMessage result={action.result} />
        {inbox.error ? (
          <LoadError message={inbox.error.message} onRetry={inbox.reload} />
        ) : !inbox.data ? (
          <Loading />
        ) : inbox.data.entries.length === 0 ? (
          <p className="muted">Inga incidentrapporter har skickats till dig.</p>
        ) : (
          <DataTable
            caption="Incidentrapporter skickade till mig"
            rows={inbox.data.entries}
            rowKey={(n) => n.notificationId}
            columns={[
              {
                header: 'Rapport',
                rowHeader: true,
                cell: (n) => (
                  <Link to={`/ai/incidenter/${n.incident.id}`}>{n.incident.categoryLabel}</Link>
                ),
              },
              {
                header: 'Rapporterad',
                className: 'nowrap',
                cell: (n) => formatDateTime(n.incident.reportedAt),
              },
              { header: 'Av', cell: (n) => n.incident.reportedBy.name },
              { header: 'Till dig som', cell: (n) => n.reasonLabel },
              { header: 'Status', cell: (n) => INCIDENT_STATUS_LABEL[n.incident.status] },
              {
                header: 'Läst',
                cell: (n) =>
                  n.readAt ? (
                    formatDateTime(n.readAt)
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => markRead(n)}
                      disabled={action.busy}
                      aria-label={`Markera som läst: ${n.incident.categoryLabel}`}
                    >
                      Markera som läst
                    </button>
                  ),
              },
            ]}
          />
        )}
      </section>

      <section className="section" aria-labelledby="incidentrapporter">
        <h2 id="incidentrapporter">Incidentrapporter</h2>
        <div className="filters-row card section">
          <SelectField
            id="incident-status"
            label="Visa"
            value={status ?? ''}
            onChange={(e) =>
              setParams(new URLSearchParams(query({ status: e.target.value }).slice(1)))
            }
          >
            <option value="">Alla</option>
            <option value="open">Öppna</option>
            <option value="closed">Avslutade</option>
          </SelectField>
        </div>
        {incidents.error ? (
          <LoadError message={incidents.error.message} onRetry={incidents.reload} />
        ) : !incidents.data ? (
          <Loading />
        ) : incidents.data.incidents.length === 0 ? (
          <p className="muted">Inga incidentrapporter.</p>
        ) : (
          <DataTable
            caption="Incidentrapporter"
            rows={incidents.data.incidents}
            rowKey={(i) => i.id}
            columns={[
              {
                header: 'Rapport',
                rowHeader: true,
                cell: (i) => <Link to={`/ai/incidenter/${i.id}`}>{i.categoryLabel}</Link>,
              },
              {
                header: 'Rapporterad',
                className: 'nowrap',
                cell: (i) => formatDateTime(i.reportedAt),
              },
              { header: 'Av', cell: (i) => i.reportedBy.name },
              { header: 'Status', cell: (i) => INCIDENT_STATUS_LABEL[i.status] },
            ]}
          />
        )}
      </section>
    </AiPage>
  )
}
