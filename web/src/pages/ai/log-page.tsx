import { useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { query } from '../../api/client'
import type { AiLogPage } from '../../api/ai-types'
import { useApi } from '../../api/use-api'
import { isDate } from '../../board-labels'
import { DataTable } from '../../components/data-table'
import { ErrorSummary } from '../../components/error-summary'
import { SelectField, TextField } from '../../components/form'
import { LoadError, Loading } from '../../components/page'
import { summaryOf, type FormErrors } from '../../components/use-form-submit'
import { formatDateTime, normalizeDate } from '../../labels'
import { AiPage } from './ai-page'
import { LOG_ACTION_LABEL } from './ai-labels'
import { logEntryView } from './log-entry-view'
import { useAiServices } from './use-ai-vocabulary'

const PAGE_SIZE = 50
const TARGETS = { from: 'logg-fran', to: 'logg-till' }

/**
 * The AI usage log (riktlinjerna punkt 6: all AI use is documented): every call with who, the
 * service, the purpose, the guard's decision and findings by type, and what became of it;
 * reviews and incidents. Newest first, 50 at a time; each entry has its own page.
 */
export function LogPage() {
  const [params, setParams] = useSearchParams()
  const services = useAiServices()
  const filter = {
    from: params.get('fran') ?? '',
    to: params.get('till') ?? '',
    action: params.get('handelse') ?? '',
    serviceId: params.get('tjanst') ?? '',
  }
  const before = Number(params.get('fore')) || undefined
  const log = useApi<AiLogPage>(
    `/api/ai/log${query({
      from: filter.from || undefined,
      to: filter.to || undefined,
      action: filter.action || undefined,
      serviceId: filter.serviceId || undefined,
      beforeSeq: before,
      limit: PAGE_SIZE,
    })}`,
  )
  const [v, setV] = useState(filter)
  const [errors, setErrors] = useState<FormErrors>({})
  const [attempt, setAttempt] = useState(0)
  const list = services.data?.services ?? []

  const apply = (e: FormEvent) => {
    e.preventDefault()
    const from = normalizeDate(v.from)
    const to = normalizeDate(v.to)
    const local: FormErrors = {}
    if (from && !isDate(from)) local.from = 'Ange från-datum som ÅÅÅÅ-MM-DD.'
    if (to && !isDate(to)) local.to = 'Ange till-datum som ÅÅÅÅ-MM-DD.'
    setErrors(local)
    if (Object.keys(local).length) {
      setAttempt((a) => a + 1)
      return
    }
    setParams(
      new URLSearchParams(
        query({ fran: from, till: to, handelse: v.action, tjanst: v.serviceId }).slice(1),
      ),
    )
  }
  const older = (seq: number) => {
    const next = new URLSearchParams(params)
    next.set('fore', String(seq))
    setParams(next)
  }
  const newest = new URLSearchParams(params)
  newest.delete('fore')

  return (
    <AiPage
      title="AI-loggen"
      lead="Varje användning av AI: vem, när, vilken tjänst och varför, vad AI-spärren hittade och beslutade, och vad som blev av svaret. Personuppgifter sparas aldrig i loggen."
    >
      <section className="card section" aria-labelledby="logg-urval">
        <h2 id="logg-urval">Urval</h2>
        <ErrorSummary
          title="Urvalet kunde inte användas"
          errors={summaryOf(errors, TARGETS)}
          focusKey={attempt}
          headingId="logg-urval-fel"
        />
        <form onSubmit={apply} noValidate>
          <div className="grid-4">
            <TextField
              id={TARGETS.from}
              label="Från och med"
              optional
              hint="ÅÅÅÅ-MM-DD"
              inputMode="numeric"
              value={v.from}
              error={errors.from}
              onChange={(e) => setV((x) => ({ ...x, from: e.target.value }))}
            />
            <TextField
              id={TARGETS.to}
              label="Till och med"
              optional
              hint="ÅÅÅÅ-MM-DD"
              inputMode="numeric"
              value={v.to}
              error={errors.to}
              onChange={(e) => setV((x) => ({ ...x, to: e.target.value }))}
            />
            <SelectField
              id="logg-handelse"
              label="Händelse"
              value={v.action}
              onChange={(e) => setV((x) => ({ ...x, action: e.target.value }))}
            >
              <option value="">Alla</option>
              {Object.entries(LOG_ACTION_LABEL).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="logg-tjanst"
              label="Tjänst"
              value={v.serviceId}
              onChange={(e) => setV((x) => ({ ...x, serviceId: e.target.value }))}
            >
              <option value="">Alla</option>
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="form-actions">
            <button type="submit" className="button">
              Visa
            </button>
          </div>
        </form>
      </section>

      <section className="section" aria-labelledby="logg-poster">
        <h2 id="logg-poster">{before ? `Poster före nr ${before}` : 'Senaste posterna'}</h2>
        {log.error ? (
          <LoadError message={log.error.message} onRetry={log.reload} />
        ) : !log.data ? (
          <Loading />
        ) : log.data.entries.length === 0 ? (
          <p className="muted">Inga poster i urvalet.</p>
        ) : (
          <DataTable
            caption="AI-loggen"
            rows={log.data.entries}
            rowKey={(e) => String(e.seq)}
            columns={[
              {
                header: 'Nr',
                rowHeader: true,
                className: 'nowrap',
                cell: (e) => <Link to={`/ai/logg/${e.seq}`}>Post {e.seq}</Link>,
              },
              {
                header: 'Tid',
                className: 'nowrap',
                cell: (e) => <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>,
              },
              { header: 'Vem', cell: (e) => logEntryView(e, list).who },
              { header: 'Tjänst', cell: (e) => logEntryView(e, list).service },
              { header: 'Syfte', cell: (e) => logEntryView(e, list).purpose },
              { header: 'Beslut', cell: (e) => logEntryView(e, list).decision },
              { header: 'Fynd', cell: (e) => logEntryView(e, list).findings },
              { header: 'Utfall', cell: (e) => logEntryView(e, list).outcome },
            ]}
          />
        )}
        <nav className="pager" aria-label="Bläddra i loggen">
          <ul className="link-row">
            {before && (
              <li>
                <Link to={`?${newest.toString()}`}>Senaste posterna</Link>
              </li>
            )}
            {log.data?.nextBeforeSeq && (
              <li>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => older(log.data!.nextBeforeSeq!)}
                >
                  Äldre poster
                </button>
              </li>
            )}
          </ul>
        </nav>
      </section>
    </AiPage>
  )
}
