import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { api } from '../../api/client'
import type { AiIncident } from '../../api/ai-types'
import { useApi } from '../../api/use-api'
import { mayCloseAiIncidents } from '../../auth/ai-access'
import { useSession } from '../../auth/session'
import { DataTable } from '../../components/data-table'
import { FormCard } from '../../components/form-card'
import { TextArea } from '../../components/form'
import { LoadError, Loading } from '../../components/page'
import { useFormSubmit } from '../../components/use-form-submit'
import { formatDateTime } from '../../labels'
import { AiPage } from './ai-page'
import { INCIDENT_STATUS_LABEL } from './incidents-page'

/** One incident report: what it is about, who was told, and its closing with what was done. */
export function IncidentPage() {
  const { id = '' } = useParams()
  const { user } = useSession()
  const loaded = useApi<AiIncident>(`/api/ai/incidents/${encodeURIComponent(id)}`)
  const i = loaded.data
  if (loaded.error) {
    return (
      <AiPage title="Incidentrapporten kunde inte visas">
        <LoadError message={loaded.error.message} onRetry={loaded.reload} />
        <p>
          <Link to="/ai/incidenter">Alla incidentrapporter</Link>
        </p>
      </AiPage>
    )
  }
  if (!i) {
    return (
      <AiPage title="Incidentrapport">
        <Loading />
      </AiPage>
    )
  }
  return (
    <AiPage title={`Incidentrapport: ${i.categoryLabel}`} heading={i.categoryLabel}>
      <p className="breadcrumb">
        <Link to="/ai/incidenter">Alla incidentrapporter</Link>
      </p>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>{INCIDENT_STATUS_LABEL[i.status]}</dd>
        </div>
        <div>
          <dt>Rapporterad</dt>
          <dd>
            {formatDateTime(i.reportedAt)} av {i.reportedBy.name}
            {i.reporterKind === 'public' && (
              <> (via frågetjänsten på e-diariet; ingen närmaste chef att underrätta)</>
            )}
          </dd>
        </div>
        {i.reporterKind === 'public' && (
          <div>
            <dt>Kontakt</dt>
            <dd>
              {i.contactEmail ? (
                <a href={`mailto:${i.contactEmail}`}>{i.contactEmail}</a>
              ) : i.contactEmailGiven ? (
                'E-postadress angiven (visas bara för IT-enheten och informationssäkerhetsansvarig)'
              ) : (
                'Ingen e-postadress angiven'
              )}
            </dd>
          </div>
        )}
        {i.draftId && (
          <div>
            <dt>Gäller</dt>
            <dd>
              <Link to={`/ai/utkast/${i.draftId}`}>AI-utkastet</Link>
            </dd>
          </div>
        )}
        {i.logSeq !== null && (
          <div>
            <dt>Post i AI-loggen</dt>
            <dd>
              <Link to={`/ai/logg/${i.logSeq}`}>Post {i.logSeq}</Link>
            </dd>
          </div>
        )}
      </dl>
      <section className="section prose" aria-labelledby="incident-beskrivning">
        <h2 id="incident-beskrivning">Beskrivning</h2>
        <p className="pre-line">{i.description}</p>
      </section>
      {i.notifications && (
        <section className="section" aria-labelledby="incident-mottagare">
          <h2 id="incident-mottagare">Skickad till</h2>
          {i.notifications.length === 0 ? (
            <p className="muted">Rapporten kunde inte skickas till någon.</p>
          ) : (
            <DataTable
              caption="Mottagare av rapporten"
              rows={i.notifications}
              rowKey={(n) => n.id}
              columns={[
                { header: 'Mottagare', rowHeader: true, cell: (n) => n.recipient.name },
                { header: 'Som', cell: (n) => n.reasonLabel },
                { header: 'Skickad', cell: (n) => formatDateTime(n.notifiedAt) },
                { header: 'Läst', cell: (n) => (n.readAt ? formatDateTime(n.readAt) : 'Ej läst') },
              ]}
            />
          )}
        </section>
      )}
      {i.status === 'closed' ? (
        <section className="section prose" aria-labelledby="incident-atgard">
          <h2 id="incident-atgard">Avslutad</h2>
          <p>
            {i.closedAt ? formatDateTime(i.closedAt) : ''}
            {i.closedBy ? ` av ${i.closedBy.name}` : ''}
          </p>
          <p className="pre-line">{i.resolution}</p>
        </section>
      ) : (
        mayCloseAiIncidents(user) && <CloseIncident incident={i} onClosed={loaded.replace} />
      )}
    </AiPage>
  )
}

const TARGETS = { resolution: 'incident-atgard-text' }

function CloseIncident({
  incident,
  onClosed,
}: {
  incident: AiIncident
  onClosed(i: AiIncident): void
}) {
  const [resolution, setResolution] = useState('')
  const f = useFormSubmit(TARGETS, 'Incidenten kunde inte avslutas.')
  const onSubmit = async () => {
    const r = await f.submit(
      resolution.trim() ? {} : { resolution: 'Skriv vad som har gjorts.' },
      () =>
        api<AiIncident>(`/api/ai/incidents/${incident.id}/close`, {
          json: { resolution: resolution.trim() },
        }),
      () => 'Incidenten är avslutad.',
    )
    if (r) onClosed(r)
  }
  return (
    <div className="section">
      <FormCard
        id="avsluta-incident"
        headingLevel={2}
        title="Avsluta incidenten"
        errorTitle="Incidenten kunde inte avslutas"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Avsluta incidenten"
      >
        <TextArea
          id={TARGETS.resolution}
          label="Vad har gjorts"
          hint="T.ex. tjänsten stängdes av, användaren fick ny utbildning, leverantören kontaktades."
          rows={4}
          value={resolution}
          error={f.errors.resolution}
          onChange={(e) => setResolution(e.target.value)}
        />
      </FormCard>
    </div>
  )
}
