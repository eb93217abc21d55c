import { useState } from 'react'
import { api } from '../../../api/client'
import type { Conduct, ConductCreated, MinutesNote } from '../../../api/conduct-types'
import { ActionMessage, useAction } from '../../../components/action-message'
import { FormCard } from '../../../components/form-card'
import { SelectField, TextArea } from '../../../components/form'
import { useFormSubmit, type FormErrors } from '../../../components/use-form-submit'
import type { ItemContext } from './item-context'

const TARGETS = { membershipId: 'anteckning-ledamot', text: 'anteckning-text' }

/** Protokollsanteckningar: a member's note for the minutes, which the meeting allows. */
export function NotesSection({ ctx }: { ctx: ItemContext }) {
  const action = useAction()
  const notes = ctx.entry.notes
  const may = ctx.manage && ['open', 'closed'].includes(ctx.meeting.status)
  const remove = async (n: MinutesNote) => {
    const c = await action.run(
      () =>
        api<Conduct>(`/api/meetings/${ctx.meeting.id}/agenda/${ctx.item.id}/notes/${n.id}`, {
          method: 'DELETE',
        }),
      `Protokollsanteckningen från ${n.by ?? ''} är borttagen.`,
    )
    if (c) ctx.setConduct(c)
  }
  if (!ctx.live && notes.length === 0) return null
  return (
    <section className="section" aria-labelledby="anteckningar">
      <h2 id="anteckningar">Protokollsanteckningar</h2>
      {notes.length === 0 ? (
        <p className="muted">Inga protokollsanteckningar.</p>
      ) : (
        <ul className="plain-list note-list">
          {notes.map((n) => (
            <li key={n.id} className="card">
              <p>
                <strong>{n.by}</strong> lämnar följande protokollsanteckning:
              </p>
              <p className="decision-text">{n.text}</p>
              {may && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => remove(n)}
                  disabled={action.busy}
                >
                  Ta bort protokollsanteckningen
                  <span className="visually-hidden"> från {n.by}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ActionMessage result={action.result} />
      {ctx.live && <NoteForm ctx={ctx} />}
    </section>
  )
}

function NoteForm({ ctx }: { ctx: ItemContext }) {
  const present = ctx.conduct.attendance.people
  const [membershipId, setMembershipId] = useState('')
  const [text, setText] = useState('')
  const f = useFormSubmit(TARGETS, 'Protokollsanteckningen kunde inte registreras.')
  const onSubmit = async () => {
    const local: FormErrors = {}
    if (!membershipId) local.membershipId = 'Välj vem som lämnar anteckningen.'
    if (!text.trim()) local.text = 'Skriv protokollsanteckningen.'
    const who = present.find((p) => p.membershipId === membershipId)?.displayName
    const r = await f.submit(
      local,
      () =>
        api<ConductCreated>(`/api/meetings/${ctx.meeting.id}/agenda/${ctx.item.id}/notes`, {
          json: { membershipId, text: text.trim() },
        }),
      () => `Protokollsanteckningen från ${who} är registrerad.`,
    )
    if (r) {
      setMembershipId('')
      setText('')
      ctx.setConduct(r.conduct)
    }
  }
  return (
    <FormCard
      id="ny-anteckning"
      title="Lägg till protokollsanteckning"
      errorTitle="Protokollsanteckningen kunde inte registreras"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Lägg till"
    >
      <SelectField
        id={TARGETS.membershipId}
        label="Lämnas av"
        value={membershipId}
        error={f.errors.membershipId}
        onChange={(e) => setMembershipId(e.target.value)}
      >
        <option value="">Välj…</option>
        {present.map((p) => (
          <option key={p.membershipId} value={p.membershipId}>
            {p.displayName}
          </option>
        ))}
      </SelectField>
      <TextArea
        id={TARGETS.text}
        label="Anteckningen"
        rows={3}
        maxLength={20000}
        value={text}
        error={f.errors.text}
        onChange={(e) => setText(e.target.value)}
      />
    </FormCard>
  )
}
