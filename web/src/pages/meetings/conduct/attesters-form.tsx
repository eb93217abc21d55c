import { useState } from 'react'
import { api } from '../../../api/client'
import type { Conduct } from '../../../api/conduct-types'
import { isDate, isTime, normalizeTime } from '../../../board-labels'
import { FormCard } from '../../../components/form-card'
import { Checkbox, FieldErrorText, TextField } from '../../../components/form'
import { useFormSubmit, type FormErrors } from '../../../components/use-form-submit'
import { normalizeDate } from '../../../labels'
import { servingOf, type ItemContext } from './item-context'

const TARGETS = {
  attesterIds: 'justerare',
  place: 'justering-plats',
  dueAt: 'justering-datum',
  chairMembershipId: 'justerare',
}

const TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
})

/** Val av justerare: who attests with the chair, and where and when (within 14 days). */
export function AttestersForm({ ctx }: { ctx: ItemContext }) {
  const plan = ctx.conduct.attesters
  const chairId = plan?.chair.membershipId
  const candidates = servingOf(ctx).filter(
    (s) =>
      s.id !== chairId &&
      ctx.conduct.attendance.people.find((p) => p.membershipId === s.id)?.role !== 'chair',
  )
  const [chosen, setChosen] = useState<string[]>(plan?.attesters.map((a) => a.membershipId) ?? [])
  const [place, setPlace] = useState(plan?.place ?? '')
  const [date, setDate] = useState('')
  const [time, setTime] = useState('')
  const f = useFormSubmit(TARGETS, 'Justerarna kunde inte väljas.')

  const onSubmit = async () => {
    const local: FormErrors = {}
    if (chosen.length === 0) local.attesterIds = 'Välj minst en justerare.'
    const d = normalizeDate(date)
    const t = normalizeTime(time)
    if ((date || time) && (!isDate(d) || !isTime(t)))
      local.dueAt = 'Ange datum (ÅÅÅÅ-MM-DD) och tid (TT:MM) för justeringen.'
    const dueAt =
      date && time && isDate(d) && isTime(t) ? new Date(`${d}T${t}:00`).toISOString() : null
    const c = await f.submit(
      local,
      () =>
        api<Conduct>(`/api/meetings/${ctx.meeting.id}/attesters`, {
          method: 'PUT',
          json: { attesterIds: chosen, place: place.trim() || null, dueAt },
        }),
      (x) =>
        `Att jämte ordföranden justera protokollet utses ${x.attesters?.attesters
          .map((a) => a.displayName)
          .join(' och ')}.`,
    )
    if (c) ctx.setConduct(c)
  }

  return (
    <div className="section">
      {plan && (
        <div className="card">
          <p>
            Justerare: <strong>{plan.attesters.map((a) => a.displayName).join(', ')}</strong> jämte
            ordföranden {plan.chair.displayName}.{plan.place ? ` Plats: ${plan.place}.` : ''}
            {plan.dueAt ? ` Tid: ${TIME.format(new Date(plan.dueAt))}.` : ''}
          </p>
        </div>
      )}
      {ctx.live && (
        <FormCard
          id="val-av-justerare"
          headingLevel={2}
          title={plan ? 'Välj justerare på nytt' : 'Välj justerare'}
          errorTitle="Justerarna kunde inte väljas"
          form={f}
          onSubmit={onSubmit}
          submitLabel="Spara valet av justerare"
        >
          <fieldset
            className={`fieldset field${f.errors.attesterIds ? ' field--error' : ''}`}
            id={TARGETS.attesterIds}
            tabIndex={-1}
          >
            <legend className="label">Justerare jämte ordföranden</legend>
            {f.errors.attesterIds && (
              <FieldErrorText id="justerare-error" message={f.errors.attesterIds} />
            )}
            <div className="choices">
              {candidates.map((s) => (
                <Checkbox
                  key={s.id}
                  id={`justerare-${s.id}`}
                  label={s.name}
                  checked={chosen.includes(s.id)}
                  onChange={(on) =>
                    setChosen((x) => (on ? [...x, s.id] : x.filter((id) => id !== s.id)))
                  }
                />
              ))}
            </div>
          </fieldset>
          <div className="grid-4">
            <TextField
              id={TARGETS.place}
              label="Plats för justeringen"
              optional
              value={place}
              error={f.errors.place}
              onChange={(e) => setPlace(e.target.value)}
            />
            <TextField
              id={TARGETS.dueAt}
              label="Datum för justeringen"
              optional
              hint="ÅÅÅÅ-MM-DD, inom 14 dagar"
              inputMode="numeric"
              value={date}
              error={f.errors.dueAt}
              onChange={(e) => setDate(e.target.value)}
            />
            <TextField
              id="justering-tid"
              label="Tid"
              optional
              hint="TT:MM"
              inputMode="numeric"
              value={time}
              onChange={(e) => setTime(e.target.value)}
            />
          </div>
        </FormCard>
      )}
    </div>
  )
}
