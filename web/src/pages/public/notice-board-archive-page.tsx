import { useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { query } from '../../api/client'
import type { NoticeBoardArchive } from '../../api/notice-board-types'
import { useApi } from '../../api/use-api'
import { TextField } from '../../components/form'
import { LoadError, Loading, Page } from '../../components/page'
import { PostingCard } from './notice-board-posting'

/** Tidigare anslag: postings whose appeal period has run out, by year, newest first. */
export function NoticeBoardArchivePage() {
  const [params, setParams] = useSearchParams()
  const year = /^\d{4}$/.test(params.get('ar') ?? '') ? params.get('ar')! : ''
  const page = Math.max(1, Number(params.get('sida')) || 1)
  const { data, error, loading, reload } = useApi<NoticeBoardArchive>(
    `/api/public/notice-board/archive${query({ year: year || undefined, page: page > 1 ? page : undefined })}`,
  )
  const [typed, setTyped] = useState(year)
  const [typedError, setTypedError] = useState<string | undefined>()
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    if (typed.trim() && !/^\d{4}$/.test(typed.trim()))
      return setTypedError('Ange ett år med fyra siffror, t.ex. 2025.')
    setTypedError(undefined)
    setParams(new URLSearchParams(query({ ar: typed.trim() || undefined }).slice(1)))
  }
  const to = (p: number) =>
    `/anslagstavla/arkiv${query({ ar: year || undefined, sida: p > 1 ? p : undefined })}`
  return (
    <Page title="Tidigare anslag – anslagstavla" heading="Tidigare anslag">
      <p className="breadcrumb">
        <Link to="/anslagstavla">Anslagstavlan</Link>
      </p>
      <p className="lead">Anslag som har tagits ned sedan överklagandetiden gick ut.</p>
      <form className="search-row search-row--main" onSubmit={onSubmit} noValidate>
        <TextField
          id="arkiv-ar"
          label="År"
          optional
          inputMode="numeric"
          className="input--short"
          value={typed}
          error={typedError}
          onChange={(e) => setTyped(e.target.value)}
        />
        <button type="submit" className="button button--secondary">
          Visa
        </button>
      </form>
      <section className="section" aria-labelledby="arkiverade">
        <h2 id="arkiverade">{year ? `Anslag ${year}` : 'Alla tidigare anslag'}</h2>
        {error ? (
          <LoadError message={error.message} onRetry={reload} />
        ) : loading && !data ? (
          <Loading />
        ) : data && data.postings.length === 0 ? (
          <p className="muted">Inga tidigare anslag{year ? ` ${year}` : ''}.</p>
        ) : data ? (
          <ul className="posting-list">
            {data.postings.map((p) => (
              <li key={p.id}>
                <PostingCard posting={p} headingLevel={3} />
              </li>
            ))}
          </ul>
        ) : null}
        {data && (page > 1 || data.hasMore) && (
          <nav className="pagination" aria-label="Sidor">
            <ul>
              {page > 1 && (
                <li>
                  <Link to={to(page - 1)}>Föregående sida</Link>
                </li>
              )}
              <li>
                <span className="current" aria-current="page">
                  Sida {page}
                </span>
              </li>
              {data.hasMore && (
                <li>
                  <Link to={to(page + 1)}>Nästa sida</Link>
                </li>
              )}
            </ul>
          </nav>
        )}
      </section>
    </Page>
  )
}
