import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { api, ApiError } from '../../api/client'
import type { CaseSummary, RegistrationResult } from '../../api/types'
import { ErrorSummary } from '../../components/error-summary'
import { Checkbox, RadioGroup, TextArea, TextField } from '../../components/form'
import { Page } from '../../components/page'
import {
  COUNTERPART_LABEL,
  DATE_LABEL,
  formatSize,
  normalizeDate,
  swedishToday,
} from '../../labels'
import { mayUseAiSorting } from '../../auth/ai-access'
import { useSession } from '../../auth/session'
import { SortingSuggestionPanel } from '../ai/sorting-suggestion-panel'
import { NewCaseFields } from '../cases/new-case-fields'
import { CasePicker } from './case-picker'
import {
  emptyForm,
  errorsFromApi,
  summaryOf,
  toRegistrationData,
  validate,
  type FormErrors,
  type RegistrationForm,
} from './registration-model'

/** Registrera handling: file a document in an existing or a new case, with its files. */
export function RegisterPage() {
  const [params] = useSearchParams()
  const preselected = params.get('arende')
  const [form, setForm] = useState<RegistrationForm>(() => emptyForm(swedishToday()))
  const [errors, setErrors] = useState<FormErrors>({})
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<RegistrationResult | null>(null)

  const set = <K extends keyof RegistrationForm>(key: K, value: RegistrationForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }))

  useEffect(() => {
    if (!preselected) return
    api<CaseSummary>(`/api/cases/${encodeURIComponent(preselected)}`)
      .then((c) =>
        setForm((f) => ({
          ...f,
          caseMode: 'existing',
          picked: { id: c.id, caseNumber: c.caseNumber, title: c.title, status: c.status },
        })),
      )
      .catch(() => undefined)
  }, [preselected])

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const local = validate(
      { ...form, documentDate: normalizeDate(form.documentDate) },
      swedishToday(),
    )
    if (Object.keys(local).length > 0) {
      setErrors(local)
      setAttempt((a) => a + 1)
      return
    }
    setBusy(true)
    setErrors({})
    const body = new FormData()
    body.append(
      'data',
      JSON.stringify(
        toRegistrationData({ ...form, documentDate: normalizeDate(form.documentDate) }),
      ),
    )
    for (const file of form.files) body.append('files', file, file.name)
    try {
      const r = await api<RegistrationResult>('/api/documents/upload', { form: body })
      setResult(r)
    } catch (err) {
      if (err instanceof ApiError) {
        const mapped = errorsFromApi(err.fields, form.files)
        if (Object.keys(mapped).length === 0 || err.fields.length === 0) {
          mapped.other = err.message
        }
        setErrors(mapped)
      } else {
        setErrors({ other: 'Registreringen misslyckades. Försök igen.' })
      }
      setAttempt((a) => a + 1)
    } finally {
      setBusy(false)
    }
  }

  if (result) {
    return (
      <Page title="Registrera handling">
        <Confirmation
          result={result}
          onAnother={(sameCase) => {
            setForm(
              emptyForm(
                swedishToday(),
                sameCase
                  ? {
                      id: result.case.id,
                      caseNumber: result.case.caseNumber,
                      title: result.case.title,
                      status: result.case.status,
                    }
                  : null,
              ),
            )
            setErrors({})
            setResult(null)
          }}
        />
      </Page>
    )
  }

  return (
    <Page
      title="Registrera handling"
      lead="Diarieför en handling som kommit in eller upprättats. Fält markerade (valfritt) behöver inte fyllas i."
    >
      <ErrorSummary
        title="Registreringen kunde inte sparas"
        errors={summaryOf(errors)}
        focusKey={attempt}
      />
      <form className="form register-form" onSubmit={onSubmit} noValidate>
        <CaseSection form={form} set={set} errors={errors} />
        <DocumentSection form={form} set={set} errors={errors} />
        <SecrecySection form={form} set={set} errors={errors} />
        <FilesSection form={form} set={set} errors={errors} />
        <div className="form-actions">
          <button type="submit" className="button button--large" disabled={busy}>
            {busy ? 'Registrerar…' : 'Registrera handling'}
          </button>
          <p className="visually-hidden" role="status" aria-live="polite">
            {busy ? 'Registrerar handlingen…' : ''}
          </p>
        </div>
      </form>
    </Page>
  )
}

interface SectionProps {
  form: RegistrationForm
  set<K extends keyof RegistrationForm>(key: K, value: RegistrationForm[K]): void
  errors: FormErrors
}

function CaseSection({ form, set, errors }: SectionProps) {
  return (
    <section className="card form-section" aria-labelledby="del-arende">
      <h2 id="del-arende">Ärende</h2>
      <RadioGroup
        name="arendeval"
        legend="Ska handlingen registreras i ett befintligt ärende eller i ett nytt?"
        inline
        value={form.caseMode}
        onChange={(v) => set('caseMode', v)}
        options={[
          { value: 'existing', label: 'Befintligt ärende' },
          { value: 'new', label: 'Nytt ärende' },
        ]}
      />
      <p className="hint case-choice-alt">
        Finns ärendet inte ännu? Välj Nytt ärende,{' '}
        <Link to="/arenden/nytt">eller skapa ärendet först</Link> (där kan du också skydda
        ärendemeningen i offentlig vy).
      </p>
      {form.caseMode === 'existing' ? (
        <CasePicker picked={form.picked} onPick={(c) => set('picked', c)} error={errors.caseId} />
      ) : (
        <NewCaseFields values={form} set={set} errors={errors} />
      )}
    </section>
  )
}

function DocumentSection({ form, set, errors }: SectionProps) {
  const counterpart = COUNTERPART_LABEL[form.direction]
  const idLabel = form.counterpartKind === 'person' ? 'Personnummer' : 'Organisationsnummer'
  return (
    <section className="card form-section" aria-labelledby="del-handling">
      <h2 id="del-handling">Handlingen</h2>
      <RadioGroup
        name="riktning"
        legend="Riktning"
        inline
        value={form.direction}
        error={errors.direction}
        onChange={(v) => set('direction', v)}
        options={[
          { value: 'incoming', label: 'Inkommande' },
          { value: 'outgoing', label: 'Utgående' },
          { value: 'drawnUp', label: 'Upprättad' },
        ]}
      />
      <div className="grid-2">
        <TextField
          id="datum"
          label={DATE_LABEL[form.direction]}
          hint="ÅÅÅÅ-MM-DD, t.ex. 2025-12-15"
          value={form.documentDate}
          error={errors.documentDate}
          onChange={(e) => set('documentDate', e.target.value)}
          onBlur={(e) => set('documentDate', normalizeDate(e.target.value))}
          autoComplete="off"
          spellCheck={false}
          maxLength={10}
          className="input--short"
        />
      </div>
      <fieldset className="fieldset subsection">
        <legend className="label">{counterpart}</legend>
        <RadioGroup
          name="motpartstyp"
          legend={`Är ${counterpart.toLowerCase()} en person eller en organisation?`}
          inline
          value={form.counterpartKind}
          error={errors.counterpartKind}
          onChange={(v) => set('counterpartKind', v)}
          options={[
            { value: 'organisation', label: 'Organisation' },
            { value: 'person', label: 'Person' },
          ]}
        />
        <div className="grid-2">
          <TextField
            id="motpart"
            label={`Namn på ${counterpart.toLowerCase()}`}
            optional={form.direction === 'drawnUp'}
            value={form.counterpartName}
            error={errors.counterpartName}
            onChange={(e) => set('counterpartName', e.target.value)}
            autoComplete="off"
            maxLength={300}
          />
          <TextField
            id="motpart-id"
            label={idLabel}
            optional
            hint={form.counterpartKind === 'person' ? 'ÅÅÅÅMMDD-NNNN' : 'NNNNNN-NNNN'}
            value={form.counterpartIdNumber}
            error={errors.counterpartIdNumber}
            onChange={(e) => set('counterpartIdNumber', e.target.value)}
            autoComplete="off"
            inputMode="numeric"
            maxLength={20}
          />
        </div>
      </fieldset>
      <TextArea
        id="beskrivning"
        label="Kort beskrivning / vad handlingen gäller"
        hint="Skrivs in i diariet. Undvik personuppgifter som inte behövs."
        rows={3}
        value={form.description}
        error={errors.description}
        onChange={(e) => set('description', e.target.value)}
        maxLength={1000}
      />
    </section>
  )
}

function SecrecySection({ form, set, errors }: SectionProps) {
  return (
    <section className="card form-section" aria-labelledby="del-sekretess">
      <h2 id="del-sekretess">Sekretess</h2>
      <Checkbox
        id="sekretessmarkera"
        label="Sekretessmarkera"
        hint="Handlingen kan innehålla uppgifter som omfattas av sekretess. Filerna visas då inte för allmänheten."
        checked={form.confidential}
        onChange={(v) => set('confidential', v)}
      />
      {form.confidential && (
        <div className="conditional">
          <TextField
            id="sekretessgrund"
            label="Sekretessgrund"
            hint="Lagrum i offentlighets- och sekretesslagen, t.ex. OSL 26:1 eller OSL 23:2."
            value={form.ground}
            error={errors.ground}
            onChange={(e) => set('ground', e.target.value)}
            className="input--short"
            maxLength={40}
          />
          <fieldset className="fieldset">
            <legend className="label">Skyddade uppgifter i det offentliga diariet</legend>
            <Checkbox
              id="skydda-motpart"
              label="Skydda avsändare/mottagare i offentlig vy"
              checked={form.protectCounterpart}
              onChange={(v) => set('protectCounterpart', v)}
            />
            <Checkbox
              id="skydda-beskrivning"
              label="Skydda beskrivning i offentlig vy"
              checked={form.protectDescription}
              onChange={(v) => set('protectDescription', v)}
            />
          </fieldset>
        </div>
      )}
    </section>
  )
}

function FilesSection({ form, set, errors }: SectionProps) {
  const inputRef = useRef<HTMLInputElement>(null)
  const describedBy = ['filer-hint', errors.files ? 'filer-error' : null].filter(Boolean).join(' ')
  return (
    <section className="card form-section" aria-labelledby="del-filer">
      <h2 id="del-filer">Filer</h2>
      <div className={`field${errors.files ? ' field--error' : ''}`}>
        <label htmlFor="filer" className="label">
          Bifoga filer <span className="optional">(valfritt)</span>
        </label>
        <p id="filer-hint" className="hint">
          Du kan välja flera filer, t.ex. PDF, Word eller bilder. Filerna lagras oföränderligt med
          kontrollsumma.
        </p>
        {errors.files && (
          <p id="filer-error" className="field-error">
            <span className="visually-hidden">Fel: </span>
            {errors.files}
          </p>
        )}
        <div className="file-picker">
          <input
            ref={inputRef}
            id="filer"
            name="filer"
            type="file"
            multiple
            className="file-picker__input"
            aria-describedby={describedBy}
            aria-invalid={errors.files ? true : undefined}
            onChange={(e) => {
              const chosen = Array.from(e.target.files ?? [])
              set('files', [...form.files, ...chosen])
              // The list below is the selection; the input is emptied so it can add more.
              e.target.value = ''
            }}
          />
          <label
            htmlFor="filer"
            className="button button--secondary file-picker__button"
            aria-hidden="true"
          >
            {form.files.length > 0 ? 'Lägg till fler filer' : 'Välj filer'}
          </label>
          <span className="muted">
            {form.files.length === 0
              ? 'Inga filer valda'
              : form.files.length === 1
                ? '1 fil vald'
                : `${form.files.length} filer valda`}
          </span>
        </div>
      </div>
      <div aria-live="polite">
        {form.files.length > 0 && (
          <>
            <h3 className="label label--small">Valda filer</h3>
            <ul className="file-list">
              {form.files.map((f, i) => (
                <li key={`${f.name}-${i}`}>
                  <span>
                    {f.name} <span className="muted">({formatSize(f.size)})</span>
                  </span>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      set(
                        'files',
                        form.files.filter((_, j) => j !== i),
                      )
                      inputRef.current?.focus()
                    }}
                  >
                    Ta bort <span className="visually-hidden">{f.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  )
}

function Confirmation({
  result,
  onAnother,
}: {
  result: RegistrationResult
  onAnother(sameCase: boolean): void
}) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => ref.current?.focus(), [])
  const sortingAllowed = mayUseAiSorting(useSession().user)
  const d = result.document
  return (
    <div className="confirmation">
      <h2 tabIndex={-1} ref={ref} className="confirmation__title">
        Handlingen är registrerad
      </h2>
      <p className="confirmation__label">Registreringsnummer</p>
      <p className="confirmation__number" data-testid="registreringsnummer">
        {d.registrationNumber}
      </p>
      <p>
        I ärende{' '}
        <Link to={`/arenden/${result.case.id}`}>
          {result.case.caseNumber} – {result.case.title}
        </Link>
      </p>
      {d.files.length > 0 && (
        <p>{d.files.length === 1 ? '1 fil sparades.' : `${d.files.length} filer sparades.`}</p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => onAnother(true)}>
          Registrera fler handlingar i samma ärende
        </button>
        <button type="button" className="button button--secondary" onClick={() => onAnother(false)}>
          Registrera en ny handling
        </button>
      </div>
      {sortingAllowed && <SortingSuggestionPanel documentId={d.id} />}
    </div>
  )
}
