import { TextField } from '../../components/form'
import type { FormErrors } from '../../components/use-form-submit'
import type { AiService } from '../../api/ai-types'

/** The fields of a service in the register, shared by "Registrera" and "Ändra". */
export interface ServiceValues {
  name: string
  provider: string
  endpoint: string
  model: string
  processingLocation: string
  timeoutSeconds: string
  apiKey: string
}

export const emptyService = (): ServiceValues => ({
  name: '',
  provider: '',
  endpoint: '',
  model: '',
  processingLocation: '',
  timeoutSeconds: '30',
  apiKey: '',
})

export function serviceValues(s: AiService): ServiceValues {
  return {
    name: s.name,
    provider: s.provider,
    endpoint: s.endpoint,
    model: s.model,
    processingLocation: s.processingLocation,
    timeoutSeconds: String(Math.round(s.timeoutMs / 1000)),
    apiKey: '',
  }
}

export function serviceTargets(prefix: string) {
  return {
    name: `${prefix}-namn`,
    provider: `${prefix}-leverantor`,
    endpoint: `${prefix}-adress`,
    model: `${prefix}-modell`,
    processingLocation: `${prefix}-plats`,
    timeoutMs: `${prefix}-tidsgrans`,
    apiKey: `${prefix}-nyckel`,
  }
}

/** What the browser can tell before sending; the server checks the rest. */
export function checkService(v: ServiceValues): FormErrors {
  const e: FormErrors = {}
  if (!v.name.trim()) e.name = 'Ange ett namn.'
  if (!v.provider.trim()) e.provider = 'Ange leverantören.'
  if (!/^https?:\/\/\S+$/.test(v.endpoint.trim()))
    e.endpoint = 'Ange tjänstens adress som http(s)://…, t.ex. https://ai.example.se/v1.'
  if (!v.model.trim()) e.model = 'Ange modellen.'
  if (!v.processingLocation.trim())
    e.processingLocation = 'Ange var uppgifterna behandlas (land, datacenter).'
  const t = Number(v.timeoutSeconds)
  if (!/^\d+$/.test(v.timeoutSeconds.trim()) || t < 1 || t > 300)
    e.timeoutMs = 'Ange tidsgränsen i hela sekunder, 1–300.'
  return e
}

export function ServiceFields({
  prefix,
  v,
  set,
  errors,
  hasApiKey,
}: {
  prefix: string
  v: ServiceValues
  set(k: keyof ServiceValues, value: string): void
  errors: FormErrors
  /** Editing a service that has a key: a blank field keeps it. */
  hasApiKey?: boolean
}) {
  const t = serviceTargets(prefix)
  return (
    <>
      <div className="grid-2">
        <TextField
          id={t.name}
          label="Namn"
          hint="Så som tjänsten kallas i kommunen"
          value={v.name}
          error={errors.name}
          onChange={(e) => set('name', e.target.value)}
        />
        <TextField
          id={t.provider}
          label="Leverantör"
          value={v.provider}
          error={errors.provider}
          onChange={(e) => set('provider', e.target.value)}
        />
        <TextField
          id={t.endpoint}
          label="Adress (OpenAI-kompatibelt API)"
          hint="T.ex. https://ai.example.se/v1"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={v.endpoint}
          error={errors.endpoint}
          onChange={(e) => set('endpoint', e.target.value)}
        />
        <TextField
          id={t.model}
          label="Modell"
          spellCheck={false}
          value={v.model}
          error={errors.model}
          onChange={(e) => set('model', e.target.value)}
        />
        <TextField
          id={t.processingLocation}
          label="Var uppgifterna behandlas"
          hint="Land och datacenter, t.ex. Sverige (kommunens datahall)"
          value={v.processingLocation}
          error={errors.processingLocation}
          onChange={(e) => set('processingLocation', e.target.value)}
        />
        <TextField
          id={t.timeoutMs}
          label="Tidsgräns (sekunder)"
          inputMode="numeric"
          className="input--short"
          value={v.timeoutSeconds}
          error={errors.timeoutMs}
          onChange={(e) => set('timeoutSeconds', e.target.value)}
        />
      </div>
      <TextField
        id={t.apiKey}
        label="API-nyckel"
        optional
        type="password"
        autoComplete="new-password"
        hint={
          hasApiKey
            ? 'En nyckel är sparad. Lämna fältet tomt för att behålla den. Nyckeln visas aldrig igen.'
            : 'Sparas krypterad och visas aldrig igen.'
        }
        value={v.apiKey}
        error={errors.apiKey}
        onChange={(e) => set('apiKey', e.target.value)}
      />
    </>
  )
}
