import { useState } from 'react'
import { Link } from 'react-router'
import { api } from '../../api/client'
import type { AiService } from '../../api/ai-types'
import { mayManageAiServices } from '../../auth/ai-access'
import { useSession } from '../../auth/session'
import { ActionMessage, useAction } from '../../components/action-message'
import { DataTable } from '../../components/data-table'
import { FormCard } from '../../components/form-card'
import { SelectField } from '../../components/form'
import { LoadError, Loading } from '../../components/page'
import { useFormSubmit } from '../../components/use-form-submit'
import { AiPage } from './ai-page'
import { classesText } from './ai-labels'
import { ServiceStatusBadge } from './service-status-badge'
import {
  checkService,
  emptyService,
  ServiceFields,
  serviceTargets,
  type ServiceValues,
} from './service-fields'
import { useAiServices, useAiVocabulary } from './use-ai-vocabulary'

/**
 * The register of AI services (riktlinjerna punkt 5 och 7): what each service is, where it
 * processes data, its status, and the classes of data its risk and consequence assessment
 * approved. Only an approved service can be called, and only with those classes.
 */
export function ServicesPage() {
  const { user } = useSession()
  const services = useAiServices()
  const { classLabels } = useAiVocabulary()
  const manage = mayManageAiServices(user)
  const list = services.data?.services ?? []
  return (
    <AiPage
      title="AI-tjänster"
      lead="Bara en tjänst med en godkänd risk- och konsekvensanalys kan användas, och bara för de dataklasser som analysen godkänt."
    >
      <section className="section" aria-labelledby="tjanster">
        <h2 id="tjanster">Registrerade tjänster</h2>
        {services.error ? (
          <LoadError message={services.error.message} onRetry={services.reload} />
        ) : !services.data ? (
          <Loading />
        ) : list.length === 0 ? (
          <p className="muted">Inga AI-tjänster är registrerade.</p>
        ) : (
          <DataTable
            caption="AI-tjänster"
            rows={list}
            rowKey={(s) => s.id}
            columns={[
              {
                header: 'Namn',
                rowHeader: true,
                cell: (s) => <Link to={`/ai/tjanster/${s.id}`}>{s.name}</Link>,
              },
              { header: 'Leverantör', cell: (s) => s.provider },
              { header: 'Modell', cell: (s) => s.model },
              { header: 'Behandlas i', cell: (s) => s.processingLocation },
              { header: 'Status', cell: (s) => <ServiceStatusBadge status={s.status} /> },
              {
                header: 'Godkänd för',
                cell: (s) => classesText(s.approvedClasses, classLabels),
              },
              {
                header: 'Allmänhetens frågor',
                cell: (s) => (s.publicChat ? 'Ja' : 'Nej'),
              },
            ]}
          />
        )}
      </section>
      {manage && services.data && <PublicChatChoice services={list} onChanged={services.reload} />}
      {manage && <RegisterService onRegistered={services.reload} />}
    </AiPage>
  )
}

/** Which approved service answers the public's questions on the e-diarium (or none). */
function PublicChatChoice({ services, onChanged }: { services: AiService[]; onChanged(): void }) {
  const current = services.find((s) => s.publicChat)?.id ?? ''
  const [choice, setChoice] = useState(current)
  const action = useAction()
  const approved = services.filter((s) => s.status === 'approved')
  const save = async () => {
    const r = await action.run(
      () =>
        api<{ service: AiService | null }>('/api/ai/public-chat', {
          method: 'PUT',
          json: { serviceId: choice || null },
        }),
      (x) =>
        x.service
          ? `${x.service.name} svarar nu på allmänhetens frågor i e-diariet.`
          : 'Frågetjänsten i e-diariet är stängd.',
    )
    if (r) onChanged()
  }
  return (
    <section className="section card" aria-labelledby="allmanhetens-fragor">
      <h2 id="allmanhetens-fragor">Allmänhetens frågor i e-diariet</h2>
      <p>
        Tjänsten svarar bara utifrån allmänna handlingar, och svaren märks som skrivna av AI
        (riktlinjerna punkt 3: när AI talar med människor ska det framgå).
      </p>
      <SelectField
        id="fragetjanst"
        label="Tjänst som svarar"
        hint="Bara godkända tjänster kan väljas."
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
      >
        <option value="">Ingen (frågetjänsten är stängd)</option>
        {approved.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <div className="button-row">
        <button type="button" className="button" onClick={save} disabled={action.busy}>
          Spara valet
        </button>
      </div>
      <ActionMessage result={action.result} />
    </section>
  )
}

const TARGETS = serviceTargets('ny-tjanst')

function RegisterService({ onRegistered }: { onRegistered(): void }) {
  const [v, setV] = useState<ServiceValues>(emptyService)
  const set = (k: keyof ServiceValues, value: string) => setV((x) => ({ ...x, [k]: value }))
  const f = useFormSubmit(TARGETS, 'AI-tjänsten kunde inte registreras.')
  const onSubmit = async () => {
    const r = await f.submit(
      checkService(v),
      () =>
        api<AiService>('/api/ai/services', {
          json: {
            name: v.name.trim(),
            provider: v.provider.trim(),
            endpoint: v.endpoint.trim(),
            model: v.model.trim(),
            processingLocation: v.processingLocation.trim(),
            timeoutMs: Number(v.timeoutSeconds) * 1000,
            ...(v.apiKey.trim() ? { apiKey: v.apiKey.trim() } : {}),
          },
        }),
      (s) =>
        `${s.name} är registrerad och väntar på analys. Registrera en risk- och konsekvensanalys på tjänstens sida innan den används.`,
    )
    if (r) {
      setV(emptyService())
      onRegistered()
    }
  }
  return (
    <div className="section">
      <FormCard
        id="registrera-tjanst"
        headingLevel={2}
        title="Registrera AI-tjänst"
        errorTitle="AI-tjänsten kunde inte registreras"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Registrera tjänsten"
        intro={
          <p>
            En ny tjänst väntar på analys tills en risk- och konsekvensanalys med dataskyddsombud,
            kommunjurist, informationssäkerhetsansvarig och IT-chef har godkänt den.
          </p>
        }
      >
        <ServiceFields prefix="ny-tjanst" v={v} set={set} errors={f.errors} />
      </FormCard>
    </div>
  )
}
