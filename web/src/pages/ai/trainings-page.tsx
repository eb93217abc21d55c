import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { api, query } from '../../api/client'
import type { TrainingRecord, TrainingStatus } from '../../api/ai-types'
import { useApi } from '../../api/use-api'
import { useSession } from '../../auth/session'
import { isDate } from '../../board-labels'
import { DataTable } from '../../components/data-table'
import { FormCard } from '../../components/form-card'
import { SelectField, TextField } from '../../components/form'
import { LoadError, Loading } from '../../components/page'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'
import { normalizeDate, swedishToday } from '../../labels'
import { AiPage } from './ai-page'
import { USER_ROLE_LABEL } from './ai-labels'

type State = 'valid' | 'expired' | 'missing'
const STATE_LABEL: Record<State, string> = {
  valid: 'Giltig',
  expired: 'Har gått ut',
  missing: 'Saknas',
}
const stateOf = (u: TrainingStatus): State => (u.valid ? 'valid' : u.latest ? 'expired' : 'missing')

/**
 * AI training records (riktlinjerna punkt 6 och 9): who has had the training and until when it
 * counts (a year). Without a valid training the AI features refuse, and say what to do.
 */
export function TrainingsPage() {
  const { user } = useSession()
  const [params, setParams] = useSearchParams()
  const shown = (['valid', 'expired', 'missing'] as const).find((s) => s === params.get('visa'))
  const overview = useApi<{ users: TrainingStatus[] }>('/api/ai/trainings')
  const users = overview.data?.users ?? []
  const rows = shown ? users.filter((u) => stateOf(u) === shown) : users
  const count = (s: State) => users.filter((u) => stateOf(u) === s).length
  return (
    <AiPage
      title="AI-utbildning"
      lead="Den som använder AI-funktionerna ska ha gått kommunens AI-utbildning. En utbildning gäller i ett år."
    >
      <section className="section" aria-labelledby="utbildningar">
        <h2 id="utbildningar">Utbildning per medarbetare</h2>
        {overview.error ? (
          <LoadError message={overview.error.message} onRetry={overview.reload} />
        ) : !overview.data ? (
          <Loading />
        ) : (
          <>
            <p>
              {count('valid')} av {users.length} har giltig utbildning, {count('expired')} har en
              utbildning som gått ut och {count('missing')} saknar utbildning.
            </p>
            <div className="filters-row card section">
              <SelectField
                id="visa-utbildning"
                label="Visa"
                value={shown ?? ''}
                onChange={(e) =>
                  setParams(new URLSearchParams(query({ visa: e.target.value }).slice(1)))
                }
              >
                <option value="">Alla</option>
                <option value="valid">Giltig utbildning</option>
                <option value="expired">Utbildningen har gått ut</option>
                <option value="missing">Saknar utbildning</option>
              </SelectField>
            </div>
            {rows.length === 0 ? (
              <p className="muted">Ingen medarbetare i urvalet.</p>
            ) : (
              <DataTable
                caption="AI-utbildning per medarbetare"
                rows={rows}
                rowKey={(u) => u.userId}
                columns={[
                  { header: 'Namn', rowHeader: true, cell: (u) => u.userName },
                  {
                    header: 'Roller',
                    cell: (u) => u.roles.map((r) => USER_ROLE_LABEL[r] ?? r).join(', '),
                  },
                  {
                    header: 'Status',
                    cell: (u) => (
                      <span className={`badge badge--training-${stateOf(u)}`}>
                        {STATE_LABEL[stateOf(u)]}
                      </span>
                    ),
                  },
                  {
                    header: 'Senaste utbildning',
                    cell: (u) =>
                      u.latest ? `${u.latest.course}, ${u.latest.completedOn}` : 'Ingen',
                  },
                  {
                    header: 'Gäller till och med',
                    className: 'nowrap',
                    cell: (u) => u.latest?.validUntil ?? '–',
                  },
                ]}
              />
            )}
          </>
        )}
      </section>
      {user?.roles.includes('admin') && overview.data && (
        <RecordTraining users={users} onRecorded={overview.reload} />
      )}
    </AiPage>
  )
}

const TARGETS = {
  userId: 'utbildning-person',
  completedOn: 'utbildning-datum',
  course: 'utbildning-kurs',
}

function RecordTraining({ users, onRecorded }: { users: TrainingStatus[]; onRecorded(): void }) {
  const [userId, setUserId] = useState('')
  const [completedOn, setCompletedOn] = useState(swedishToday())
  const [course, setCourse] = useState('')
  const f = useFormSubmit(TARGETS, 'Utbildningen kunde inte registreras.')
  const onSubmit = async () => {
    const local: FormErrors = {}
    const date = normalizeDate(completedOn)
    if (!userId) local.userId = 'Välj vem som gått utbildningen.'
    if (!isDate(date)) local.completedOn = 'Ange datum som ÅÅÅÅ-MM-DD.'
    if (!course.trim()) local.course = 'Ange utbildningens namn.'
    const r = await f.submit(
      local,
      () =>
        api<TrainingRecord>('/api/ai/trainings', {
          json: { userId, completedOn: date, course: course.trim() },
        }),
      (t) =>
        `Utbildningen för ${t.userName} är registrerad och gäller till och med ${t.validUntil}.`,
    )
    if (r) {
      setUserId('')
      setCourse('')
      onRecorded()
    }
  }
  return (
    <div className="section">
      <FormCard
        id="registrera-utbildning"
        headingLevel={2}
        title="Registrera genomförd utbildning"
        errorTitle="Utbildningen kunde inte registreras"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Registrera utbildningen"
      >
        <div className="grid-2">
          <SelectField
            id={TARGETS.userId}
            label="Medarbetare"
            value={userId}
            error={f.errors.userId}
            onChange={(e) => setUserId(e.target.value)}
          >
            <option value="">Välj…</option>
            {users.map((u) => (
              <option key={u.userId} value={u.userId}>
                {u.userName}
              </option>
            ))}
          </SelectField>
          <TextField
            id={TARGETS.completedOn}
            label="Genomförd"
            hint="ÅÅÅÅ-MM-DD"
            inputMode="numeric"
            value={completedOn}
            error={f.errors.completedOn}
            onChange={(e) => setCompletedOn(e.target.value)}
          />
        </div>
        <TextField
          id={TARGETS.course}
          label="Utbildning"
          hint="T.ex. AI i kommunal verksamhet 2026"
          value={course}
          error={f.errors.course}
          onChange={(e) => setCourse(e.target.value)}
        />
      </FormCard>
    </div>
  )
}
