import { useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { query } from '../api/client'
import type { SearchHit, SearchResult } from '../api/types'
import { useApi } from '../api/use-api'
import { DIRECTION_LABEL, formatCount, normalizeDate } from '../labels'
import { useRegistry } from '../registry'
import { ErrorSummary } from './error-summary'
import { SelectField, TextField } from './form'
import { LoadError, Loading } from './page'
import { SecrecyBadge, StatusBadge } from './status-badge'

const KEYS = [
  'q',
  'series',
  'year',
  'status',
  'direction',
  'committeeId',
  'dateFrom',
  'dateTo',
] as const
type Key = (typeof KEYS)[number]
type Criteria = Record<Key, string>
const TARGETS: Partial<Record<Key, string>> = {
  year: 'ar',
  dateFrom: 'datum-fran',
  dateTo: 'datum-till',
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const PAGE_SIZE = 20
/** The API serves at most page 500. */
const MAX_PAGE = 500

function criteriaOf(params: URLSearchParams): Criteria {
  return Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Criteria
}

/**
 * Search with filters, ranked hits and pagination; the criteria live in the address, so a
 * search can be bookmarked, shared and gone back to. `mode` decides the API and the case links.
 */
export function RegistrySearch({
  mode,
  headingLevel = 2,
}: {
  mode: 'staff' | 'public'
  /** The level of the results heading; hits are one level below. */
  headingLevel?: 2 | 3
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3'
  const [params] = useSearchParams()
  const criteria = criteriaOf(params)
  const page = Math.min(MAX_PAGE, Math.max(1, Number(params.get('sida')) || 1))
  const searched = KEYS.some((k) => params.has(k))
  const endpoint = mode === 'staff' ? '/api/search' : '/api/public/search'
  const path = searched
    ? `${endpoint}${query({
        ...criteria,
        page,
        pageSize: PAGE_SIZE,
      })}`
    : null
  const result = useApi<SearchResult>(path)

  return (
    <>
      <SearchForm key={params.toString()} initial={criteria} />
      <section className="search-results" aria-labelledby="sokresultat">
        <H id="sokresultat" className={searched ? undefined : 'visually-hidden'}>
          Sökresultat
        </H>
        <p role="status" aria-live="polite" aria-atomic="true" className="result-count">
          {searched && result.data && !result.loading ? countText(result.data) : ''}
        </p>
        {searched && result.loading && <Loading label="Söker…" />}
        {result.error && <LoadError message={result.error.message} onRetry={result.reload} />}
        {searched && result.data && !result.loading && (
          <>
            <ol className="hits" start={(result.data.page - 1) * result.data.pageSize + 1}>
              {result.data.hits.map((h, i) => (
                <Hit
                  key={`${h.case.id}-${h.document?.id ?? 'c'}-${i}`}
                  hit={h}
                  mode={mode}
                  level={headingLevel + 1}
                />
              ))}
            </ol>
            <Pagination result={result.data} params={params} />
          </>
        )}
      </section>
    </>
  )
}

function countText(r: SearchResult): string {
  if (r.total === 0) return 'Inga träffar. Prova färre ord eller ta bort någon avgränsning.'
  const total = r.totalIsLowerBound ? `över ${formatCount(r.total)}` : formatCount(r.total)
  const first = (r.page - 1) * r.pageSize + 1
  const last = first + r.hits.length - 1
  const widened = (r.corrections ?? [])
    .filter((c) => c.suggestions.length > 0)
    .map((c) => `”${c.word}” sökte även på ${c.suggestions.map((s) => `”${s}”`).join(', ')}`)
  return `${total} ${r.total === 1 && !r.totalIsLowerBound ? 'träff' : 'träffar'}${
    r.hits.length > 0 ? `, visar ${first}–${last}` : ''
  }${widened.length > 0 ? `. ${widened.join('; ')}.` : ''}`
}

function SearchForm({ initial }: { initial: Criteria }) {
  const registry = useRegistry()
  const [, setParams] = useSearchParams()
  const [c, setC] = useState<Criteria>(initial)
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({})
  const [attempt, setAttempt] = useState(0)
  const hasFilters = KEYS.some((k) => k !== 'q' && initial[k] !== '')
  const set = (k: Key, v: string) => setC((x) => ({ ...x, [k]: v }))

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const errs: Partial<Record<Key, string>> = {}
    if (c.year && !/^\d{4}$/.test(c.year.trim()))
      errs.year = 'Ange år med fyra siffror, t.ex. 2025.'
    const from = normalizeDate(c.dateFrom)
    const to = normalizeDate(c.dateTo)
    if (from && !ISO_DATE.test(from)) errs.dateFrom = 'Ange datum som ÅÅÅÅ-MM-DD.'
    if (to && !ISO_DATE.test(to)) errs.dateTo = 'Ange datum som ÅÅÅÅ-MM-DD.'
    else if (from && to && from > to) errs.dateTo = 'Till-datumet kan inte vara före från-datumet.'
    setErrors(errs)
    if (Object.keys(errs).length > 0) {
      setAttempt((a) => a + 1)
      return
    }
    const next = new URLSearchParams()
    for (const k of KEYS) {
      const v = k === 'dateFrom' || k === 'dateTo' ? normalizeDate(c[k]) : c[k].trim()
      if (v) next.set(k, v)
    }
    if ([...next.keys()].length === 0) next.set('q', '')
    setParams(next)
  }

  return (
    <form
      role="search"
      className="card form search-form"
      onSubmit={onSubmit}
      noValidate
      aria-label="Sök i diariet"
    >
      <ErrorSummary
        title="Sökningen kunde inte göras"
        focusKey={attempt}
        errors={Object.entries(errors).map(([k, m]) => ({
          target: TARGETS[k as Key] ?? null,
          message: m ?? '',
        }))}
      />
      <div className="search-row search-row--main">
        <TextField
          id="sokord"
          type="search"
          label="Sökord"
          hint="Diarienummer, ärendemening, avsändare eller ord i handlingarna."
          value={c.q}
          onChange={(e) => set('q', e.target.value)}
          maxLength={500}
        />
        <button type="submit" className="button search-button">
          Sök
        </button>
      </div>
      <details className="filters" open={hasFilters || undefined}>
        <summary>Avgränsa sökningen</summary>
        <div className="grid-4">
          <SelectField
            id="diarieserie"
            label="Diarieserie"
            value={c.series}
            onChange={(e) => set('series', e.target.value)}
          >
            <option value="">Alla</option>
            {(registry?.series ?? []).map((s) => (
              <option key={s.prefix} value={s.prefix}>
                {s.prefix} – {s.name}
              </option>
            ))}
          </SelectField>
          <TextField
            id="ar"
            label="År"
            inputMode="numeric"
            maxLength={4}
            value={c.year}
            error={errors.year}
            onChange={(e) => set('year', e.target.value)}
            className="input--short"
          />
          <SelectField
            id="status"
            label="Status"
            value={c.status}
            onChange={(e) => set('status', e.target.value)}
          >
            <option value="">Alla</option>
            <option value="open">Öppet</option>
            <option value="decided">Beslutat</option>
            <option value="closed">Avslutat</option>
          </SelectField>
          <SelectField
            id="riktning"
            label="Riktning"
            value={c.direction}
            onChange={(e) => set('direction', e.target.value)}
          >
            <option value="">Alla</option>
            <option value="incoming">Inkommande</option>
            <option value="outgoing">Utgående</option>
            <option value="drawnUp">Upprättad</option>
          </SelectField>
          <SelectField
            id="organ"
            label="Organ"
            value={c.committeeId}
            onChange={(e) => set('committeeId', e.target.value)}
          >
            <option value="">Alla</option>
            {(registry?.committees ?? []).map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </SelectField>
          <TextField
            id="datum-fran"
            hint="ÅÅÅÅ-MM-DD"
            maxLength={10}
            autoComplete="off"
            label="Datum från"
            value={c.dateFrom}
            error={errors.dateFrom}
            onChange={(e) => set('dateFrom', e.target.value)}
          />
          <TextField
            id="datum-till"
            hint="ÅÅÅÅ-MM-DD"
            maxLength={10}
            autoComplete="off"
            label="Datum till"
            value={c.dateTo}
            error={errors.dateTo}
            onChange={(e) => set('dateTo', e.target.value)}
          />
        </div>
        <p className="small">
          <Link to="?">Rensa sökningen</Link>
        </p>
      </details>
    </form>
  )
}

function Hit({ hit, mode, level }: { hit: SearchHit; mode: 'staff' | 'public'; level: number }) {
  const H = level === 3 ? 'h3' : 'h4'
  const href = mode === 'staff' ? `/arenden/${hit.case.id}` : `/diarium/arenden/${hit.case.id}`
  const d = hit.document
  return (
    <li className="hit">
      <H className="hit__title">
        <Link to={href}>
          <span className="case-number">{d ? d.registrationNumber : hit.case.caseNumber}</span>{' '}
          {hit.case.title}
        </Link>
      </H>
      <p className="hit__meta">
        <StatusBadge status={hit.case.status} />
        <span>{d ? `Handling i ärende ${hit.case.caseNumber}` : 'Ärende'}</span>
        {d && (
          <>
            <span>{DIRECTION_LABEL[d.direction]}</span>
            <span>{d.documentDate}</span>
            {d.confidential && <SecrecyBadge ground={null} />}
          </>
        )}
      </p>
      {d && (
        <p className="hit__text">
          {d.counterpartName && (
            <>
              <span className="hit__label">
                {d.direction === 'outgoing' ? 'Mottagare' : 'Avsändare'}:
              </span>{' '}
              {d.counterpartName}.{' '}
            </>
          )}
          {d.description}
        </p>
      )}
    </li>
  )
}

function Pagination({ result, params }: { result: SearchResult; params: URLSearchParams }) {
  const pages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(result.total / result.pageSize)))
  if (pages <= 1) return null
  const link = (p: number) => {
    const next = new URLSearchParams(params)
    if (p === 1) next.delete('sida')
    else next.set('sida', String(p))
    return `?${next.toString()}`
  }
  const current = result.page
  const around = [current - 2, current - 1, current, current + 1, current + 2].filter(
    (p) => p >= 1 && p <= pages,
  )
  const shown = [...new Set([1, ...around, pages])].sort((a, b) => a - b)
  return (
    <nav className="pagination" aria-label="Sidor i sökresultatet">
      <ul>
        {current > 1 && (
          <li>
            <Link to={link(current - 1)} rel="prev">
              Föregående<span className="visually-hidden"> sida</span>
            </Link>
          </li>
        )}
        {shown.map((p, i) => (
          <li key={p}>
            {i > 0 && shown[i - 1] !== p - 1 && (
              <span className="ellipsis" aria-hidden="true">
                …
              </span>
            )}
            {p === current ? (
              <span className="current" aria-current="page">
                <span className="visually-hidden">Sida </span>
                {p}
              </span>
            ) : (
              <Link to={link(p)}>
                <span className="visually-hidden">Sida </span>
                {p}
              </Link>
            )}
          </li>
        ))}
        {current < pages && (
          <li>
            <Link to={link(current + 1)} rel="next">
              Nästa<span className="visually-hidden"> sida</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
