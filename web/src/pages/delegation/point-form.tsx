import { useState } from 'react'
import { api } from '../../api/client'
import type {
  DelegateType,
  DelegationPoint,
  DelegationVersionView,
} from '../../api/delegation-types'
import { FormCard } from '../../components/form-card'
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'
import { useRegistry } from '../../registry'

const TYPES: { value: DelegateType; label: string }[] = [
  { value: 'employee', label: 'Anställd (befattning)' },
  { value: 'subcommittee', label: 'Utskott' },
  { value: 'member', label: 'Ledamot' },
  { value: 'substitute', label: 'Ersättare' },
]

const TARGETS = {
  number: 'punkt-nummer',
  text: 'punkt-text',
  delegateType: 'punkt-delegat-employee',
  delegateTitle: 'punkt-befattning',
  delegateCommitteeId: 'punkt-utskott',
  limits: 'punkt-begransningar',
  amountLimitSek: 'punkt-belopp',
  legalReference: 'punkt-lagrum',
  comment: 'punkt-kommentar',
}

/**
 * A point of the draft scheme: number, what may be decided, the delegate (a position, an
 * utskott, a member or substitute: never a group, KL 6 kap. 37 §), limits and the law.
 */
export function PointForm({
  versionId,
  point,
  onSaved,
  onCancel,
}: {
  versionId: string
  point?: DelegationPoint
  onSaved(v: DelegationVersionView, said: string): void
  onCancel?(): void
}) {
  const registry = useRegistry()
  const [v, setV] = useState({
    number: point?.number ?? '',
    text: point?.text ?? '',
    delegateType: point?.delegateType ?? ('employee' as DelegateType),
    delegateTitle: point?.delegateTitle ?? '',
    delegateCommitteeId: point?.delegateCommitteeId ?? '',
    limits: point?.limits ?? '',
    amountLimitSek: point?.amountLimitSek?.toString() ?? '',
    legalReference: point?.legalReference ?? '',
    comment: point?.comment ?? '',
  })
  const set = (k: keyof typeof v, value: string) => setV((x) => ({ ...x, [k]: value }))
  const f = useFormSubmit(TARGETS, 'Punkten kunde inte sparas.')
  const subcommittees = registry?.committees.filter((c) => c.kind === 'subcommittee') ?? []

  const onSubmit = async () => {
    const local: FormErrors = {}
    if (!v.number.trim()) local.number = 'Ange punktens nummer, t.ex. 10.1.'
    if (!v.text.trim()) local.text = 'Ange vad som får beslutas.'
    if (v.delegateType === 'subcommittee' && !v.delegateCommitteeId)
      local.delegateCommitteeId = 'Välj utskottet.'
    if (v.delegateType !== 'subcommittee' && !v.delegateTitle.trim())
      local.delegateTitle = 'Ange delegatens befattning eller uppdrag.'
    if (v.amountLimitSek.trim() && !/^\d+$/.test(v.amountLimitSek.trim()))
      local.amountLimitSek = 'Ange beloppet i hela kronor.'
    const body = {
      number: v.number.trim(),
      text: v.text.trim(),
      delegateType: v.delegateType,
      delegateTitle: v.delegateType === 'subcommittee' ? null : v.delegateTitle.trim() || null,
      delegateCommitteeId: v.delegateType === 'subcommittee' ? v.delegateCommitteeId : null,
      limits: v.limits.trim() || null,
      amountLimitSek: v.amountLimitSek.trim() ? Number(v.amountLimitSek) : null,
      legalReference: v.legalReference.trim() || null,
      comment: v.comment.trim() || null,
    }
    const base = `/api/delegation/versions/${versionId}/points`
    const r = await f.submit(
      local,
      () =>
        api<DelegationVersionView>(point ? `${base}/${point.id}` : base, {
          method: point ? 'PUT' : 'POST',
          json: body,
        }),
      () => '',
    )
    if (r) {
      onSaved(r, `Punkt ${body.number} är sparad i utkastet.`)
      if (!point)
        setV((x) => ({ ...x, number: '', text: '', limits: '', amountLimitSek: '', comment: '' }))
    }
  }

  return (
    <FormCard
      id={point ? `andra-punkt-${point.id}` : 'ny-punkt'}
      title={point ? `Ändra punkt ${point.number}` : 'Lägg till punkt'}
      errorTitle="Punkten kunde inte sparas"
      form={f}
      onSubmit={onSubmit}
      submitLabel={point ? 'Spara punkten' : 'Lägg till punkten'}
    >
      <div className="grid-4">
        <TextField
          id={TARGETS.number}
          label="Nummer"
          hint="T.ex. 10.1"
          className="input--short"
          value={v.number}
          error={f.errors.number}
          onChange={(e) => set('number', e.target.value)}
        />
        <TextField
          id={TARGETS.legalReference}
          label="Lagrum"
          optional
          hint="T.ex. LOU"
          value={v.legalReference}
          error={f.errors.legalReference}
          onChange={(e) => set('legalReference', e.target.value)}
        />
      </div>
      <TextArea
        id={TARGETS.text}
        label="Ärende: vad delegaten får besluta"
        rows={2}
        value={v.text}
        error={f.errors.text}
        onChange={(e) => set('text', e.target.value)}
      />
      <RadioGroup<DelegateType>
        name="punkt-delegat"
        legend="Delegat"
        inline
        value={v.delegateType}
        error={f.errors.delegateType}
        onChange={(x) => set('delegateType', x)}
        options={TYPES}
      />
      {v.delegateType === 'subcommittee' ? (
        <SelectField
          id={TARGETS.delegateCommitteeId}
          label="Utskott"
          value={v.delegateCommitteeId}
          error={f.errors.delegateCommitteeId}
          onChange={(e) => set('delegateCommitteeId', e.target.value)}
        >
          <option value="">Välj…</option>
          {subcommittees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <TextField
          id={TARGETS.delegateTitle}
          label={v.delegateType === 'employee' ? 'Befattning' : 'Uppdrag'}
          hint={v.delegateType === 'employee' ? 'T.ex. Ekonomichef' : 'T.ex. Ordförande'}
          value={v.delegateTitle}
          error={f.errors.delegateTitle}
          onChange={(e) => set('delegateTitle', e.target.value)}
        />
      )}
      <div className="grid-2">
        <TextField
          id={TARGETS.limits}
          label="Begränsningar"
          optional
          value={v.limits}
          error={f.errors.limits}
          onChange={(e) => set('limits', e.target.value)}
        />
        <TextField
          id={TARGETS.amountLimitSek}
          label="Högsta belopp (kr)"
          optional
          inputMode="numeric"
          value={v.amountLimitSek}
          error={f.errors.amountLimitSek}
          onChange={(e) => set('amountLimitSek', e.target.value)}
        />
      </div>
      <TextField
        id={TARGETS.comment}
        label="Kommentar"
        optional
        value={v.comment}
        error={f.errors.comment}
        onChange={(e) => set('comment', e.target.value)}
      />
      {onCancel && (
        <button type="button" className="link-button" onClick={onCancel}>
          Avbryt
        </button>
      )}
    </FormCard>
  )
}
