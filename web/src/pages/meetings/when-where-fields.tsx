import { isDate, isTime, normalizeTime } from '../../board-labels'
import { TextField } from '../../components/form'
import type { FormErrors } from '../../components/use-form-submit'
import { normalizeDate } from '../../labels'

export interface WhenWhere {
  meetsOn: string
  startsAt: string
  place: string
}

export const emptyWhenWhere = (): WhenWhere => ({ meetsOn: '', startsAt: '', place: '' })

/** The element ids of the fields, by the API's field names. */
export const whenWhereTargets = (prefix: string) => ({
  meetsOn: `${prefix}-datum`,
  startsAt: `${prefix}-tid`,
  place: `${prefix}-plats`,
})

/** Date and time as the API wants them (2026-02-02, 09:00), from what was typed. */
export function normalizeWhenWhere(v: WhenWhere): WhenWhere {
  return {
    meetsOn: normalizeDate(v.meetsOn),
    startsAt: normalizeTime(v.startsAt),
    place: v.place.trim(),
  }
}

/** The same checks as the API's (services/meetings/meeting-fields.ts), so all show at once. */
export function checkWhenWhere(v: WhenWhere): FormErrors {
  const e: FormErrors = {}
  if (!isDate(v.meetsOn)) e.meetsOn = 'Ange datum för sammanträdet (ÅÅÅÅ-MM-DD).'
  if (!isTime(v.startsAt)) e.startsAt = 'Ange starttid som TT:MM, t.ex. 09:00.'
  if (!v.place) e.place = 'Ange plats.'
  return e
}

/** Datum, Starttid, Plats: a meeting's or a plan date's when and where. */
export function WhenWhereFields({
  prefix,
  values,
  errors,
  onChange,
}: {
  prefix: string
  values: WhenWhere
  errors: FormErrors
  onChange(v: WhenWhere): void
}) {
  const ids = whenWhereTargets(prefix)
  return (
    <div className="grid-4">
      <TextField
        id={ids.meetsOn}
        label="Datum"
        hint="ÅÅÅÅ-MM-DD"
        inputMode="numeric"
        value={values.meetsOn}
        error={errors.meetsOn}
        onChange={(e) => onChange({ ...values, meetsOn: e.target.value })}
      />
      <TextField
        id={ids.startsAt}
        label="Starttid"
        hint="TT:MM"
        inputMode="numeric"
        value={values.startsAt}
        error={errors.startsAt}
        onChange={(e) => onChange({ ...values, startsAt: e.target.value })}
      />
      <TextField
        id={ids.place}
        label="Plats"
        value={values.place}
        error={errors.place}
        onChange={(e) => onChange({ ...values, place: e.target.value })}
      />
    </div>
  )
}
