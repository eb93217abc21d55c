import { useState } from 'react'
import { api } from '../../api/client'
import type { AgendaItem, Attendance } from '../../api/board-types'
import { FormCard } from '../../components/form-card'
import { RadioGroup, SelectField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'

const TARGETS = {
  kind: 'rorelse-typ-arrival',
  membershipId: 'rorelse-person',
  itemId: 'rorelse-punkt',
}

/** Ankomst eller avgång: someone arrives from an item on, or leaves after one. */
export function MovementForm({
  meetingId,
  attendance,
  agenda,
  onChanged,
}: {
  meetingId: string
  attendance: Attendance
  agenda: AgendaItem[]
  onChanged(a: Attendance): void
}) {
  const [kind, setKind] = useState<'arrival' | 'departure'>('arrival')
  const [membershipId, setMembershipId] = useState('')
  const [itemId, setItemId] = useState('')
  const f = useFormSubmit(TARGETS, 'Närvaron kunde inte ändras.')

  const onSubmit = async () => {
    const local: FormErrors = {}
    if (!membershipId) local.membershipId = 'Välj person.'
    if (!itemId) local.itemId = 'Välj punkt.'
    const person = attendance.people.find((p) => p.membershipId === membershipId)
    const item = agenda.find((i) => i.id === itemId)
    const r = await f.submit(
      local,
      () =>
        api<Attendance>(
          `/api/meetings/${meetingId}/${kind === 'arrival' ? 'arrivals' : 'departures'}`,
          { json: { membershipId, itemId } },
        ),
      () =>
        kind === 'arrival'
          ? `${person?.displayName} deltar från och med punkt ${item?.number}.`
          : `${person?.displayName} lämnade efter punkt ${item?.number}.`,
    )
    if (r) {
      setMembershipId('')
      setItemId('')
      onChanged(r)
    }
  }

  return (
    <div className="section">
      <FormCard
        id="ankomst-avgang"
        headingLevel={2}
        title="Ankomst och avgång"
        errorTitle="Närvaron kunde inte ändras"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Registrera"
      >
        <RadioGroup<'arrival' | 'departure'>
          name="rorelse-typ"
          legend="Vad hände?"
          inline
          value={kind}
          onChange={setKind}
          options={[
            { value: 'arrival', label: 'Kom till sammanträdet' },
            { value: 'departure', label: 'Lämnade sammanträdet' },
          ]}
        />
        <div className="grid-2">
          <SelectField
            id={TARGETS.membershipId}
            label="Person"
            value={membershipId}
            error={f.errors.membershipId}
            onChange={(e) => setMembershipId(e.target.value)}
          >
            <option value="">Välj…</option>
            {attendance.people.map((p) => (
              <option key={p.membershipId} value={p.membershipId}>
                {p.displayName}, {p.roleLabel}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={TARGETS.itemId}
            label={kind === 'arrival' ? 'Deltar från och med punkt' : 'Lämnade efter punkt'}
            value={itemId}
            error={f.errors.itemId}
            onChange={(e) => setItemId(e.target.value)}
          >
            <option value="">Välj…</option>
            {agenda.map((i) => (
              <option key={i.id} value={i.id}>
                {i.number}. {i.title}
              </option>
            ))}
          </SelectField>
        </div>
      </FormCard>
    </div>
  )
}
