import { useState } from 'react'
import { Link } from 'react-router'
import { api } from '../../api/client'
import type { Meeting } from '../../api/board-types'
import { isDate, isTime, normalizeTime } from '../../board-labels'
import { ActionMessage, useAction } from '../../components/action-message'
import { FormCard } from '../../components/form-card'
import { TextArea, TextField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'
import { normalizeDate, swedishToday } from '../../labels'

/** A step was taken: the meeting as it is now, and what to tell the user. */
type OnChanged = (m: Meeting, said: string) => void

/**
 * What the secretary does next with the meeting: notice, open, close, or cancel it. The form
 * of a step goes away once it is taken, so the result is announced here, in a live region that
 * stays on the page.
 */
export function MeetingStatusActions({
  meeting,
  onChanged,
}: {
  meeting: Meeting
  onChanged(m: Meeting): void
}) {
  const [said, setSaid] = useState<string | null>(null)
  const changed: OnChanged = (m, text) => {
    setSaid(text)
    onChanged(m)
  }
  const s = meeting.status
  const done = s === 'attested' || s === 'cancelled' || s === 'closed'
  return (
    <>
      <div role="status" aria-live="polite">
        {said && <p className="notice notice--success">{said}</p>}
      </div>
      {!done && <NextSteps meeting={meeting} onChanged={changed} />}
    </>
  )
}

function NextSteps({ meeting, onChanged }: { meeting: Meeting; onChanged: OnChanged }) {
  const s = meeting.status
  return (
    <section className="section" aria-labelledby="nasta-steg">
      <h2 id="nasta-steg">Nästa steg</h2>
      <div className="stack">
        {s === 'planned' && <NoticeForm meeting={meeting} onChanged={onChanged} />}
        {s === 'noticeSent' && <OpenMeeting meeting={meeting} onChanged={onChanged} />}
        {s === 'open' && <CloseForm meeting={meeting} onChanged={onChanged} />}
        {(s === 'planned' || s === 'noticeSent') && (
          <CancelForm meeting={meeting} onChanged={onChanged} />
        )}
      </div>
    </section>
  )
}

const NOTICE_TARGETS = { sentOn: 'kallelse-skickad' }

function NoticeForm({ meeting, onChanged }: { meeting: Meeting; onChanged: OnChanged }) {
  const [sentOn, setSentOn] = useState(swedishToday())
  const f = useFormSubmit(NOTICE_TARGETS, 'Kallelsen kunde inte skickas.')
  const day = normalizeDate(sentOn)
  const late = isDate(day) && day > meeting.notice.deadline
  const onSubmit = async () => {
    const local: FormErrors = {}
    if (!isDate(day)) local.sentOn = 'Ange kallelsens datum (ÅÅÅÅ-MM-DD).'
    const m = await f.submit(
      local,
      () => api<Meeting>(`/api/meetings/${meeting.id}/notice`, { json: { sentOn: day } }),
      () => '',
    )
    if (m)
      onChanged(
        m,
        m.notice.late
          ? `Kallelsen är skickad ${m.notice.sentOn}, ${m.notice.daysLate} dagar för sent.`
          : `Kallelsen är skickad ${m.notice.sentOn}.`,
      )
  }
  return (
    <FormCard
      id="skicka-kallelse"
      title="Skicka kallelsen"
      errorTitle="Kallelsen kunde inte skickas"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Skicka kallelsen"
      busyLabel="Skickar kallelsen…"
      intro={
        <p>
          Kallelsen ska skickas senast <strong>{meeting.notice.deadline}</strong>. Den går till
          ledamöterna, och för kännedom till ersättarna, som läser den under Mina sammanträden.
          Granska den först under Kallelse nedan.
        </p>
      }
    >
      <TextField
        id={NOTICE_TARGETS.sentOn}
        label="Datum på kallelsen"
        hint="ÅÅÅÅ-MM-DD. Ändra bara om kallelsen redan gått ut på annat sätt."
        inputMode="numeric"
        className="input--short"
        value={sentOn}
        error={f.errors.sentOn}
        onChange={(e) => setSentOn(e.target.value)}
      />
      <div aria-live="polite">
        {late && (
          <p id="kallelse-sen" className="notice notice--warning">
            Kallelsen är sen: sista dagen var {meeting.notice.deadline}. Den skickas ändå, och det
            antecknas att den skickades för sent.
          </p>
        )}
      </div>
    </FormCard>
  )
}

function OpenMeeting({ meeting, onChanged }: { meeting: Meeting; onChanged: OnChanged }) {
  const action = useAction()
  const open = async () => {
    const m = await action.run(
      () => api<Meeting>(`/api/meetings/${meeting.id}/open`, { method: 'POST' }),
      '',
    )
    if (m) onChanged(m, 'Sammanträdet är öppnat. Gör uppropet.')
  }
  return (
    <div className="card">
      <h3>Sammanträdet</h3>
      <p>
        När ordföranden öppnar sammanträdet blir punkter som läggs till tillägg vid sammanträdet.
      </p>
      <button type="button" className="button" onClick={open} disabled={action.busy}>
        Öppna sammanträdet
      </button>
      <ActionMessage result={action.result?.kind === 'error' ? action.result : null} />
    </div>
  )
}

const CLOSE_TARGETS = { endsAt: 'sluttid' }

function CloseForm({ meeting, onChanged }: { meeting: Meeting; onChanged: OnChanged }) {
  const [endsAt, setEndsAt] = useState('')
  const f = useFormSubmit(CLOSE_TARGETS, 'Sammanträdet kunde inte avslutas.')
  const onSubmit = async () => {
    const t = normalizeTime(endsAt)
    const local: FormErrors = {}
    if (t && !isTime(t)) local.endsAt = 'Ange sluttid som TT:MM, t.ex. 10:15.'
    const m = await f.submit(
      local,
      () => api<Meeting>(`/api/meetings/${meeting.id}/close`, { json: { endsAt: t || null } }),
      () => '',
    )
    if (m) onChanged(m, `Sammanträdet är avslutat${m.sections ? ` med ${m.sections}` : ''}.`)
  }
  return (
    <FormCard
      id="avsluta"
      title="Avsluta sammanträdet"
      errorTitle="Sammanträdet kunde inte avslutas"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Avsluta sammanträdet"
      intro={
        <p>
          Sammanträdet pågår.{' '}
          <Link to={`/sammantraden/${meeting.id}/upprop`}>Upprop och närvaro</Link> och besluten per
          punkt registreras under sammanträdet. När det avslutas får punkterna sina paragrafnummer
          och kan inte längre ändras.
        </p>
      }
    >
      <TextField
        id={CLOSE_TARGETS.endsAt}
        label="Sluttid"
        optional
        hint="TT:MM"
        inputMode="numeric"
        className="input--short"
        value={endsAt}
        error={f.errors.endsAt}
        onChange={(e) => setEndsAt(e.target.value)}
      />
    </FormCard>
  )
}

const CANCEL_TARGETS = { reason: 'installt-skal' }

function CancelForm({ meeting, onChanged }: { meeting: Meeting; onChanged: OnChanged }) {
  const [reason, setReason] = useState('')
  const f = useFormSubmit(CANCEL_TARGETS, 'Sammanträdet kunde inte ställas in.')
  const onSubmit = async () => {
    const local: FormErrors = {}
    if (!reason.trim()) local.reason = 'Ange varför sammanträdet ställs in.'
    const m = await f.submit(
      local,
      () => api<Meeting>(`/api/meetings/${meeting.id}/cancel`, { json: { reason: reason.trim() } }),
      () => '',
    )
    if (m) onChanged(m, 'Sammanträdet är inställt.')
  }
  return (
    <details className="disclosure">
      <summary>Ställ in sammanträdet</summary>
      <FormCard
        id="stall-in"
        title="Ställ in sammanträdet"
        errorTitle="Sammanträdet kunde inte ställas in"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Ställ in sammanträdet"
      >
        <TextArea
          id={CANCEL_TARGETS.reason}
          label="Skäl"
          rows={2}
          maxLength={500}
          value={reason}
          error={f.errors.reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormCard>
    </details>
  )
}
