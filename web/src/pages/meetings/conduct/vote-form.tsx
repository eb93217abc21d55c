import { useState } from 'react'
import { api } from '../../../api/client'
import type { ConductCreated, VoteChoice } from '../../../api/conduct-types'
import { FormCard } from '../../../components/form-card'
import { FieldErrorText, RadioGroup, SelectField, TextField } from '../../../components/form'
import { useFormSubmit, type FormErrors } from '../../../components/use-form-submit'
import {
  motionName,
  servingOf,
  standingMotions,
  voteOutcomeText,
  type ItemContext,
} from './item-context'

const TARGETS = {
  kind: 'votering-typ-decision',
  jaMotionId: 'votering-ja',
  nejMotionId: 'votering-nej',
  jaLabel: 'votering-ja-text',
  nejLabel: 'votering-nej-text',
  ballots: 'votering-roster',
  chairMembershipId: 'votering-ordforande',
}

const CHOICES: { value: VoteChoice; label: string }[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'nej', label: 'Nej' },
  { value: 'avstår', label: 'Avstår' },
]

/**
 * Omröstning: an open vote by name. Each serving member has a row of radio buttons (ja, nej,
 * avstår), so the whole roll can be taken with the keyboard: Tab moves between members, the
 * arrow keys between the choices. Avstår is disabled when the item is myndighetsutövning.
 */
export function VoteForm({ ctx }: { ctx: ItemContext }) {
  const serving = servingOf(ctx)
  const motions = standingMotions(ctx)
  const noAbstain = ctx.entry.exerciseOfAuthority
  const [kind, setKind] = useState<'decision' | 'election'>('decision')
  // Until chosen: ja for the first standing motion, nej for the second (motions made after the
  // form appeared count too).
  const [jaChoice, setJa] = useState('')
  const [nejChoice, setNej] = useState('')
  const standing = (id: string) => motions.some((m) => m.id === id)
  const jaMotionId = standing(jaChoice) ? jaChoice : (motions[0]?.id ?? '')
  const nejMotionId = standing(nejChoice) ? nejChoice : (motions[1]?.id ?? '')
  const [jaLabel, setJaLabel] = useState('')
  const [nejLabel, setNejLabel] = useState('')
  const [chair, setChair] = useState('')
  const [ballots, setBallots] = useState<Record<string, VoteChoice>>({})
  const f = useFormSubmit(TARGETS, 'Omröstningen kunde inte registreras.')

  const onSubmit = async () => {
    const local: FormErrors = {}
    if (kind === 'decision') {
      if (!jaMotionId) local.jaMotionId = 'Välj förslaget som ja gäller.'
      if (!nejMotionId) local.nejMotionId = 'Välj förslaget som nej gäller.'
      else if (jaMotionId === nejMotionId)
        local.nejMotionId = 'Ja och nej måste gälla olika förslag.'
    } else {
      if (!jaLabel.trim()) local.jaLabel = 'Ange vad ja gäller.'
      if (!nejLabel.trim()) local.nejLabel = 'Ange vad nej gäller.'
    }
    const missing = serving.filter((s) => !ballots[s.id])
    if (missing.length > 0)
      local.ballots = `Röst saknas för ${missing.map((s) => s.name).join(', ')}.`
    const body = {
      kind,
      ...(kind === 'decision'
        ? { jaMotionId, nejMotionId }
        : { jaLabel: jaLabel.trim(), nejLabel: nejLabel.trim() }),
      ballots: serving.map((s) => ({ membershipId: s.id, choice: ballots[s.id] })),
      chairMembershipId: chair || null,
    }
    const r = await f.submit(
      local,
      () =>
        api<ConductCreated>(`/api/meetings/${ctx.meeting.id}/agenda/${ctx.item.id}/votes`, {
          json: body,
        }),
      (x) => {
        const v = x.conduct.items
          .find((i) => i.itemId === ctx.item.id)
          ?.votes.find((y) => y.id === x.id)
        return v
          ? `Omröstningen är registrerad. ${voteOutcomeText(v)}`
          : 'Omröstningen är registrerad.'
      },
    )
    if (r) {
      setBallots({})
      ctx.setConduct(r.conduct)
    }
  }

  return (
    <FormCard
      id="ny-votering"
      title="Omröstning"
      errorTitle="Omröstningen kunde inte registreras"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Registrera omröstningen"
      intro={
        noAbstain ? (
          <p className="notice notice--info" id="votering-myndighet">
            Punkten gäller myndighetsutövning: ingen får avstå från att rösta.
          </p>
        ) : undefined
      }
    >
      <RadioGroup<'decision' | 'election'>
        name="votering-typ"
        legend="Omröstningen gäller"
        inline
        value={kind}
        onChange={setKind}
        options={[
          { value: 'decision', label: 'Beslut mellan två förslag' },
          { value: 'election', label: 'Val' },
        ]}
      />
      {kind === 'decision' ? (
        <div className="grid-2">
          <SelectField
            id={TARGETS.jaMotionId}
            label="Ja för"
            value={jaMotionId}
            error={f.errors.jaMotionId}
            onChange={(e) => setJa(e.target.value)}
          >
            <option value="">Välj…</option>
            {motions.map((m) => (
              <option key={m.id} value={m.id}>
                {m.position}. {motionName(m)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={TARGETS.nejMotionId}
            label="Nej för"
            value={nejMotionId}
            error={f.errors.nejMotionId}
            onChange={(e) => setNej(e.target.value)}
          >
            <option value="">Välj…</option>
            {motions.map((m) => (
              <option key={m.id} value={m.id}>
                {m.position}. {motionName(m)}
              </option>
            ))}
          </SelectField>
        </div>
      ) : (
        <div className="grid-2">
          <TextField
            id={TARGETS.jaLabel}
            label="Ja betyder"
            hint="T.ex. kandidatens namn."
            value={jaLabel}
            error={f.errors.jaLabel}
            onChange={(e) => setJaLabel(e.target.value)}
          />
          <TextField
            id={TARGETS.nejLabel}
            label="Nej betyder"
            value={nejLabel}
            error={f.errors.nejLabel}
            onChange={(e) => setNejLabel(e.target.value)}
          />
        </div>
      )}

      <div
        className={`vote-roll field${f.errors.ballots ? ' field--error' : ''}`}
        id={TARGETS.ballots}
        tabIndex={-1}
        role="group"
        aria-labelledby="votering-roster-rubrik"
      >
        <p className="label" id="votering-roster-rubrik">
          Röster ({serving.length} tjänstgörande)
        </p>
        {f.errors.ballots && (
          <FieldErrorText id="votering-roster-error" message={f.errors.ballots} />
        )}
        {serving.map((s) => (
          <fieldset key={s.id} className="vote-row">
            <legend className="vote-row__name">
              {s.name}
              {s.servingFor && <span className="muted"> (för {s.servingFor})</span>}
            </legend>
            <div className="choices choices--inline">
              {CHOICES.map((c) => {
                const id = `rost-${s.id}-${c.value === 'avstår' ? 'avstar' : c.value}`
                const disabled = c.value === 'avstår' && noAbstain
                return (
                  <div className="choice" key={c.value}>
                    <input
                      type="radio"
                      id={id}
                      name={`rost-${s.id}`}
                      value={c.value}
                      checked={ballots[s.id] === c.value}
                      disabled={disabled}
                      aria-describedby={disabled ? 'votering-myndighet' : undefined}
                      onChange={() => setBallots((b) => ({ ...b, [s.id]: c.value }))}
                    />
                    <label htmlFor={id}>{c.label}</label>
                  </div>
                )
              })}
            </div>
          </fieldset>
        ))}
      </div>
      <SelectField
        id={TARGETS.chairMembershipId}
        label="Ordförande i punkten"
        optional
        hint="Behövs bara om varken ordföranden eller vice ordföranden tjänstgör. Ordföranden har utslagsröst vid lika röstetal."
        value={chair}
        error={f.errors.chairMembershipId}
        onChange={(e) => setChair(e.target.value)}
      >
        <option value="">Ordföranden</option>
        {serving.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
    </FormCard>
  )
}
