import { useState } from 'react'
import { api, ApiError } from '../../api/client'
import type { CaseSummary } from '../../api/types'
import type { DelegatedDecision, DelegationScheme } from '../../api/delegation-types'
import { isDate } from '../../board-labels'
import { FormCard } from '../../components/form-card'
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'
import { normalizeDate } from '../../labels'

const TARGETS = {
  kind: 'delegation-typ-decision',
  decidedOn: 'delegation-datum',
  'period.from': 'delegation-fran',
  'period.to': 'delegation-till',
  point: 'delegation-punkt',
  caseId: 'delegation-dnr',
  'decisionMaker.name': 'delegation-namn',
  unit: 'delegation-enhet',
  action: 'delegation-atgard',
  amountSek: 'delegation-belopp',
  separateMinutesReference: 'delegation-protokoll',
}

interface Values {
  kind: 'decision' | 'periodSummary'
  decidedOn: string
  from: string
  to: string
  point: string
  caseNumber: string
  name: string
  title: string
  unit: string
  action: string
  amount: string
  recording: 'report' | 'separateMinutes'
  reference: string
}

const empty = (): Values => ({
  kind: 'decision',
  decidedOn: '',
  from: '',
  to: '',
  point: '',
  caseNumber: '',
  name: '',
  title: '',
  unit: '',
  action: '',
  amount: '',
  recording: 'report',
  reference: '',
})

/** The case of a case number, or the reason it cannot be used. */
async function caseIdOf(caseNumber: string): Promise<string> {
  try {
    return (await api<CaseSummary>(`/api/cases/${encodeURIComponent(caseNumber)}`)).id
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      throw new ApiError(400, 'case_not_found', 'Ärendet finns inte.', [
        { field: 'caseId', message: `Inget ärende har diarienumret ${caseNumber}.` },
      ])
    }
    throw err
  }
}

/**
 * Registrera delegationsbeslut: a decision taken under a point of the scheme, or a summary for
 * a period ("För perioden …, Arbetsgivarenheten"), reported to the committee later or minuted
 * in a separate protocol (KL 6 kap. 40 §).
 */
export function DecisionForm({
  committeeId,
  scheme,
  onRegistered,
}: {
  committeeId: string
  scheme: DelegationScheme
  onRegistered(said: string): void
}) {
  const [v, setV] = useState<Values>(empty)
  const set = <K extends keyof Values>(k: K, value: Values[K]) =>
    setV((x) => ({ ...x, [k]: value }))
  const f = useFormSubmit(TARGETS, 'Delegationsbeslutet kunde inte registreras.')
  const points = scheme.inForce?.points ?? []

  const onSubmit = async () => {
    const local: FormErrors = {}
    const summary = v.kind === 'periodSummary'
    if (!summary && !isDate(normalizeDate(v.decidedOn)))
      local.decidedOn = 'Ange beslutsdatum (ÅÅÅÅ-MM-DD).'
    if (summary && !isDate(normalizeDate(v.from)))
      local['period.from'] = 'Ange periodens första dag.'
    if (summary && !isDate(normalizeDate(v.to))) local['period.to'] = 'Ange periodens sista dag.'
    if (!v.point) local.point = 'Välj delegationspunkt.'
    if (!summary && !v.name.trim()) local['decisionMaker.name'] = 'Ange vem som beslutade.'
    if (summary && !v.unit.trim()) local.unit = 'Ange enheten som beslutade.'
    if (!v.action.trim()) local.action = 'Ange vad som beslutades.'
    if (v.amount.trim() && !/^\d+$/.test(v.amount.trim()))
      local.amountSek = 'Ange beloppet i hela kronor.'
    const r = await f.submit(
      local,
      async () => {
        const caseId = v.caseNumber.trim() ? await caseIdOf(v.caseNumber.trim()) : null
        return api<DelegatedDecision>(`/api/committees/${committeeId}/delegated-decisions`, {
          json: {
            kind: v.kind,
            ...(summary
              ? {
                  period: { from: normalizeDate(v.from), to: normalizeDate(v.to) },
                  unit: v.unit.trim(),
                }
              : {
                  decidedOn: normalizeDate(v.decidedOn),
                  decisionMaker: { name: v.name.trim(), title: v.title.trim() || null },
                }),
            point: v.point,
            caseId,
            action: v.action.trim(),
            amountSek: v.amount.trim() ? Number(v.amount) : null,
            ...(v.recording === 'separateMinutes'
              ? { separateMinutes: true, separateMinutesReference: v.reference.trim() || null }
              : { reportLater: true }),
          },
        })
      },
      () => '',
    )
    if (r) {
      setV(empty())
      onRegistered(`Delegationsbeslutet enligt punkt ${r.point ?? v.point} är registrerat.`)
    }
  }

  return (
    <FormCard
      id="nytt-delegationsbeslut"
      headingLevel={2}
      title="Registrera delegationsbeslut"
      errorTitle="Delegationsbeslutet kunde inte registreras"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Registrera beslutet"
    >
      <RadioGroup<Values['kind']>
        name="delegation-typ"
        legend="Typ"
        inline
        value={v.kind}
        onChange={(x) => set('kind', x)}
        options={[
          { value: 'decision', label: 'Ett beslut' },
          { value: 'periodSummary', label: 'Sammanställning för en period' },
        ]}
      />
      {v.kind === 'decision' ? (
        <div className="grid-4">
          <TextField
            id={TARGETS.decidedOn}
            label="Beslutsdatum"
            hint="ÅÅÅÅ-MM-DD"
            inputMode="numeric"
            value={v.decidedOn}
            error={f.errors.decidedOn}
            onChange={(e) => set('decidedOn', e.target.value)}
          />
          <TextField
            id={TARGETS['decisionMaker.name']}
            label="Beslutsfattare"
            hint="Namn"
            value={v.name}
            error={f.errors['decisionMaker.name']}
            onChange={(e) => set('name', e.target.value)}
          />
          <TextField
            id="delegation-titel"
            label="Befattning"
            optional
            value={v.title}
            onChange={(e) => set('title', e.target.value)}
          />
        </div>
      ) : (
        <div className="grid-4">
          <TextField
            id={TARGETS['period.from']}
            label="Från och med"
            hint="ÅÅÅÅ-MM-DD"
            inputMode="numeric"
            value={v.from}
            error={f.errors['period.from']}
            onChange={(e) => set('from', e.target.value)}
          />
          <TextField
            id={TARGETS['period.to']}
            label="Till och med"
            hint="ÅÅÅÅ-MM-DD"
            inputMode="numeric"
            value={v.to}
            error={f.errors['period.to']}
            onChange={(e) => set('to', e.target.value)}
          />
          <TextField
            id={TARGETS.unit}
            label="Enhet"
            hint="T.ex. Arbetsgivarenheten"
            value={v.unit}
            error={f.errors.unit}
            onChange={(e) => set('unit', e.target.value)}
          />
        </div>
      )}
      <div className="grid-2">
        <SelectField
          id={TARGETS.point}
          label="Delegationspunkt"
          value={v.point}
          error={f.errors.point}
          onChange={(e) => set('point', e.target.value)}
        >
          <option value="">Välj…</option>
          {points.map((p) => (
            <option key={p.id} value={p.number}>
              {p.number} {p.text}
            </option>
          ))}
        </SelectField>
        <TextField
          id={TARGETS.caseId}
          label="Diarienummer"
          optional
          hint="T.ex. KS-2025-00462"
          value={v.caseNumber}
          error={f.errors.caseId}
          onChange={(e) => set('caseNumber', e.target.value)}
        />
      </div>
      <TextArea
        id={TARGETS.action}
        label="Beslut"
        hint="Vad som beslutades, t.ex. ”Avtal om webbverktyg tecknas”."
        rows={2}
        value={v.action}
        error={f.errors.action}
        onChange={(e) => set('action', e.target.value)}
      />
      <TextField
        id={TARGETS.amountSek}
        label="Belopp (kr)"
        optional
        inputMode="numeric"
        className="input--short"
        value={v.amount}
        error={f.errors.amountSek}
        onChange={(e) => set('amount', e.target.value)}
      />
      <RadioGroup<Values['recording']>
        name="delegation-anmalan"
        legend="Hur beslutet redovisas"
        value={v.recording}
        onChange={(x) => set('recording', x)}
        options={[
          { value: 'report', label: 'Anmäls till ett kommande sammanträde' },
          { value: 'separateMinutes', label: 'Protokollförs särskilt (eget delegationsprotokoll)' },
        ]}
      />
      {v.recording === 'separateMinutes' && (
        <TextField
          id={TARGETS.separateMinutesReference}
          label="Delegationsprotokoll"
          optional
          hint="T.ex. Delegationsprotokoll ekonomi 2025:14"
          value={v.reference}
          error={f.errors.separateMinutesReference}
          onChange={(e) => set('reference', e.target.value)}
        />
      )}
    </FormCard>
  )
}
