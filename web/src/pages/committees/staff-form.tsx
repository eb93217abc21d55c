import { useState } from 'react'
import { api } from '../../api/client'
import type { StaffFunction } from '../../api/board-types'
import type { StaffUser } from '../../api/types'
import { useApi } from '../../api/use-api'
import { STAFF_FUNCTION_LABEL } from '../../board-labels'
import { FormCard } from '../../components/form-card'
import { RadioGroup, SelectField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'

const TARGETS = { userId: 'tjansteperson', function: 'tjansteperson-funktion-secretary' }

/** Lägg till tjänsteperson: the committee's secretary, or an official who attends meetings. */
export function StaffForm({ committeeId, onChanged }: { committeeId: string; onChanged(): void }) {
  const users = useApi<{ users: StaffUser[] }>('/api/users')
  const [userId, setUserId] = useState('')
  const [fn, setFn] = useState<StaffFunction>('secretary')
  const f = useFormSubmit(TARGETS, 'Tjänstepersonen kunde inte läggas till.')
  const staff = users.data?.users.filter((u) => u.active && !u.roles.every((r) => r === 'member'))

  const onSubmit = async () => {
    const local: FormErrors = {}
    if (!userId) local.userId = 'Välj användaren.'
    const name = staff?.find((u) => u.id === userId)?.displayName ?? ''
    const done = await f.submit(
      local,
      () => api(`/api/committees/${committeeId}/staff`, { json: { userId, function: fn } }),
      () => `${name} är tillagd som ${STAFF_FUNCTION_LABEL[fn].toLowerCase()}.`,
    )
    if (done) {
      setUserId('')
      onChanged()
    }
  }

  return (
    <FormCard
      id="ny-tjansteperson"
      title="Lägg till tjänsteperson"
      errorTitle="Tjänstepersonen kunde inte läggas till"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Lägg till tjänsteperson"
    >
      <SelectField
        id={TARGETS.userId}
        label="Användare"
        value={userId}
        error={f.errors.userId}
        onChange={(e) => setUserId(e.target.value)}
      >
        <option value="">Välj…</option>
        {staff?.map((u) => (
          <option key={u.id} value={u.id}>
            {u.displayName}
            {u.title ? `, ${u.title}` : ''}
          </option>
        ))}
      </SelectField>
      <RadioGroup<StaffFunction>
        name="tjansteperson-funktion"
        legend="Funktion"
        inline
        value={fn}
        error={f.errors.function}
        onChange={setFn}
        options={[
          { value: 'secretary', label: STAFF_FUNCTION_LABEL.secretary },
          { value: 'official', label: STAFF_FUNCTION_LABEL.official },
        ]}
      />
    </FormCard>
  )
}
