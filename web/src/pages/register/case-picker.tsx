import { useEffect, useState, type KeyboardEvent } from 'react'
import { api, ApiError, query } from '../../api/client'
import type { CaseListItem, CaseSummary, SearchResult } from '../../api/types'
import { FieldErrorText } from '../../components/form'
import { STATUS_LABEL } from '../../labels'
import type { PickedCase } from './registration-model'

const CASE_NUMBER = /^[A-ZÅÄÖ]{1,10}[-\s]?\d{4}[-/]\d+$/i

async function findCases(q: string): Promise<PickedCase[]> {
  const found = new Map<string, PickedCase>()
  if (CASE_NUMBER.test(q)) {
    try {
      const c = await api<CaseSummary>(`/api/cases/${encodeURIComponent(q)}`)
      found.set(c.id, { id: c.id, caseNumber: c.caseNumber, title: c.title, status: c.status })
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 404) throw err
    }
  }
  const r = await api<SearchResult>(`/api/search${query({ q, pageSize: 30 })}`)
  for (const h of r.hits) {
    if (!found.has(h.case.id)) found.set(h.case.id, { ...h.case })
  }
  return [...found.values()].slice(0, 15)
}

/**
 * Choose the case a document is filed in: the latest open cases, or a search by case number or
 * title. The choices are radio buttons, so the keyboard and screen readers work without a
 * custom combobox.
 */
export function CasePicker({
  picked,
  onPick,
  error,
}: {
  picked: PickedCase | null
  onPick(c: PickedCase): void
  error?: string
}) {
  const [q, setQ] = useState('')
  const [options, setOptions] = useState<PickedCase[]>([])
  const [status, setStatus] = useState('')
  const [searchError, setSearchError] = useState<string | null>(null)
  const [searching, setSearching] = useState(false)

  useEffect(() => {
    api<{ cases: CaseListItem[] }>('/api/cases?status=open&pageSize=8')
      .then((r) =>
        setOptions(
          r.cases.map((c) => ({
            id: c.id,
            caseNumber: c.caseNumber,
            title: c.title,
            status: c.status,
          })),
        ),
      )
      .catch(() => setOptions([]))
  }, [])

  const search = async () => {
    const term = q.trim()
    if (!term) return
    setSearching(true)
    setSearchError(null)
    try {
      const found = await findCases(term)
      setOptions(found)
      setStatus(
        found.length === 0
          ? `Inga ärenden hittades för ”${term}”.`
          : `${found.length} ${found.length === 1 ? 'ärende' : 'ärenden'} hittades för ”${term}”.`,
      )
    } catch (err) {
      setSearchError(err instanceof ApiError ? err.message : 'Sökningen misslyckades.')
    } finally {
      setSearching(false)
    }
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches here instead of submitting the whole registration.
    if (e.key === 'Enter') {
      e.preventDefault()
      void search()
    }
  }

  const shown = picked && !options.some((o) => o.id === picked.id) ? [picked, ...options] : options
  const describedBy = ['arende-sok-hint', error ? 'arende-sok-error' : null]
    .filter(Boolean)
    .join(' ')

  return (
    <div className={`case-picker field${error ? ' field--error' : ''}`}>
      <label htmlFor="arende-sok" className="label">
        Sök ärende
      </label>
      <p id="arende-sok-hint" className="hint">
        Diarienummer (t.ex. KS-2025-00466) eller ord ur ärendemeningen.
      </p>
      {error && <FieldErrorText id="arende-sok-error" message={error} />}
      <div className="search-row">
        <input
          id="arende-sok"
          type="search"
          className="input"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={search}
          disabled={searching}
        >
          {searching ? 'Söker…' : 'Sök ärende'}
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {searchError && (
        <p className="field-error" role="alert">
          {searchError}
        </p>
      )}
      {shown.length > 0 && (
        <fieldset className="fieldset case-options">
          <legend className="label label--small">
            {status ? 'Sökträffar' : 'Senaste öppna ärenden'}: välj ärende
          </legend>
          <div className="choices">
            {shown.map((c) => {
              const closed = c.status === 'closed'
              return (
                <div className="choice choice--case" key={c.id}>
                  <input
                    type="radio"
                    name="arende"
                    id={`arende-${c.id}`}
                    value={c.id}
                    checked={picked?.id === c.id}
                    onChange={() => onPick(c)}
                    disabled={closed}
                  />
                  <label htmlFor={`arende-${c.id}`}>
                    <span className="case-number">{c.caseNumber}</span> {c.title}{' '}
                    <span className="muted">
                      ({STATUS_LABEL[c.status].toLowerCase()}
                      {closed ? ': återöppna ärendet först' : ''})
                    </span>
                  </label>
                </div>
              )
            })}
          </div>
        </fieldset>
      )}
      <p className="picked" aria-live="polite">
        {picked && (
          <>
            Valt ärende: <strong>{picked.caseNumber}</strong> {picked.title}
          </>
        )}
      </p>
    </div>
  )
}
