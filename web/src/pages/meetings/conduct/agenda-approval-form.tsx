import { useState } from 'react'
import { api } from '../../../api/client'
import type { Conduct } from '../../../api/conduct-types'
import { FormCard } from '../../../components/form-card'
import { TextArea } from '../../../components/form'
import { useFormSubmit } from '../../../components/use-form-submit'
import type { ItemContext } from './item-context'

const TARGETS = { text: 'dagordning-text' }

/** Godkännande av ärendelistan: the meeting approves the agenda, with the additions named. */
export function AgendaApprovalForm({ ctx }: { ctx: ItemContext }) {
  const [text, setText] = useState('')
  const f = useFormSubmit(TARGETS, 'Dagordningen kunde inte fastställas.')
  const additions = ctx.meeting.agenda.filter((i) => i.addedAfterNotice || i.addedAtMeeting)
  if (!ctx.live) return null
  const onSubmit = async () => {
    const c = await f.submit(
      {},
      () =>
        api<Conduct>(`/api/meetings/${ctx.meeting.id}/agenda-approval`, {
          json: { text: text.trim() || null },
        }),
      () => 'Dagordningen är fastställd.',
    )
    if (c) ctx.setConduct(c)
  }
  return (
    <div className="section">
      <FormCard
        id="faststall-dagordning"
        headingLevel={2}
        title="Fastställ dagordningen"
        errorTitle="Dagordningen kunde inte fastställas"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Fastställ dagordningen"
        intro={
          <p>
            {additions.length === 0
              ? 'Ärendelistan har inga tillägg sedan kallelsen.'
              : `Tillägg sedan kallelsen: ${additions.map((i) => i.title).join('; ')}.`}
          </p>
        }
      >
        <TextArea
          id={TARGETS.text}
          label="Beslutstext"
          optional
          hint="Lämna tomt för standardtexten, som nämner tilläggen."
          rows={3}
          maxLength={20000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </FormCard>
    </div>
  )
}
