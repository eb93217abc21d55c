import { Link, useParams } from 'react-router'
import type { AiService, Assessment } from '../../api/ai-types'
import { useApi } from '../../api/use-api'
import { mayAdministerAi, mayManageAiServices } from '../../auth/ai-access'
import { useSession } from '../../auth/session'
import { LoadError, Loading } from '../../components/page'
import { AiPage } from './ai-page'
import { classesText } from './ai-labels'
import { AssessmentForm } from './assessment-form'
import { AssessmentList } from './assessment-list'
import { EditService } from './edit-service'
import { ServiceStatusBadge } from './service-status-badge'
import { ServiceStatusForm } from './service-status-form'
import { useAiServices, useAiVocabulary } from './use-ai-vocabulary'

/** One AI service: what it is, its assessments, and (for those who keep the register) changes. */
export function ServicePage() {
  const { id = '' } = useParams()
  const { user } = useSession()
  const services = useAiServices()
  const assessments = useApi<{ assessments: Assessment[] }>(
    `/api/ai/services/${encodeURIComponent(id)}/assessments`,
  )
  const { classLabels } = useAiVocabulary()
  const s = services.data?.services.find((x) => x.id === id)
  if (services.error || (services.data && !s)) {
    return (
      <AiPage title="AI-tjänsten finns inte">
        <LoadError
          message={services.error?.message ?? 'Det finns ingen AI-tjänst med den adressen.'}
          onRetry={services.reload}
        />
        <p>
          <Link to="/ai">Alla AI-tjänster</Link>
        </p>
      </AiPage>
    )
  }
  if (!s) {
    return (
      <AiPage title="AI-tjänst">
        <Loading />
      </AiPage>
    )
  }
  const changed = (x: AiService | null) => {
    if (x)
      services.replace({ services: services.data!.services.map((y) => (y.id === x.id ? x : y)) })
    assessments.reload()
  }
  return (
    <AiPage title={`${s.name} – AI-tjänst`} heading={s.name}>
      <p className="breadcrumb">
        <Link to="/ai">Alla AI-tjänster</Link>
      </p>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <ServiceStatusBadge status={s.status} />
          </dd>
        </div>
        <div>
          <dt>Leverantör</dt>
          <dd>{s.provider}</dd>
        </div>
        <div>
          <dt>Modell</dt>
          <dd>{s.model}</dd>
        </div>
        <div>
          <dt>Behandlas i</dt>
          <dd>{s.processingLocation}</dd>
        </div>
        <div>
          <dt>Adress</dt>
          <dd className="break-anywhere">{s.endpoint}</dd>
        </div>
        <div>
          <dt>Godkänd för</dt>
          <dd>{classesText(s.approvedClasses, classLabels)}</dd>
        </div>
        <div>
          <dt>Tidsgräns</dt>
          <dd>{Math.round(s.timeoutMs / 1000)} sekunder</dd>
        </div>
        <div>
          <dt>API-nyckel</dt>
          <dd>{s.hasApiKey ? 'Sparad (visas inte)' : 'Ingen'}</dd>
        </div>
        <div>
          <dt>Allmänhetens frågor</dt>
          <dd>{s.publicChat ? 'Svarar i e-diariet' : 'Nej'}</dd>
        </div>
      </dl>
      {s.status === 'pending' && (
        <p className="notice notice--warning">
          Tjänsten väntar på analys och kan inte användas förrän en risk- och konsekvensanalys har
          godkänt den.
        </p>
      )}

      <section className="section" aria-labelledby="analyser">
        <h2 id="analyser">Risk- och konsekvensanalyser</h2>
        {assessments.error ? (
          <LoadError message={assessments.error.message} onRetry={assessments.reload} />
        ) : !assessments.data ? (
          <Loading />
        ) : (
          <AssessmentList assessments={assessments.data.assessments} classLabels={classLabels} />
        )}
      </section>
      {mayAdministerAi(user) && (
        <div className="section">
          <AssessmentForm serviceId={s.id} onRecorded={(x) => changed(x)} />
        </div>
      )}
      {mayAdministerAi(user) && <ServiceStatusForm service={s} onChanged={changed} />}
      {mayManageAiServices(user) && <EditService service={s} onSaved={changed} />}
    </AiPage>
  )
}
