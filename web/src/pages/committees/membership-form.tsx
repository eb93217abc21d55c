import { useState } from 'react'
import { api } from '../../api/client'
import type { MembershipRole, Person, Term } from '../../api/board-types'
import type { StaffUser } from '../../api/types'
import { useApi } from '../../api/use-api'
import { isDate, ROLE_LABEL } from '../../board-labels'
import { FormCard } from '../../components/form-card'
import { RadioGroup, SelectField, TextField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'
import { normalizeDate, swedishToday } from '../../labels'

const TARGETS = {
  personId: 'uppdrag-person',
  name: 'uppdrag-namn',
  userId: 'uppdrag-konto',
  party: 'uppdrag-parti',
  role: 'uppdrag-roll-chair',
  termId: 'uppdrag-period',
  order: 'uppdrag-ordning',
  startsOn: 'uppdrag-start',
  endsOn: 'uppdrag-slut',
}

type Who = 'new' | 'existing'
const ROLES: MembershipRole[] = ['chair', 'viceChair', 'member', 'substitute']

interface Values {
  who: Who
  personId: string
  name: string
  userId: string
  party: string
  role: MembershipRole
  termId: string
  order: string
  startsOn: string
  endsOn: string
}

const empty = (termId = ''): Values => ({
  who: 'new',
  personId: '',
  name: '',
  userId: '',
  party: '',
  role: 'member',
  termId,
  order: '',
  startsOn: '',
  endsOn: '',
})

function check(v: Values): FormErrors {
  const e: FormErrors = {}
  if (v.who === 'existing' && !v.personId) e.personId = 'Välj personen.'
  if (v.who === 'new' && !v.name.trim()) e.name = 'Ange namnet på ledamoten eller ersättaren.'
  if (!v.party.trim()) e.party = 'Ange partiets förkortning, t.ex. S eller KD.'
  if (!v.termId) e.termId = 'Välj mandatperiod.'
  if (v.order && !/^\d+$/.test(v.order.trim())) e.order = 'Ange ett heltal, 1 eller högre.'
  for (const k of ['startsOn', 'endsOn'] as const) {
    if (v[k].trim() && !isDate(normalizeDate(v[k]))) e[k] = 'Ange ett datum (ÅÅÅÅ-MM-DD).'
  }
  return e
}

/** Lägg till ledamot eller ersättare: a seat for a new or known person within a term. */
export function MembershipForm({
  committeeId,
  onChanged,
}: {
  committeeId: string
  onChanged(): void
}) {
  const terms = useApi<{ terms: Term[] }>('/api/terms')
  const people = useApi<{ people: Person[] }>('/api/people')
  const users = useApi<{ users: StaffUser[] }>('/api/users')
  const today = swedishToday()
  const current = terms.data?.terms.find((t) => t.startsOn <= today && today <= t.endsOn)
  const [v, setV] = useState<Values>(empty())
  const termId = v.termId || current?.id || ''
  const f = useFormSubmit(TARGETS, 'Uppdraget kunde inte läggas till.')
  const set = <K extends keyof Values>(k: K, value: Values[K]) =>
    setV((x) => ({ ...x, [k]: value }))

  const onSubmit = async () => {
    const values = { ...v, termId }
    const body = {
      termId,
      ...(v.who === 'existing'
        ? { personId: v.personId }
        : { name: v.name.trim(), userId: v.userId || null }),
      party: v.party.trim(),
      role: v.role,
      order: v.order.trim() ? Number(v.order) : null,
      startsOn: v.startsOn.trim() ? normalizeDate(v.startsOn) : null,
      endsOn: v.endsOn.trim() ? normalizeDate(v.endsOn) : null,
    }
    const name =
      v.who === 'existing'
        ? (people.data?.people.find((p) => p.id === v.personId)?.name ?? '')
        : v.name.trim()
    const done = await f.submit(
      check(values),
      () => api(`/api/committees/${committeeId}/members`, { json: body }),
      () => `${name} (${v.party.trim()}) är tillagd som ${ROLE_LABEL[v.role].toLowerCase()}.`,
    )
    if (done) {
      setV(empty(termId))
      onChanged()
      people.reload()
    }
  }

  return (
    <FormCard
      id="nytt-uppdrag"
      title="Lägg till ledamot eller ersättare"
      errorTitle="Uppdraget kunde inte läggas till"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Lägg till"
    >
      <RadioGroup
        name="uppdrag-vem"
        legend="Personen"
        inline
        value={v.who}
        onChange={(x) => set('who', x)}
        options={[
          { value: 'new', label: 'Ny person' },
          { value: 'existing', label: 'Finns redan i Kansli' },
        ]}
      />
      {v.who === 'existing' ? (
        <SelectField
          id={TARGETS.personId}
          label="Välj person"
          value={v.personId}
          error={f.errors.personId}
          onChange={(e) => set('personId', e.target.value)}
        >
          <option value="">Välj…</option>
          {people.data?.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <div className="grid-2">
          <TextField
            id={TARGETS.name}
            label="Namn"
            autoComplete="off"
            value={v.name}
            error={f.errors.name}
            onChange={(e) => set('name', e.target.value)}
          />
          <SelectField
            id={TARGETS.userId}
            label="Användarkonto"
            optional
            hint="Kopplas kontot ser personen sina sammanträden när hen loggar in."
            value={v.userId}
            error={f.errors.userId}
            onChange={(e) => set('userId', e.target.value)}
          >
            <option value="">Inget konto</option>
            {users.data?.users
              .filter((u) => u.active)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.displayName} ({u.username})
                </option>
              ))}
          </SelectField>
        </div>
      )}
      <div className="grid-2">
        <TextField
          id={TARGETS.party}
          label="Parti"
          hint="Förkortning, t.ex. S, M, KD"
          className="input--short"
          autoComplete="off"
          value={v.party}
          error={f.errors.party}
          onChange={(e) => set('party', e.target.value)}
        />
        <SelectField
          id={TARGETS.termId}
          label="Mandatperiod"
          value={termId}
          error={f.errors.termId}
          onChange={(e) => set('termId', e.target.value)}
        >
          <option value="">Välj…</option>
          {terms.data?.terms.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.startsOn} – {t.endsOn})
            </option>
          ))}
        </SelectField>
      </div>
      <RadioGroup
        name="uppdrag-roll"
        legend="Roll"
        inline
        value={v.role}
        error={f.errors.role}
        onChange={(x) => set('role', x)}
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
      />
      <div className="grid-4">
        <TextField
          id={TARGETS.order}
          label={v.role === 'substitute' ? 'Plats i tjänstgöringsordningen' : 'Plats i listan'}
          optional
          hint="Sist om du lämnar tomt."
          inputMode="numeric"
          value={v.order}
          error={f.errors.order}
          onChange={(e) => set('order', e.target.value)}
        />
        <TextField
          id={TARGETS.startsOn}
          label="Från och med"
          optional
          hint="ÅÅÅÅ-MM-DD; periodens början om tomt."
          inputMode="numeric"
          value={v.startsOn}
          error={f.errors.startsOn}
          onChange={(e) => set('startsOn', e.target.value)}
        />
        <TextField
          id={TARGETS.endsOn}
          label="Till och med"
          optional
          hint="ÅÅÅÅ-MM-DD; periodens slut om tomt."
          inputMode="numeric"
          value={v.endsOn}
          error={f.errors.endsOn}
          onChange={(e) => set('endsOn', e.target.value)}
        />
      </div>
    </FormCard>
  )
}
