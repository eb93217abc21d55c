import { Fragment, useState } from 'react'
import { api } from '../../api/client'
import type { OfficialReport } from '../../api/official-report-types'
import { isDate } from '../../board-labels'
import { FormCard } from '../../components/form-card'
import { SelectField, TextArea, TextField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'
import { normalizeDate } from '../../labels'
import { useRegistry } from '../../registry'
import { ReportAi, ReportAiSection } from '../ai/report-ai'
import { blocksToText } from '../meetings/minutes/text-blocks'

const TARGETS = {
  title: 'ts-rubrik',
  committeeId: 'ts-organ',
  reportDate: 'ts-datum',
  department: 'ts-forvaltning',
  proposedDecision: 'ts-forslag',
  summary: 'ts-sammanfattning',
  description: 'ts-beskrivning',
  equalityAnalysis: 'ts-jamstalldhet',
  childRightsAnalysis: 'ts-barnratt',
  decisionBasis: 'ts-underlag',
  'signature.name': 'ts-namn',
  'signature.title': 'ts-titel',
  'signature.email': 'ts-epost',
  'signature.phone': 'ts-telefon',
  confidentialityGround: 'ts-sekretess',
}

type Values = Record<
  | 'title'
  | 'committeeId'
  | 'reportDate'
  | 'department'
  | 'proposedDecision'
  | 'summary'
  | 'description'
  | 'equalityAnalysis'
  | 'childRightsAnalysis'
  | 'decisionBasis'
  | 'name'
  | 'signTitle'
  | 'email'
  | 'phone'
  | 'confidentialityGround',
  string
>

const valuesOf = (r: OfficialReport): Values => ({
  title: r.title,
  committeeId: r.committeeId,
  reportDate: r.reportDate ?? '',
  department: r.department ?? '',
  proposedDecision: blocksToText(r.proposedDecision ?? undefined),
  summary: blocksToText(r.summary ?? undefined),
  description: blocksToText(r.description ?? undefined),
  equalityAnalysis: blocksToText(r.equalityAnalysis ?? undefined),
  childRightsAnalysis: blocksToText(r.childRightsAnalysis ?? undefined),
  decisionBasis: r.decisionBasis.map((b) => b.title ?? '').join('\n'),
  name: r.signature.name ?? '',
  signTitle: r.signature.title ?? '',
  email: r.signature.email ?? '',
  phone: r.signature.phone ?? '',
  confidentialityGround: r.confidentialityGround ?? '',
})

const TEXTS: { key: keyof Values; label: string; hint?: string }[] = [
  {
    key: 'proposedDecision',
    label: 'Förslag till beslut',
    hint: 'En rad som börjar med ”-” blir en punkt i en lista.',
  },
  { key: 'summary', label: 'Sammanfattning av ärendet' },
  { key: 'description', label: 'Beskrivning av ärendet' },
  { key: 'equalityAnalysis', label: 'Jämställdhetsanalys' },
  { key: 'childRightsAnalysis', label: 'Barnrättskonsekvensanalys' },
]

/** The draft's fields: what the report proposes, its analyses, the basis and the signature. */
export function ReportForm({
  report,
  onSaved,
}: {
  report: OfficialReport
  onSaved(r: OfficialReport): void
}) {
  const registry = useRegistry()
  const [v, setV] = useState(() => valuesOf(report))
  const set = (k: keyof Values, value: string) => setV((x) => ({ ...x, [k]: value }))
  const f = useFormSubmit(TARGETS, 'Utkastet kunde inte sparas.')
  const text = (s: string) => s.trim() || null

  const onSubmit = async () => {
    const local: FormErrors = {}
    if (!v.title.trim()) local.title = 'Ange rubrik.'
    if (v.reportDate.trim() && !isDate(normalizeDate(v.reportDate)))
      local.reportDate = 'Ange ett datum (ÅÅÅÅ-MM-DD).'
    const body = {
      title: v.title.trim(),
      committeeId: v.committeeId,
      reportDate: v.reportDate.trim() ? normalizeDate(v.reportDate) : null,
      department: text(v.department),
      proposedDecision: text(v.proposedDecision),
      summary: text(v.summary),
      description: text(v.description),
      equalityAnalysis: text(v.equalityAnalysis),
      childRightsAnalysis: text(v.childRightsAnalysis),
      decisionBasis: v.decisionBasis
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((title) => ({ title })),
      signature: {
        name: text(v.name),
        title: text(v.signTitle),
        email: text(v.email),
        phone: text(v.phone),
      },
      confidentialityGround: text(v.confidentialityGround),
    }
    const r = await f.submit(
      local,
      () =>
        api<OfficialReport>(`/api/official-reports/${report.id}`, { method: 'PUT', json: body }),
      () => 'Utkastet är sparat.',
    )
    if (r) onSaved(r)
  }

  return (
    <div className="section">
      <FormCard
        id="tjansteskrivelse"
        headingLevel={2}
        title="Utkast"
        errorTitle="Utkastet kunde inte sparas"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Spara utkastet"
      >
        <TextField
          id={TARGETS.title}
          label="Rubrik"
          value={v.title}
          error={f.errors.title}
          onChange={(e) => set('title', e.target.value)}
        />
        <div className="grid-4">
          <SelectField
            id={TARGETS.committeeId}
            label="Till"
            value={v.committeeId}
            error={f.errors.committeeId}
            onChange={(e) => set('committeeId', e.target.value)}
          >
            {registry?.committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <TextField
            id={TARGETS.reportDate}
            label="Datum"
            optional
            hint="ÅÅÅÅ-MM-DD"
            inputMode="numeric"
            value={v.reportDate}
            error={f.errors.reportDate}
            onChange={(e) => set('reportDate', e.target.value)}
          />
          <TextField
            id={TARGETS.department}
            label="Förvaltning"
            optional
            value={v.department}
            error={f.errors.department}
            onChange={(e) => set('department', e.target.value)}
          />
        </div>
        <ReportAi reportId={report.id}>
          {TEXTS.map((t) => (
            <Fragment key={t.key}>
              <TextArea
                id={TARGETS[t.key as keyof typeof TARGETS]}
                label={t.label}
                optional
                hint={t.hint}
                rows={t.key === 'description' ? 6 : 3}
                value={v[t.key]}
                error={f.errors[t.key]}
                onChange={(e) => set(t.key, e.target.value)}
              />
              {/* Decisions are made by people: no AI draft of the proposed decision. */}
              {t.key !== 'proposedDecision' && <ReportAiSection section={t.key} label={t.label} />}
            </Fragment>
          ))}
        </ReportAi>
        <TextArea
          id={TARGETS.decisionBasis}
          label="Beslutsunderlag"
          optional
          hint="En handling per rad."
          rows={3}
          value={v.decisionBasis}
          error={f.errors.decisionBasis}
          onChange={(e) => set('decisionBasis', e.target.value)}
        />
        <fieldset className="fieldset">
          <legend className="label">I tjänsten</legend>
          <div className="grid-4">
            <TextField
              id={TARGETS['signature.name']}
              label="Namn"
              optional
              value={v.name}
              error={f.errors['signature.name']}
              onChange={(e) => set('name', e.target.value)}
            />
            <TextField
              id={TARGETS['signature.title']}
              label="Titel"
              optional
              value={v.signTitle}
              error={f.errors['signature.title']}
              onChange={(e) => set('signTitle', e.target.value)}
            />
            <TextField
              id={TARGETS['signature.email']}
              label="E-post"
              optional
              type="email"
              value={v.email}
              error={f.errors['signature.email']}
              onChange={(e) => set('email', e.target.value)}
            />
            <TextField
              id={TARGETS['signature.phone']}
              label="Telefon"
              optional
              type="tel"
              value={v.phone}
              error={f.errors['signature.phone']}
              onChange={(e) => set('phone', e.target.value)}
            />
          </div>
        </fieldset>
        <TextField
          id={TARGETS.confidentialityGround}
          label="Sekretessgrund"
          optional
          hint="T.ex. OSL 26:1. Då läser bara behöriga skrivelsen."
          className="input--short"
          value={v.confidentialityGround}
          error={f.errors.confidentialityGround}
          onChange={(e) => set('confidentialityGround', e.target.value)}
        />
      </FormCard>
    </div>
  )
}
