import { useState } from 'react'
import { api } from '../../../api/client'
import type { Conduct, ConductCreated, Dissent } from '../../../api/conduct-types'
import { ActionMessage, useAction } from '../../../components/action-message'
import { FormCard } from '../../../components/form-card'
import { Checkbox, FieldErrorText, TextArea } from '../../../components/form'
import { useFormSubmit, type FormErrors } from '../../../components/use-form-submit'
import { joinSwedish } from '../../../board-labels'
import { formatDateTime } from '../../../labels'
import { servingOf, type ItemContext } from './item-context'

const names = (d: Dissent) => joinSwedish(d.members.map((m) => m.displayName ?? ''))

/**
 * Reservationer: announced at the meeting by members who took part in the decision (KL 4 kap.
 * 27 §); the written grounds may come until the time set for attestation.
 */
export function DissentsSection({ ctx }: { ctx: ItemContext }) {
  const dissents = ctx.entry.dissents
  const open = ctx.meeting.status === 'open'
  const may = ctx.manage && (open || ctx.meeting.status === 'closed')
  if (!ctx.entry.decision && dissents.length === 0) return null
  return (
    <section className="section" aria-labelledby="reservationer">
      <h2 id="reservationer">Reservationer</h2>
      {dissents.length === 0 ? (
        <p className="muted">Ingen har reserverat sig mot beslutet.</p>
      ) : (
        <ul className="plain-list dissent-list">
          {dissents.map((d) => (
            <DissentRow key={d.id} ctx={ctx} dissent={d} editable={may} />
          ))}
        </ul>
      )}
      {ctx.live && ctx.entry.decision && <NewDissentForm ctx={ctx} />}
    </section>
  )
}

function DissentRow({
  ctx,
  dissent,
  editable,
}: {
  ctx: ItemContext
  dissent: Dissent
  editable: boolean
}) {
  const [grounds, setGrounds] = useState(dissent.grounds ?? '')
  const action = useAction()
  const base = `/api/meetings/${ctx.meeting.id}/agenda/${ctx.item.id}/dissents/${dissent.id}`
  const save = async () => {
    const c = await action.run(
      () =>
        api<Conduct>(`${base}/grounds`, {
          method: 'PUT',
          json: { grounds: grounds.trim() || null },
        }),
      'Motiveringen är sparad.',
    )
    if (c) ctx.setConduct(c)
  }
  const withdraw = async () => {
    const c = await action.run(
      () => api<Conduct>(base, { method: 'DELETE' }),
      `Reservationen från ${names(dissent)} är borttagen.`,
    )
    if (c) ctx.setConduct(c)
  }
  return (
    <li className="card">
      <p>
        <strong>{names(dissent)}</strong> reserverar sig mot beslutet.
      </p>
      {dissent.grounds && (
        <>
          <p className="label label--small">Motivering</p>
          <p className="decision-text">{dissent.grounds}</p>
        </>
      )}
      {dissent.groundsUpdatedAt && (
        <p className="muted small">
          Motiveringen lämnad {formatDateTime(dissent.groundsUpdatedAt)}.
        </p>
      )}
      {editable && (
        <div className="dissent-edit">
          <TextArea
            id={`motivering-${dissent.id}`}
            label="Skriftlig motivering"
            optional
            hint="Tas emot fram till justeringen."
            rows={3}
            maxLength={20000}
            value={grounds}
            onChange={(e) => setGrounds(e.target.value)}
          />
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={save}
              disabled={action.busy}
            >
              Spara motiveringen
            </button>
            <button type="button" className="link-button" onClick={withdraw} disabled={action.busy}>
              Reservationen tas tillbaka
            </button>
          </div>
          <ActionMessage result={action.result} />
        </div>
      )}
    </li>
  )
}

const TARGETS = { membershipIds: 'reservation-ledamoter', grounds: 'reservation-motivering' }

function NewDissentForm({ ctx }: { ctx: ItemContext }) {
  const serving = servingOf(ctx)
  const [who, setWho] = useState<Set<string>>(new Set())
  const [grounds, setGrounds] = useState('')
  const f = useFormSubmit(TARGETS, 'Reservationen kunde inte registreras.')
  const onSubmit = async () => {
    const local: FormErrors = {}
    if (who.size === 0) local.membershipIds = 'Välj vem som reserverar sig.'
    const r = await f.submit(
      local,
      () =>
        api<ConductCreated>(`/api/meetings/${ctx.meeting.id}/agenda/${ctx.item.id}/dissents`, {
          json: { membershipIds: [...who], grounds: grounds.trim() || null },
        }),
      () =>
        `Reservationen från ${joinSwedish(
          serving.filter((s) => who.has(s.id)).map((s) => s.name),
        )} är registrerad.`,
    )
    if (r) {
      setWho(new Set())
      setGrounds('')
      ctx.setConduct(r.conduct)
    }
  }
  return (
    <FormCard
      id="ny-reservation"
      title="Anmäl reservation"
      errorTitle="Reservationen kunde inte registreras"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Registrera reservationen"
      intro={
        <p className="hint">
          Reservationen anmäls innan sammanträdet avslutas. Den som avstod från att rösta kan inte
          reservera sig.
        </p>
      }
    >
      <fieldset
        className={`fieldset field${f.errors.membershipIds ? ' field--error' : ''}`}
        id={TARGETS.membershipIds}
        tabIndex={-1}
      >
        <legend className="label">Reserverar sig</legend>
        {f.errors.membershipIds && (
          <FieldErrorText id="reservation-ledamoter-error" message={f.errors.membershipIds} />
        )}
        <div className="choices choices--inline">
          {serving.map((s) => (
            <Checkbox
              key={s.id}
              id={`reservation-${s.id}`}
              label={s.name}
              checked={who.has(s.id)}
              onChange={(on) =>
                setWho((x) => {
                  const next = new Set(x)
                  if (on) next.add(s.id)
                  else next.delete(s.id)
                  return next
                })
              }
            />
          ))}
        </div>
      </fieldset>
      <TextArea
        id={TARGETS.grounds}
        label="Skriftlig motivering"
        optional
        hint="Kan också lämnas senare, fram till justeringen."
        rows={3}
        maxLength={20000}
        value={grounds}
        error={f.errors.grounds}
        onChange={(e) => setGrounds(e.target.value)}
      />
    </FormCard>
  )
}
