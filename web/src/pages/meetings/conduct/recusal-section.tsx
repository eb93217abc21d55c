import { useState } from 'react'
import { api } from '../../../api/client'
import type { AgendaItem, Attendance, Meeting } from '../../../api/board-types'
import { ActionMessage, useAction } from '../../../components/action-message'
import { FormCard } from '../../../components/form-card'
import { SelectField, TextField } from '../../../components/form'
import { useFormSubmit, type FormErrors } from '../../../components/use-form-submit'

const TARGETS = { membershipId: 'jav-person', ground: 'jav-skal' }

/** Jäv: who may not take part in the item (KL 6 kap. 28 §); a substitute serves instead. */
export function RecusalSection({
  meeting,
  item,
  attendance,
  manage,
  onChanged,
}: {
  meeting: Meeting
  item: AgendaItem
  attendance: Attendance
  manage: boolean
  onChanged(a: Attendance): void
}) {
  const recused = attendance.items.find((i) => i.itemId === item.id)?.recused ?? []
  const may = manage && ['planned', 'noticeSent', 'open'].includes(meeting.status)
  const action = useAction()
  const [membershipId, setMembershipId] = useState('')
  const [ground, setGround] = useState('')
  const f = useFormSubmit(TARGETS, 'Jävet kunde inte registreras.')
  const candidates = attendance.people.filter(
    (p) => !recused.some((r) => r.membershipId === p.membershipId),
  )
  const base = `/api/meetings/${meeting.id}/agenda/${item.id}/recusals`

  const onSubmit = async () => {
    const local: FormErrors = {}
    if (!membershipId) local.membershipId = 'Välj den som är jävig.'
    const name = attendance.people.find((p) => p.membershipId === membershipId)?.displayName
    const r = await f.submit(
      local,
      () => api<Attendance>(base, { json: { membershipId, ground: ground.trim() || null } }),
      () => `${name} är jävig och deltar inte i punkten.`,
    )
    if (r) {
      setMembershipId('')
      setGround('')
      onChanged(r)
    }
  }
  const remove = async (id: string, name: string | null) => {
    const r = await action.run(
      () => api<Attendance>(`${base}/${id}`, { method: 'DELETE' }),
      `Jävet för ${name ?? ''} är borttaget.`,
    )
    if (r) onChanged(r)
  }

  return (
    <section className="section" aria-labelledby="jav">
      <h2 id="jav">Jäv</h2>
      {recused.length === 0 ? (
        <p className="muted">Ingen har anmält jäv i punkten.</p>
      ) : (
        <ul className="plain-list recusal-list">
          {recused.map((r) => (
            <li key={r.membershipId}>
              <strong>{r.displayName}</strong> deltar inte i handläggningen
              {r.ground ? ` (${r.ground})` : ''}.{' '}
              {may && meeting.status === 'open' && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => remove(r.membershipId, r.displayName)}
                  disabled={action.busy}
                >
                  Ta bort jävet<span className="visually-hidden"> för {r.displayName}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ActionMessage result={action.result} />
      {may && (
        <FormCard
          id="nytt-jav"
          title="Anmäl jäv"
          errorTitle="Jävet kunde inte registreras"
          form={f}
          onSubmit={onSubmit}
          submitLabel="Registrera jäv"
        >
          <div className="grid-2">
            <SelectField
              id={TARGETS.membershipId}
              label="Jävig ledamot eller ersättare"
              value={membershipId}
              error={f.errors.membershipId}
              onChange={(e) => setMembershipId(e.target.value)}
            >
              <option value="">Välj…</option>
              {candidates.map((p) => (
                <option key={p.membershipId} value={p.membershipId}>
                  {p.displayName}, {p.roleLabel}
                </option>
              ))}
            </SelectField>
            <TextField
              id={TARGETS.ground}
              label="Skäl"
              optional
              hint="T.ex. ”Styrelseledamot i bolaget”."
              maxLength={500}
              value={ground}
              error={f.errors.ground}
              onChange={(e) => setGround(e.target.value)}
            />
          </div>
        </FormCard>
      )}
    </section>
  )
}
