import { useEffect, useRef, useState, type FormEvent } from 'react'
import { api } from '../../api/client'
import type { AgendaItem } from '../../api/board-types'
import { ErrorSummary } from '../../components/error-summary'
import { Checkbox, TextField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'

/** Ändra punkt: its heading, who presents it, and whether it gets a § number. */
export function AgendaItemEdit({
  meetingId,
  item,
  onCancel,
  onSaved,
}: {
  meetingId: string
  item: AgendaItem
  onCancel(): void
  onSaved(item: AgendaItem, text: string): void
}) {
  const prefix = `punkt-${item.id}`
  const targets = useRef({ title: `${prefix}-titel`, presenter: `${prefix}-foredragande` }).current
  const [title, setTitle] = useState(item.title)
  const [presenter, setPresenter] = useState(item.presenter ?? '')
  const [numbered, setNumbered] = useState(item.numbered)
  const f = useFormSubmit(targets, 'Punkten kunde inte ändras.')

  useEffect(() => {
    document.getElementById(targets.title)?.focus()
  }, [targets.title])

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const local: FormErrors = {}
    if (!title.trim()) local.title = 'Ange rubrik.'
    const saved = await f.submit(
      local,
      () =>
        api<AgendaItem>(`/api/meetings/${meetingId}/agenda/${item.id}`, {
          method: 'PATCH',
          json: { title: title.trim(), presenter: presenter.trim() || null, numbered },
        }),
      () => 'Punkten är ändrad.',
    )
    if (saved) onSaved(saved, `Punkt ${saved.number} är ändrad.`)
  }

  return (
    <form
      className="agenda-item__edit"
      onSubmit={onSubmit}
      noValidate
      aria-label={`Ändra punkt ${item.number}`}
    >
      <ErrorSummary
        title="Punkten kunde inte ändras"
        errors={f.summary}
        focusKey={f.attempt}
        headingId={`${prefix}-fel`}
      />
      <TextField
        id={targets.title}
        label="Rubrik"
        value={title}
        maxLength={500}
        error={f.errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextField
        id={targets.presenter}
        label="Föredragande"
        optional
        value={presenter}
        maxLength={300}
        error={f.errors.presenter}
        onChange={(e) => setPresenter(e.target.value)}
      />
      <Checkbox
        id={`${prefix}-paragraf`}
        label="Punkten får en paragraf i protokollet"
        checked={numbered}
        onChange={setNumbered}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={f.busy}>
          Spara ändringen
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Avbryt
        </button>
      </div>
    </form>
  )
}
