import { useState } from 'react'
import { api } from '../../api/client'
import type { Term } from '../../api/board-types'
import { useApi } from '../../api/use-api'
import { isDate } from '../../board-labels'
import { DataTable } from '../../components/data-table'
import { FormCard } from '../../components/form-card'
import { TextField } from '../../components/form'
import { LoadError, Loading } from '../../components/page'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'
import { normalizeDate } from '../../labels'

const TARGETS = { name: 'period-namn', startsOn: 'period-start', endsOn: 'period-slut' }

/** Mandatperioder: the terms of office; only secretaries and administrators see and add them. */
export function TermsSection({ manage }: { manage: boolean }) {
  const terms = useApi<{ terms: Term[] }>(manage ? '/api/terms' : null)
  if (!manage) return null
  return (
    <section className="section" aria-labelledby="mandatperioder">
      <h2 id="mandatperioder">Mandatperioder</h2>
      {terms.error ? (
        <LoadError message={terms.error.message} onRetry={terms.reload} />
      ) : !terms.data ? (
        <Loading />
      ) : terms.data.terms.length === 0 ? (
        <p className="muted">
          Ingen mandatperiod är upplagd. Lägg upp en innan du lägger in ledamöter.
        </p>
      ) : (
        <DataTable
          caption="Mandatperioder"
          rows={terms.data.terms}
          rowKey={(t) => t.id}
          columns={[
            { header: 'Mandatperiod', rowHeader: true, cell: (t) => t.name },
            { header: 'Från och med', className: 'nowrap', cell: (t) => t.startsOn },
            { header: 'Till och med', className: 'nowrap', cell: (t) => t.endsOn },
          ]}
        />
      )}
      <NewTermForm onCreated={terms.reload} />
    </section>
  )
}

function NewTermForm({ onCreated }: { onCreated(): void }) {
  const [form, setForm] = useState({ name: '', startsOn: '', endsOn: '' })
  const f = useFormSubmit(TARGETS, 'Mandatperioden kunde inte läggas upp.')

  const onSubmit = async () => {
    const body = {
      name: form.name.trim(),
      startsOn: normalizeDate(form.startsOn),
      endsOn: normalizeDate(form.endsOn),
    }
    const local: FormErrors = {}
    if (!body.name) local.name = 'Ange mandatperiodens namn, t.ex. 2023–2026.'
    if (!isDate(body.startsOn)) local.startsOn = 'Ange första dagen (ÅÅÅÅ-MM-DD).'
    if (!isDate(body.endsOn)) local.endsOn = 'Ange sista dagen (ÅÅÅÅ-MM-DD).'
    const created = await f.submit(
      local,
      () => api<Term>('/api/terms', { json: body }),
      (t) => `Mandatperioden ${t.name} är upplagd.`,
    )
    if (created) {
      setForm({ name: '', startsOn: '', endsOn: '' })
      onCreated()
    }
  }

  return (
    <FormCard
      id="ny-mandatperiod"
      title="Lägg upp mandatperiod"
      errorTitle="Mandatperioden kunde inte läggas upp"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Lägg upp mandatperiod"
    >
      <div className="grid-4">
        <TextField
          id={TARGETS.name}
          label="Namn"
          hint="T.ex. 2023–2026"
          value={form.name}
          error={f.errors.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
        <TextField
          id={TARGETS.startsOn}
          label="Från och med"
          hint="ÅÅÅÅ-MM-DD"
          inputMode="numeric"
          value={form.startsOn}
          error={f.errors.startsOn}
          onChange={(e) => setForm({ ...form, startsOn: e.target.value })}
        />
        <TextField
          id={TARGETS.endsOn}
          label="Till och med"
          hint="ÅÅÅÅ-MM-DD"
          inputMode="numeric"
          value={form.endsOn}
          error={f.errors.endsOn}
          onChange={(e) => setForm({ ...form, endsOn: e.target.value })}
        />
      </div>
    </FormCard>
  )
}
