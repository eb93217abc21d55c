import { useState } from 'react'
import { api } from '../../api/client'
import type { AiService } from '../../api/ai-types'
import { Checkbox } from '../../components/form'
import { FormCard } from '../../components/form-card'
import { useFormSubmit } from '../../components/use-form-submit'
import {
  checkService,
  ServiceFields,
  serviceTargets,
  serviceValues,
  type ServiceValues,
} from './service-fields'

const TARGETS = serviceTargets('andra-tjanst')

/**
 * Ändra tjänsten. A new address, model or place of processing is another service than the one
 * assessed: the server sends it back to "väntar på analys", and the form says so before saving.
 */
export function EditService({
  service,
  onSaved,
}: {
  service: AiService
  onSaved(s: AiService): void
}) {
  const [v, setV] = useState<ServiceValues>(() => serviceValues(service))
  const [removeKey, setRemoveKey] = useState(false)
  const set = (k: keyof ServiceValues, value: string) => setV((x) => ({ ...x, [k]: value }))
  const f = useFormSubmit(TARGETS, 'AI-tjänsten kunde inte ändras.')
  const reassess =
    v.endpoint.trim() !== service.endpoint ||
    v.model.trim() !== service.model ||
    v.processingLocation.trim() !== service.processingLocation

  const onSubmit = async () => {
    const patch: Record<string, unknown> = {}
    const text = (k: 'name' | 'provider' | 'endpoint' | 'model' | 'processingLocation') => {
      if (v[k].trim() !== service[k]) patch[k] = v[k].trim()
    }
    text('name')
    text('provider')
    text('endpoint')
    text('model')
    text('processingLocation')
    const timeoutMs = Number(v.timeoutSeconds) * 1000
    if (timeoutMs !== service.timeoutMs) patch.timeoutMs = timeoutMs
    if (removeKey) patch.apiKey = null
    else if (v.apiKey.trim()) patch.apiKey = v.apiKey.trim()
    const r = await f.submit(
      checkService(v),
      () => api<AiService>(`/api/ai/services/${service.id}`, { method: 'PATCH', json: patch }),
      (s) =>
        s.status === 'pending' && service.status !== 'pending'
          ? `Ändringarna är sparade. ${s.name} väntar nu på analys och kan inte användas förrän en ny risk- och konsekvensanalys har godkänt den.`
          : 'Ändringarna är sparade.',
    )
    if (r) {
      setV(serviceValues(r))
      setRemoveKey(false)
      onSaved(r)
    }
  }

  return (
    <div className="section">
      <FormCard
        id="andra-tjanst"
        headingLevel={2}
        title="Ändra tjänsten"
        errorTitle="AI-tjänsten kunde inte ändras"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Spara ändringarna"
        intro={
          <p className="notice notice--warning">
            Ändrar du adress, modell eller var uppgifterna behandlas går tjänsten tillbaka till
            ”väntar på analys” och kan inte användas förrän en ny risk- och konsekvensanalys har
            godkänt den.
          </p>
        }
      >
        <ServiceFields
          prefix="andra-tjanst"
          v={v}
          set={set}
          errors={f.errors}
          hasApiKey={service.hasApiKey}
        />
        {service.hasApiKey && (
          <Checkbox
            id="andra-tjanst-ta-bort-nyckel"
            label="Ta bort den sparade API-nyckeln"
            checked={removeKey}
            onChange={setRemoveKey}
          />
        )}
        {reassess && service.status !== 'pending' && (
          <p className="notice notice--warning" id="andra-tjanst-ny-analys">
            Du har ändrat adress, modell eller plats: när du sparar går tjänsten tillbaka till
            ”väntar på analys”.
          </p>
        )}
      </FormCard>
    </div>
  )
}
