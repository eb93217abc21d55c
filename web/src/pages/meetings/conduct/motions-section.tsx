import { useState } from 'react'
import { api } from '../../../api/client'
import type { Conduct, ConductCreated, Motion } from '../../../api/conduct-types'
import { ActionMessage, useAction } from '../../../components/action-message'
import { FormCard } from '../../../components/form-card'
import { Checkbox, RadioGroup, SelectField, TextArea, TextField } from '../../../components/form'
import { useFormSubmit, type FormErrors } from '../../../components/use-form-submit'
import { motionName, servingOf, type ItemContext } from './item-context'

const TARGETS = {
  source: 'yrkande-kalla-papers',
  membershipId: 'yrkande-ledamot',
  label: 'yrkande-benamning',
  text: 'yrkande-text',
  supportedBy: 'yrkande-bifall',
}

/** Yrkanden: the proposal in the papers and the members' motions, in the order made. */
export function MotionsSection({ ctx }: { ctx: ItemContext }) {
  const action = useAction()
  const motions = ctx.entry.motions
  const withdraw = async (m: Motion) => {
    const c = await action.run(
      () =>
        api<Conduct>(
          `/api/meetings/${ctx.meeting.id}/agenda/${ctx.item.id}/motions/${m.id}/withdraw`,
          { method: 'POST' },
        ),
      `Yrkandet från ${motionName(m)} är återtaget.`,
    )
    if (c) ctx.setConduct(c)
  }
  return (
    <section className="section" aria-labelledby="yrkanden">
      <h2 id="yrkanden">Yrkanden</h2>
      {motions.length === 0 ? (
        <p className="muted">Inga yrkanden är registrerade.</p>
      ) : (
        <ol className="motion-list">
          {motions.map((m) => (
            <li key={m.id} className={m.withdrawn ? 'motion motion--withdrawn' : 'motion'}>
              <p className="motion__by">
                <strong>{motionName(m)}</strong>
                {m.withdrawn && <span className="badge badge--meeting-cancelled">Återtaget</span>}
              </p>
              <p className="motion__text">{m.text}</p>
              {m.supportedBy.length > 0 && (
                <p className="muted small">Bifall: {m.supportedBy.filter(Boolean).join(', ')}</p>
              )}
              {ctx.live && m.source === 'member' && !m.withdrawn && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => withdraw(m)}
                  disabled={action.busy}
                >
                  Yrkandet återtas<span className="visually-hidden">: {motionName(m)}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <ActionMessage result={action.result} />
      {ctx.live && <MotionForm ctx={ctx} />}
    </section>
  )
}

function MotionForm({ ctx }: { ctx: ItemContext }) {
  const serving = servingOf(ctx)
  const [source, setSource] = useState<'papers' | 'member'>(
    ctx.entry.motions.some((m) => m.source === 'papers') ? 'member' : 'papers',
  )
  const [membershipId, setMembershipId] = useState('')
  const [label, setLabel] = useState('')
  const [text, setText] = useState('')
  const [support, setSupport] = useState<Set<string>>(new Set())
  const f = useFormSubmit(TARGETS, 'Yrkandet kunde inte registreras.')

  const onSubmit = async () => {
    const local: FormErrors = {}
    if (source === 'member' && !membershipId) local.membershipId = 'Ange vem som yrkar.'
    if (!text.trim()) local.text = 'Skriv yrkandet.'
    const body = {
      source,
      membershipId: source === 'member' ? membershipId : null,
      label: source === 'papers' ? label.trim() || null : null,
      text: text.trim(),
      supportedBy: [...support].filter((id) => id !== membershipId),
    }
    const r = await f.submit(
      local,
      () =>
        api<ConductCreated>(`/api/meetings/${ctx.meeting.id}/agenda/${ctx.item.id}/motions`, {
          json: body,
        }),
      (x) => {
        const m = x.conduct.items
          .find((i) => i.itemId === ctx.item.id)
          ?.motions.find((y) => y.id === x.id)
        return `Yrkande ${m?.position ?? ''} är registrerat: ${m ? motionName(m) : ''}.`
      },
    )
    if (r) {
      setText('')
      setLabel('')
      setMembershipId('')
      setSupport(new Set())
      setSource('member')
      ctx.setConduct(r.conduct)
    }
  }

  return (
    <FormCard
      id="nytt-yrkande"
      title="Registrera yrkande"
      errorTitle="Yrkandet kunde inte registreras"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Registrera yrkandet"
    >
      <RadioGroup<'papers' | 'member'>
        name="yrkande-kalla"
        legend="Vems förslag?"
        inline
        value={source}
        onChange={setSource}
        options={[
          { value: 'papers', label: 'Förslaget i handlingarna' },
          { value: 'member', label: 'Yrkande av ledamot' },
        ]}
      />
      {source === 'member' ? (
        <SelectField
          id={TARGETS.membershipId}
          label="Yrkande ledamot"
          value={membershipId}
          error={f.errors.membershipId}
          onChange={(e) => setMembershipId(e.target.value)}
        >
          <option value="">Välj…</option>
          {serving.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <TextField
          id={TARGETS.label}
          label="Benämning"
          optional
          hint="T.ex. ”Kommunledningskontorets förslag”. ”Förslag till beslut” om tomt."
          maxLength={200}
          value={label}
          error={f.errors.label}
          onChange={(e) => setLabel(e.target.value)}
        />
      )}
      <TextArea
        id={TARGETS.text}
        label={source === 'member' ? 'Yrkandet' : 'Förslaget'}
        hint={
          source === 'member' ? 'T.ex. ”Ärendet återremitteras för vidare utredning.”' : undefined
        }
        rows={3}
        maxLength={10000}
        value={text}
        error={f.errors.text}
        onChange={(e) => setText(e.target.value)}
      />
      {serving.length > 0 && (
        <fieldset className="fieldset" id={TARGETS.supportedBy} tabIndex={-1}>
          <legend className="label">
            Yrkar bifall <span className="optional">(valfritt)</span>
          </legend>
          {f.errors.supportedBy && <p className="field-error">{f.errors.supportedBy}</p>}
          <div className="choices choices--inline">
            {serving
              .filter((s) => s.id !== membershipId)
              .map((s) => (
                <Checkbox
                  key={s.id}
                  id={`bifall-${s.id}`}
                  label={s.name}
                  checked={support.has(s.id)}
                  onChange={(on) =>
                    setSupport((x) => {
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
      )}
    </FormCard>
  )
}
