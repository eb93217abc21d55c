import { useState } from 'react'
import { api, ApiError } from '../../api/client'
import type { AiService, AssessmentRole, DataClass, Assessment } from '../../api/ai-types'
import type { CaseDetail } from '../../api/types'
import { isDate } from '../../board-labels'
import { FormCard } from '../../components/form-card'
import { Checkbox, FieldErrorText, RadioGroup, TextArea, TextField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'
import { normalizeDate, swedishToday } from '../../labels'
import { caseNumberOf } from './assessment-list'
import { useAiVocabulary } from './use-ai-vocabulary'

/** The panel of punkt 5: an approving analysis needs all four. */
const ROLES: { role: AssessmentRole; fallback: string }[] = [
  { role: 'dataProtectionOfficer', fallback: 'Dataskyddsombud' },
  { role: 'municipalLawyer', fallback: 'Kommunjurist' },
  { role: 'securityOfficer', fallback: 'Informationssäkerhetsansvarig' },
  { role: 'itManager', fallback: 'IT-chef' },
]
const CLASSES: DataClass[] = ['personal', 'sensitive', 'confidential']

const TARGETS = {
  assessedOn: 'analys-datum',
  participants: 'analys-deltagare-dataProtectionOfficer',
  outcome: 'analys-utfall-approved',
  approvedClasses: 'analys-klass-personal',
  conclusion: 'analys-slutsats',
  documentId: 'analys-handling',
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The document's id from its registration number (or its id as typed). */
async function documentIdOf(ref: string): Promise<string> {
  if (UUID.test(ref)) return ref
  const notFound = () =>
    new ApiError(400, 'document_not_found', 'Handlingen finns inte.', [
      { field: 'documentId', message: `Ingen handling har diarienumret ${ref}.` },
    ])
  const caseNumber = caseNumberOf(ref)
  if (!caseNumber) throw notFound()
  try {
    const c = await api<CaseDetail>(`/api/cases/${encodeURIComponent(caseNumber)}`)
    const d = c.documents.find((x) => x.registrationNumber === ref)
    if (!d) throw notFound()
    return d.id
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) throw notFound()
    throw err
  }
}

interface Values {
  assessedOn: string
  names: Record<AssessmentRole, string>
  outcome: 'approved' | 'rejected' | ''
  classes: DataClass[]
  conclusion: string
  document: string
}

const empty = (): Values => ({
  assessedOn: swedishToday(),
  names: { dataProtectionOfficer: '', municipalLawyer: '', securityOfficer: '', itManager: '' },
  outcome: '',
  classes: [],
  conclusion: '',
  document: '',
})

/**
 * A new risk and consequence assessment: who took part (the four roles of punkt 5), the classes
 * of data it approves, the outcome and conclusion, and the assessment as registered in the
 * registry. An approving analysis approves the service; a rejecting one suspends it.
 */
export function AssessmentForm({
  serviceId,
  onRecorded,
}: {
  serviceId: string
  onRecorded(service: AiService): void
}) {
  const { roles, classLabels } = useAiVocabulary()
  const [v, setV] = useState<Values>(empty)
  const f = useFormSubmit(TARGETS, 'Analysen kunde inte registreras.')
  const roleLabel = (r: AssessmentRole, fallback: string) =>
    roles?.find((x) => x.value === r)?.label ?? fallback

  const onSubmit = async () => {
    const local: FormErrors = {}
    const date = normalizeDate(v.assessedOn)
    if (!isDate(date)) local.assessedOn = 'Ange datum som ÅÅÅÅ-MM-DD.'
    if (!v.outcome) local.outcome = 'Ange om analysen godkänner tjänsten eller inte.'
    if (v.outcome === 'approved') {
      const missing = ROLES.filter((r) => !v.names[r.role].trim())
      if (missing.length)
        local.participants = `En godkännande analys kräver att ${missing
          .map((r) => roleLabel(r.role, r.fallback).toLowerCase())
          .join(', ')} deltar. Ange deras namn.`
    }
    if (v.classes.includes('sensitive') && !v.classes.includes('personal'))
      local.approvedClasses =
        'Känsliga personuppgifter kan bara godkännas tillsammans med personuppgifter.'
    if (!v.conclusion.trim()) local.conclusion = 'Skriv analysens slutsats.'
    const r = await f.submit(
      local,
      async () => {
        const documentId = v.document.trim() ? await documentIdOf(v.document.trim()) : null
        return api<{ assessment: Assessment; service: AiService }>(
          `/api/ai/services/${serviceId}/assessments`,
          {
            json: {
              assessedOn: date,
              participants: ROLES.filter((r) => v.names[r.role].trim()).map((r) => ({
                role: r.role,
                name: v.names[r.role].trim(),
              })),
              conclusion: v.conclusion.trim(),
              outcome: v.outcome,
              approvedClasses: v.outcome === 'approved' ? v.classes : [],
              documentId,
            },
          },
        )
      },
      (x) =>
        x.service.status === 'approved'
          ? `Analysen är registrerad. ${x.service.name} är godkänd.`
          : `Analysen är registrerad. ${x.service.name} är avstängd.`,
    )
    if (r) {
      setV(empty())
      onRecorded(r.service)
    }
  }

  const toggle = (c: DataClass, on: boolean) =>
    setV((x) => ({ ...x, classes: on ? [...x.classes, c] : x.classes.filter((y) => y !== c) }))

  return (
    <FormCard
      id="ny-analys"
      headingLevel={2}
      title="Registrera risk- och konsekvensanalys"
      errorTitle="Analysen kunde inte registreras"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Registrera analysen"
      intro={
        <p>
          Riktlinjerna (punkt 5): dataskyddsombud, kommunjurist, informationssäkerhetsansvarig och
          IT-chef deltar i analysen. Registrera analysen som handling i diariet först och ange dess
          diarienummer här.
        </p>
      }
    >
      <TextField
        id={TARGETS.assessedOn}
        label="Datum för analysen"
        hint="ÅÅÅÅ-MM-DD"
        inputMode="numeric"
        className="input--short"
        value={v.assessedOn}
        error={f.errors.assessedOn}
        onChange={(e) => setV((x) => ({ ...x, assessedOn: e.target.value }))}
      />
      <fieldset
        className={`fieldset field${f.errors.participants ? ' field--error' : ''}`}
        aria-describedby={f.errors.participants ? 'analys-deltagare-error' : undefined}
      >
        <legend className="label">Deltagare</legend>
        {f.errors.participants && (
          <FieldErrorText id="analys-deltagare-error" message={f.errors.participants} />
        )}
        <div className="grid-2">
          {ROLES.map((r) => (
            <TextField
              key={r.role}
              id={`analys-deltagare-${r.role}`}
              label={roleLabel(r.role, r.fallback)}
              hint="Namn"
              autoComplete="off"
              value={v.names[r.role]}
              onChange={(e) =>
                setV((x) => ({ ...x, names: { ...x.names, [r.role]: e.target.value } }))
              }
            />
          ))}
        </div>
      </fieldset>
      <RadioGroup<'approved' | 'rejected' | ''>
        name="analys-utfall"
        legend="Utfall"
        value={v.outcome}
        error={f.errors.outcome}
        onChange={(x) => setV((y) => ({ ...y, outcome: x }))}
        options={[
          { value: 'approved', label: 'Tjänsten godkänns för de dataklasser som kryssas i' },
          { value: 'rejected', label: 'Tjänsten godkänns inte (den stängs av)' },
        ]}
      />
      <fieldset
        className={`fieldset field${f.errors.approvedClasses ? ' field--error' : ''}`}
        aria-describedby={`analys-klasser-hint${f.errors.approvedClasses ? ' analys-klasser-error' : ''}`}
      >
        <legend className="label">Godkända dataklasser</legend>
        <p id="analys-klasser-hint" className="hint">
          Allmän information utan personuppgifter ingår alltid. Kryssa bara i det som analysen
          godkänt.
        </p>
        {f.errors.approvedClasses && (
          <FieldErrorText id="analys-klasser-error" message={f.errors.approvedClasses} />
        )}
        <div className="choices">
          {CLASSES.map((c) => (
            <Checkbox
              key={c}
              id={`analys-klass-${c}`}
              label={classLabels[c]}
              checked={v.classes.includes(c)}
              onChange={(on) => toggle(c, on)}
            />
          ))}
        </div>
      </fieldset>
      <TextArea
        id={TARGETS.conclusion}
        label="Slutsats"
        rows={4}
        value={v.conclusion}
        error={f.errors.conclusion}
        onChange={(e) => setV((x) => ({ ...x, conclusion: e.target.value }))}
      />
      <TextField
        id={TARGETS.documentId}
        label="Registrerad handling"
        optional
        hint="Analysens diarienummer, t.ex. KS-2025-00494-3"
        autoComplete="off"
        value={v.document}
        error={f.errors.documentId}
        onChange={(e) => setV((x) => ({ ...x, document: e.target.value }))}
      />
    </FormCard>
  )
}
