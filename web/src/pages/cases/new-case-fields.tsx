import type { ReactNode } from 'react'
import type { Series, StaffUser } from '../../api/types'
import { useApi } from '../../api/use-api'
import { SelectField, TextField } from '../../components/form'
import { useRegistry } from '../../registry'
import type { FormErrors, NewCaseValues } from './new-case-model'

/**
 * The fields of a new case: Diarieserie, Organ, Ärendemening, Handläggare and Klassificering,
 * with the ids the error summaries link to (see NEW_CASE_TARGET). Choosing a series proposes its
 * committee when no committee is chosen yet. Used by "Registrera handling" and "Skapa ärende".
 */
export function NewCaseFields({
  values,
  set,
  errors,
  afterTitle,
}: {
  values: NewCaseValues
  set<K extends keyof NewCaseValues>(key: K, value: NewCaseValues[K]): void
  errors: FormErrors
  /** Shown right below Ärendemening, e.g. the choice to protect it in the public view. */
  afterTitle?: ReactNode
}) {
  const registry = useRegistry()
  const series = useApi<{ series: Series[] }>('/api/series')
  const users = useApi<{ users: StaffUser[] }>('/api/users')
  const officers = (users.data?.users ?? []).filter(
    (u) =>
      u.active &&
      u.roles.some((r) => r === 'caseOfficer' || r === 'registrar' || r === 'secretary'),
  )
  return (
    <div className="grid-2">
      <SelectField
        id="diarieserie"
        label="Diarieserie"
        hint="Serien ger ärendets diarienummer."
        value={values.seriesPrefix}
        error={errors.seriesPrefix}
        onChange={(e) => {
          const prefix = e.target.value
          set('seriesPrefix', prefix)
          const s = series.data?.series.find((x) => x.prefix === prefix)
          if (s?.committeeId && !values.committeeId) set('committeeId', s.committeeId)
        }}
      >
        <option value="">Välj diarieserie</option>
        {(series.data?.series ?? []).map((s) => (
          <option key={s.prefix} value={s.prefix}>
            {s.prefix} – {s.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="organ"
        label="Organ"
        optional
        value={values.committeeId}
        error={errors.committeeId}
        onChange={(e) => set('committeeId', e.target.value)}
      >
        <option value="">Inget organ</option>
        {(registry?.committees ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <div className="span-2">
        <TextField
          id="arendemening"
          label="Ärendemening"
          hint="Ärendets rubrik, så som den ska stå i diariet."
          value={values.title}
          error={errors.title}
          onChange={(e) => set('title', e.target.value)}
          maxLength={500}
        />
        {afterTitle}
      </div>
      <SelectField
        id="handlaggare"
        label="Handläggare"
        optional
        value={values.caseOfficerId}
        error={errors.caseOfficerId}
        onChange={(e) => set('caseOfficerId', e.target.value)}
      >
        <option value="">Ingen handläggare ännu</option>
        {officers.map((u) => (
          <option key={u.id} value={u.id}>
            {u.displayName}
            {u.title ? `, ${u.title}` : ''}
          </option>
        ))}
      </SelectField>
      <TextField
        id="klassificering"
        label="Klassificering"
        optional
        hint="Kod i klassificeringsstrukturen, t.ex. 2.4.1."
        value={values.classificationCode}
        error={errors.classificationCode}
        onChange={(e) => set('classificationCode', e.target.value)}
        maxLength={30}
      />
    </div>
  )
}
