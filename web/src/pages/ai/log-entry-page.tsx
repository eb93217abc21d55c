import { Link, useParams } from 'react-router'
import type { AiLogPage } from '../../api/ai-types'
import { useApi } from '../../api/use-api'
import { LoadError, Loading } from '../../components/page'
import { formatDateTime } from '../../labels'
import { AiPage } from './ai-page'
import { logActionLabel } from './ai-labels'
import { logEntryView } from './log-entry-view'
import { ReportAiProblem } from './report-ai-problem'
import { useAiServices } from './use-ai-vocabulary'

/** One entry of the AI log: what was sent (as redacted) and what came back. */
export function LogEntryPage() {
  const { seq: raw = '' } = useParams()
  const seq = /^\d+$/.test(raw) ? Number(raw) : null
  const services = useAiServices()
  // The log is read newest first before a number: the one entry before seq + 1 is seq itself.
  const log = useApi<AiLogPage>(seq ? `/api/ai/log?beforeSeq=${seq + 1}&limit=1` : null)
  const e = log.data?.entries.find((x) => x.seq === seq)
  if (seq === null || log.error || (log.data && !e)) {
    return (
      <AiPage title="Posten finns inte">
        <LoadError
          message={log.error?.message ?? 'Det finns ingen sådan post i AI-loggen.'}
          onRetry={log.error ? log.reload : undefined}
        />
        <p>
          <Link to="/ai/logg">AI-loggen</Link>
        </p>
      </AiPage>
    )
  }
  if (!e) {
    return (
      <AiPage title="Post i AI-loggen">
        <Loading />
      </AiPage>
    )
  }
  const v = logEntryView(e, services.data?.services ?? [])
  return (
    <AiPage
      title={`Post ${e.seq} i AI-loggen`}
      heading={`Post ${e.seq}: ${logActionLabel(e.action)}`}
    >
      <p className="breadcrumb">
        <Link to="/ai/logg">AI-loggen</Link>
      </p>
      <dl className="facts">
        <div>
          <dt>Tid</dt>
          <dd>
            <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Vem</dt>
          <dd>{v.who}</dd>
        </div>
        <div>
          <dt>Tjänst</dt>
          <dd>{v.service}</dd>
        </div>
        <div>
          <dt>Syfte</dt>
          <dd>{v.purpose}</dd>
        </div>
        <div>
          <dt>Spärrens beslut</dt>
          <dd>{v.decision}</dd>
        </div>
        <div>
          <dt>Fynd</dt>
          <dd>{v.findings}</dd>
        </div>
        <div>
          <dt>Utfall</dt>
          <dd>{v.outcome}</dd>
        </div>
        {v.draftId && (
          <div>
            <dt>AI-utkast</dt>
            <dd>
              <Link to={`/ai/utkast/${v.draftId}`}>Visa utkastet</Link>
            </dd>
          </div>
        )}
      </dl>
      {v.reasons.length > 0 && (
        <section className="section" aria-labelledby="logg-skal">
          <h2 id="logg-skal">Spärrens skäl</h2>
          <ul>
            {v.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      )}
      {v.sources.length > 0 && (
        <section className="section" aria-labelledby="logg-kallor">
          <h2 id="logg-kallor">Underlag</h2>
          <ul className="columns">
            {v.sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}
      {e.action === 'ai.call' && (
        <>
          <section className="section" aria-labelledby="logg-skickat">
            <h2 id="logg-skickat">Det som skickades (maskat)</h2>
            {v.sent ? (
              <pre className="log-text">{v.sent}</pre>
            ) : (
              <p className="muted">Ingenting skickades.</p>
            )}
          </section>
          <section className="section" aria-labelledby="logg-svar">
            <h2 id="logg-svar">Det som kom tillbaka</h2>
            {v.received ? (
              <pre className="log-text">{v.received}</pre>
            ) : (
              <p className="muted">{v.error ? `Inget svar (${v.error}).` : 'Inget svar.'}</p>
            )}
          </section>
        </>
      )}
      <details className="disclosure section">
        <summary>Alla uppgifter i posten</summary>
        <pre className="log-text">{JSON.stringify(e.data, null, 2)}</pre>
      </details>
      <div className="section">
        <ReportAiProblem logSeq={e.seq} draftId={v.draftId} idPrefix="logg-incident" />
      </div>
    </AiPage>
  )
}
