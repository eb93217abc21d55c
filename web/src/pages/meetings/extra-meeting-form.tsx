import { useState } from 'react'
import { useNavigate } from 'react-router'
import { api } from '../../api/client'
import type { Meeting } from '../../api/board-types'
import { FormCard } from '../../components/form-card'
import { SelectField } from '../../components/form'
import { useFormSubmit } from '../../components/use-form-submit'
import { useRegistry } from '../../registry'
import {
  checkWhenWhere,
  emptyWhenWhere,
  normalizeWhenWhere,
  whenWhereTargets,
  WhenWhereFields,
} from './when-where-fields'

const TARGETS = { committeeId: 'extra-organ', ...whenWhereTargets('extra') }

/** Planera sammanträde: an extra meeting, outside the year's plan; opens its page when made. */
export function ExtraMeetingForm({
  headingId,
  committeeId,
}: {
  headingId: string
  committeeId: string
}) {
  const registry = useRegistry()
  const navigate = useNavigate()
  const [organ, setOrgan] = useState(committeeId)
  const [when, setWhen] = useState(emptyWhenWhere)
  const f = useFormSubmit(TARGETS, 'Sammanträdet kunde inte planeras.')

  const onSubmit = async () => {
    const v = normalizeWhenWhere(when)
    const local = checkWhenWhere(v)
    if (!organ) local.committeeId = 'Välj organ.'
    const m = await f.submit(
      local,
      () => api<Meeting>('/api/meetings', { json: { committeeId: organ, ...v } }),
      (x) => `Sammanträdet ${x.meetsOn} är planerat.`,
    )
    if (m) await navigate(`/sammantraden/${m.id}`)
  }

  return (
    <FormCard
      id={headingId}
      headingLevel={2}
      title="Planera extra sammanträde"
      errorTitle="Sammanträdet kunde inte planeras"
      intro={
        <p className="hint">
          Sammanträden enligt årets plan skapas från organets sammanträdesplan.
        </p>
      }
      form={f}
      onSubmit={onSubmit}
      submitLabel="Planera sammanträdet"
    >
      <SelectField
        id={TARGETS.committeeId}
        label="Organ"
        value={organ}
        error={f.errors.committeeId}
        onChange={(e) => setOrgan(e.target.value)}
      >
        <option value="">Välj…</option>
        {registry?.committees.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <WhenWhereFields prefix="extra" values={when} errors={f.errors} onChange={setWhen} />
    </FormCard>
  )
}
