import { useMemo, useState } from 'react'
import { api } from '../../../api/client'
import type { Meeting } from '../../../api/board-types'
import type { Motion } from '../../../api/conduct-types'
import { FormCard } from '../../../components/form-card'
import { RadioGroup, TextArea } from '../../../components/form'
import { useFormSubmit, type FormErrors } from '../../../components/use-form-submit'
import { motionName, standingMotions, type ItemContext } from './item-context'

/** The winner of the item's last decision vote, if it was between two motions. */
function lastVoteWinner(ctx: ItemContext): string | null {
  const votes = ctx.entry.votes.filter((v) => v.kind === 'decision')
  const last = votes[votes.length - 1]
  if (!last) return null
  return last.outcome === 'ja' ? last.jaMotionId : last.nejMotionId
}

/**
 * Beslut: the decision on the item while the meeting is open. With motions, the chair's
 * proposition order (propositionsordning, set with move buttons) and the motion adopted, which
 * after a vote is its winner; the text defaults to that motion's. Without quorum the form says
 * why and sends nothing (the API refuses it too: KL 6 kap. 27 §).
 */
export function DecisionForm({ ctx }: { ctx: ItemContext }) {
  const decision = ctx.entry.decision
  const motions = standingMotions(ctx)
  const [order, setOrder] = useState<string[]>(() => {
    const saved = decision?.propositionOrder ?? []
    return saved.length ? saved : motions.map((m) => m.id)
  })
  const [adopted, setAdopted] = useState<string>(
    decision?.adoptedMotionId ??
      lastVoteWinner(ctx) ??
      (motions.length === 1 ? motions[0]!.id : ''),
  )
  const [text, setText] = useState(decision?.text ?? '')
  const firstId = motions[0]?.id
  const targets = useMemo(
    () => ({
      propositionOrder: 'proposition-lista',
      adoptedMotionId: `bifallet-${firstId}`,
      text: 'beslut-text',
    }),
    [firstId],
  )
  const f = useFormSubmit(targets, 'Beslutet kunde inte sparas.')
  // Motions made after the order was first set go last.
  const ordered = [
    ...order.map((id) => motions.find((m) => m.id === id)).filter((m): m is Motion => !!m),
    ...motions.filter((m) => !order.includes(m.id)),
  ]

  if (!ctx.live) {
    return (
      <section className="section" aria-labelledby="beslut">
        <h2 id="beslut">Beslut</h2>
        {decision ? (
          <p className="decision-text">{decision.text}</p>
        ) : (
          <p className="muted">Inget beslut är registrerat.</p>
        )}
      </section>
    )
  }
  const blocked = !ctx.conduct.attendance.rollCallTaken
    ? 'Gör uppropet innan beslut registreras.'
    : !ctx.attendance?.quorum
      ? 'Organet är inte beslutsfört vid punkten. Beslut kan inte fattas förrän mer än hälften av ledamöterna tjänstgör (kommunallagen 6 kap. 27 §).'
      : null

  const move = (index: number, by: -1 | 1) => {
    const ids = ordered.map((m) => m.id)
    const [moved] = ids.splice(index, 1)
    ids.splice(index + by, 0, moved!)
    setOrder(ids)
    window.requestAnimationFrame(() =>
      document.getElementById(`proposition-${moved}-${by < 0 ? 'upp' : 'ned'}`)?.focus(),
    )
  }

  const onSubmit = async () => {
    if (blocked) return
    const local: FormErrors = {}
    if (motions.length > 1 && !adopted) local.adoptedMotionId = 'Välj vilket förslag som bifölls.'
    if (motions.length === 0 && !text.trim()) local.text = 'Skriv beslutet.'
    const body =
      motions.length === 0
        ? { text: text.trim() }
        : {
            text: text.trim() || null,
            propositionOrder: ordered.map((m) => m.id),
            adoptedMotionId: adopted || null,
          }
    const m = await f.submit(
      local,
      () =>
        api<Meeting>(`/api/meetings/${ctx.meeting.id}/agenda/${ctx.item.id}/decision`, {
          method: 'PUT',
          json: body,
        }),
      () => 'Beslutet är sparat.',
    )
    if (m) ctx.setMeeting(m)
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
        submitLabel={decision ? 'Spara ändrat beslut' : 'Spara beslutet'}
        disabled={!!blocked}
        intro={blocked ? <p className="notice notice--error">{blocked}</p> : undefined}
      >
        {ordered.length > 1 && (
          <div className="field" id={targets.propositionOrder} tabIndex={-1}>
            <p className="label" id="proposition-rubrik">
              Propositionsordning
            </p>
            <p className="hint">I den ordning ordföranden ställde förslagen under proposition.</p>
            <ol className="proposition-list" aria-labelledby="proposition-rubrik">
              {ordered.map((m, i) => (
                <li key={m.id}>
                  <span>{motionName(m)}</span>
                  <span className="proposition-list__buttons">
                    <button
                      type="button"
                      id={`proposition-${m.id}-upp`}
                      className="button button--secondary button--small"
                      aria-label={`Flytta upp ${motionName(m)} i propositionsordningen`}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      Flytta upp
                    </button>
                    <button
                      type="button"
                      id={`proposition-${m.id}-ned`}
                      className="button button--secondary button--small"
                      aria-label={`Flytta ned ${motionName(m)} i propositionsordningen`}
                      disabled={i === ordered.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      Flytta ned
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          </div>
        )}
        {motions.length > 0 && (
          <RadioGroup
            name="bifallet"
            legend="Bifallet förslag"
            hint={lastVoteWinner(ctx) ? 'Efter omröstningen: det förslag som vann.' : undefined}
            value={adopted}
            error={f.errors.adoptedMotionId}
            onChange={setAdopted}
            options={ordered.map((m) => ({ value: m.id, label: `${motionName(m)}: ${m.text}` }))}
          />
        )}
        <TextArea
          id={targets.text}
          label="Beslutet"
          optional={motions.length > 0}
          hint={
            motions.length > 0
              ? 'Det bifallna förslagets text används om du lämnar tomt.'
              : 'Som det ska stå i protokollet, t.ex. ”Kommunstyrelsen beslutar att anta riktlinjerna.”'
          }
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
