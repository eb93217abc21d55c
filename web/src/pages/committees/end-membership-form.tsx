import { useState } from 'react'
import { api } from '../../api/client'
import type { Membership } from '../../api/board-types'
import { isDate } from '../../board-labels'
import { FormCard } from '../../components/form-card'
import { SelectField, TextField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'
import { normalizeDate } from '../../labels'

const TARGETS = { membershipId: 'avsluta-uppdrag', endsOn: 'avsluta-datum' }

/** Avsluta uppdrag: a seat ends before its term (entledigande); earlier meetings keep it. */
export function EndMembershipForm({
  memberships,
  onChanged,
}: {
  memberships: Membership[]
  onChanged(): void
}) {
  const [membershipId, setMembershipId] = useState('')
  const [endsOn, setEndsOn] = useState('')
  const f = useFormSubmit(TARGETS, 'Uppdraget kunde inte avslutas.')
  const chosen = memberships.find((m) => m.id === membershipId)

  const onSubmit = async () => {
    const day = normalizeDate(endsOn)
    const local: FormErrors = {}
    if (!chosen) local.membershipId = 'Välj uppdraget som ska avslutas.'
    if (!isDate(day)) local.endsOn = 'Ange sista dagen (ÅÅÅÅ-MM-DD).'
    const done = await f.submit(
      local,
      () => api(`/api/memberships/${membershipId}/end`, { json: { endsOn: day } }),
      () => `Uppdraget för ${chosen?.displayName ?? ''} slutar ${day}.`,
    )
    if (done) {
      setMembershipId('')
      setEndsOn('')
      onChanged()
    }
  }

  return (
    <FormCard
      id="avsluta-uppdrag-rubrik"
      title="Avsluta uppdrag"
      errorTitle="Uppdraget kunde inte avslutas"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Avsluta uppdraget"
    >
      <div className="grid-2">
        <SelectField
          id={TARGETS.membershipId}
          label="Uppdrag"
          value={membershipId}
          error={f.errors.membershipId}
          onChange={(e) => setMembershipId(e.target.value)}
        >
          <option value="">Välj…</option>
          {memberships.map((m) => (
            <option key={m.id} value={m.id}>
              {m.displayName}, {m.roleLabel}
            </option>
          ))}
        </SelectField>
        <TextField
          id={TARGETS.endsOn}
          label="Sista dag i uppdraget"
          hint="ÅÅÅÅ-MM-DD"
          inputMode="numeric"
          className="input--short"
          value={endsOn}
          error={f.errors.endsOn}
          onChange={(e) => setEndsOn(e.target.value)}
        />
      </div>
    </FormCard>
  )
}
