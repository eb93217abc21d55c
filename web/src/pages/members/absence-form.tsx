import { useState } from 'react'
import { api } from '../../api/client'
import type { MyMeetingDetail } from '../../api/member-types'
import { ActionMessage, useAction } from '../../components/action-message'
import { FormCard } from '../../components/form-card'
import { TextArea } from '../../components/form'
import { useFormSubmit } from '../../components/use-form-submit'
import { formatDateTime } from '../../labels'

const TARGETS = { note: 'forhinder-meddelande' }

/**
 * Anmäl förhinder: before the meeting, so that the secretary can call in the right substitute.
 * Reporting again replaces the note; it can be taken back.
 */
export function AbsenceForm({
  meeting,
  onChanged,
}: {
  meeting: MyMeetingDetail
  onChanged(m: MyMeetingDetail): void
}) {
  const [note, setNote] = useState(meeting.absence?.note ?? '')
  const f = useFormSubmit(TARGETS, 'Förhindret kunde inte anmälas.')
  const withdraw = useAction()
  const before = meeting.status === 'planned' || meeting.status === 'noticeSent'
  if (!before && !meeting.absence) return null
  const base = `/api/me/meetings/${meeting.id}/absence`

  const onSubmit = async () => {
    const m = await f.submit(
      {},
      () => api<MyMeetingDetail>(base, { json: { note: note.trim() || null } }),
      () => 'Ditt förhinder är anmält. Sekreteraren kallar in en ersättare.',
    )
    if (m) onChanged(m)
  }
  const takeBack = async () => {
    const m = await withdraw.run(
      () => api<MyMeetingDetail>(base, { method: 'DELETE' }),
      'Förhindret är borttaget. Du är kallad som vanligt.',
    )
    if (m) onChanged(m)
  }

  return (
    <section className="section" aria-labelledby="forhinder">
      <h2 id="forhinder">Förhinder</h2>
      {meeting.absence && (
        <p className="notice notice--info">
          Du anmälde förhinder {formatDateTime(meeting.absence.reportedAt)}
          {meeting.absence.note ? `: ”${meeting.absence.note}”` : ''}.
        </p>
      )}
      {before && meeting.absence && (
        <button
          type="button"
          className="button button--secondary"
          onClick={takeBack}
          disabled={withdraw.busy}
        >
          Ta tillbaka förhindret
        </button>
      )}
      <ActionMessage result={withdraw.result} />
      {before && (
        <FormCard
          id="anmal-forhinder"
          title={meeting.absence ? 'Ändra meddelandet' : 'Anmäl förhinder'}
          errorTitle="Förhindret kunde inte anmälas"
          form={f}
          onSubmit={onSubmit}
          submitLabel={meeting.absence ? 'Spara meddelandet' : 'Anmäl förhinder'}
          intro={
            <p className="hint">Anmäl så tidigt du kan, så att en ersättare hinner kallas in.</p>
          }
        >
          <TextArea
            id={TARGETS.note}
            label="Meddelande till sekreteraren"
            optional
            rows={2}
            maxLength={500}
            value={note}
            error={f.errors.note}
            onChange={(e) => setNote(e.target.value)}
          />
        </FormCard>
      )}
    </section>
  )
}
