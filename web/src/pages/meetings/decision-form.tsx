import { useState } from 'react'
import { api } from '../../api/client'
import type { AgendaItem, Meeting } from '../../api/board-types'
import { FormCard } from '../../components/form-card'
import { TextArea } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'

const TARGETS = { text: 'beslut-text' }

/**
 * Beslut: the decision on the item, while the meeting is open. Without quorum the form says so
 * and sends nothing (the API refuses it too: KL 6 kap. 27 §).
 */
export function DecisionForm({
  meeting,
  item,
  quorum,
  rollCallTaken,
  manage,
  onChanged,
}: {
  meeting: Meeting
  item: AgendaItem
  quorum: boolean
  rollCallTaken: boolean
  manage: boolean
  onChanged(m: Meeting): void
}) {
  const [text, setText] = useState(item.decision ?? '')
  const f = useFormSubmit(TARGETS, 'Beslutet kunde inte sparas.')
  const open = meeting.status === 'open'

  if (!manage || !open) {
    return (
      <section className="section" aria-labelledby="beslut">
        <h2 id="beslut">Beslut</h2>
        {item.decision ? (
          <p className="decision-text">{item.decision}</p>
        ) : (
          <p className="muted">Inget beslut är registrerat.</p>
        )}
      </section>
    )
  }
  const blocked = !rollCallTaken
    ? 'Gör uppropet innan beslut registreras.'
    : !quorum
      ? 'Organet är inte beslutsfört vid punkten. Beslut kan inte fattas förrän mer än hälften av ledamöterna tjänstgör (kommunallagen 6 kap. 27 §).'
      : null

  const onSubmit = async () => {
    if (blocked) return
    const local: FormErrors = {}
    if (!text.trim()) local.text = 'Skriv beslutet.'
    const m = await f.submit(
      local,
      () =>
        api<Meeting>(`/api/meetings/${meeting.id}/agenda/${item.id}/decision`, {
          method: 'PUT',
          json: { text: text.trim() },
        }),
      () => 'Beslutet är sparat.',
    )
    if (m) onChanged(m)
  }

  return (
    <div className="section">
      <FormCard
        id="beslut"
        headingLevel={2}
        title="Beslut"
        errorTitle="Beslutet kunde inte sparas"
        form={f}
        onSubmit={onSubmit}
        submitLabel={item.decision ? 'Spara ändrat beslut' : 'Spara beslutet'}
        disabled={!!blocked}
        intro={
          blocked ? (
            <p className="notice notice--error" id="beslut-sparrat">
              {blocked}
            </p>
          ) : undefined
        }
      >
        <TextArea
          id={TARGETS.text}
          label="Beslutet"
          hint="Som det ska stå i protokollet, t.ex. ”Kommunstyrelsen beslutar att anta riktlinjerna.”"
          rows={4}
          maxLength={20000}
          value={text}
          error={f.errors.text}
          onChange={(e) => setText(e.target.value)}
        />
      </FormCard>
    </div>
  )
}
