import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { api, ApiError } from '../../api/client'
import type { CaseSummary } from '../../api/types'
import { mayRegister, useSession } from '../../auth/session'
import { ErrorSummary } from '../../components/error-summary'
import { Checkbox } from '../../components/form'
import { Page } from '../../components/page'
import { NewCaseFields } from './new-case-fields'
import {
  createCaseErrorsFromApi,
  createCaseSummary,
  emptyCreateCase,
  toCreateCaseBody,
  validateNewCase,
  type CreateCaseForm,
  type FormErrors,
} from './new-case-model'

/** What the case page is told after a case was created here (it announces it). */
export interface CreatedCaseState {
  createdCaseNumber: string
}

/** Skapa ärende: open a case (and draw its number) before any document is filed in it. */
export function CreateCasePage() {
  const { user } = useSession()
  const navigate = useNavigate()
  const [form, setForm] = useState<CreateCaseForm>(emptyCreateCase)
  const [errors, setErrors] = useState<FormErrors>({})
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)

  const set = <K extends keyof CreateCaseForm>(key: K, value: CreateCaseForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }))

  const fail = (e: FormErrors) => {
    setErrors(e)
    setAttempt((a) => a + 1)
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const local = validateNewCase(form)
    if (Object.keys(local).length > 0) return fail(local)
    setBusy(true)
    setErrors({})
    try {
      const created = await api<CaseSummary>('/api/cases', { json: toCreateCaseBody(form) })
      const state: CreatedCaseState = { createdCaseNumber: created.caseNumber }
      await navigate(`/arenden/${created.id}`, { state })
    } catch (err) {
      if (err instanceof ApiError) {
        const mapped = createCaseErrorsFromApi(err.fields)
        if (err.fields.length === 0) mapped.other = err.message
        fail(mapped)
      } else {
        fail({ other: 'Ärendet kunde inte skapas. Försök igen.' })
      }
      setBusy(false)
    }
  }

  if (!mayRegister(user)) {
    return (
      <Page title="Skapa ärende">
        <p className="notice notice--info">
          Du har inte behörighet att skapa ärenden. Kontakta registraturen.
        </p>
      </Page>
    )
  }

  return (
    <Page
      title="Skapa ärende"
      lead="Öppna ett ärende och få dess diarienummer innan någon handling registreras i det. Fält markerade (valfritt) behöver inte fyllas i."
    >
      <ErrorSummary
        title="Ärendet kunde inte skapas"
        errors={createCaseSummary(errors)}
        focusKey={attempt}
      />
      <form className="form" onSubmit={onSubmit} noValidate>
        <section className="card form-section" aria-labelledby="del-nytt-arende">
          <h2 id="del-nytt-arende">Ärendet</h2>
          <NewCaseFields
            values={form}
            set={set}
            errors={errors}
            afterTitle={
              <Checkbox
                id="skydda-arendemening"
                label="Skydda ärendemeningen i offentlig vy"
                hint="Ärendemeningen visas då som ”Sekretess” i det offentliga e-diariet."
                checked={form.titleProtected}
                onChange={(v) => set('titleProtected', v)}
              />
            }
          />
        </section>
        <div className="form-actions">
          <button type="submit" className="button button--large" disabled={busy}>
            {busy ? 'Skapar ärendet…' : 'Skapa ärende'}
          </button>
          <p className="visually-hidden" role="status" aria-live="polite">
            {busy ? 'Skapar ärendet…' : ''}
          </p>
        </div>
      </form>
    </Page>
  )
}
