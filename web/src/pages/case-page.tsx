import { useEffect, useState } from 'react'
import { Link, useLocation, useNavigate, useParams } from 'react-router'
import { api, ApiError } from '../api/client'
import type { CaseDetail, CaseStatus, HistoryEvent, StaffUser } from '../api/types'
import { useApi } from '../api/use-api'
import { mayRegister, useSession } from '../auth/session'
import { DocumentsTable } from '../components/documents-table'
import { TextArea } from '../components/form'
import { LoadError, Loading, Page } from '../components/page'
import { StatusBadge } from '../components/status-badge'
import { actionLabel, formatDateTime, STATUS_LABEL } from '../labels'
import { useRegistry } from '../registry'
import { ApprovedCaseSummary, CaseAiPanel } from './ai/case-ai-panel'
import type { CreatedCaseState } from './cases/create-case-page'

/** open → decided → closed; decided and closed cases may be reopened. */
const NEXT: Record<CaseStatus, { to: CaseStatus; label: string }[]> = {
  open: [
    { to: 'decided', label: 'Markera som beslutat' },
    { to: 'closed', label: 'Avsluta ärendet' },
  ],
  decided: [
    { to: 'closed', label: 'Avsluta ärendet' },
    { to: 'open', label: 'Återöppna ärendet' },
  ],
  closed: [{ to: 'open', label: 'Återöppna ärendet' }],
}

export function CasePage() {
  const { id = '' } = useParams()
  const { user } = useSession()
  const registry = useRegistry()
  const caseData = useApi<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`)
  const history = useApi<{ events: HistoryEvent[] }>(`/api/cases/${encodeURIComponent(id)}/history`)
  const users = useApi<{ users: StaffUser[] }>('/api/users')
  const c = caseData.data

  if (caseData.error) {
    return (
      <Page
        title={caseData.error.status === 404 ? 'Ärendet finns inte' : 'Ärendet kunde inte visas'}
      >
        <CreatedNotice />
        <LoadError message={caseData.error.message} onRetry={caseData.reload} />
        <p>
          <Link to="/sok">Sök i diariet</Link>
        </p>
      </Page>
    )
  }
  if (!c) {
    return (
      <Page title="Ärende">
        <CreatedNotice />
        <Loading />
      </Page>
    )
  }

  const officer = users.data?.users.find((u) => u.id === c.caseOfficerId)
  const committee = registry?.committees.find((x) => x.id === c.committeeId)
  const reloadAll = () => {
    caseData.reload()
    history.reload()
  }

  return (
    <Page
      title={`${c.caseNumber} ${c.title}`}
      heading={
        <>
          <span className="heading-kicker">Ärende {c.caseNumber}</span>
          {c.title}
        </>
      }
    >
      <CreatedNotice />
      <div className="case-header">
        <dl className="facts">
          <div>
            <dt>Diarienummer</dt>
            <dd>{c.caseNumber}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <StatusBadge status={c.status} />
            </dd>
          </div>
          <div>
            <dt>Handläggare</dt>
            <dd>{officer?.displayName ?? (c.caseOfficerId ? '…' : 'Ej tilldelad')}</dd>
          </div>
          <div>
            <dt>Organ</dt>
            <dd>{committee?.name ?? '–'}</dd>
          </div>
          <div>
            <dt>Klassificering</dt>
            <dd>{c.classificationCode ?? '–'}</dd>
          </div>
          <div>
            <dt>Öppnat</dt>
            <dd>{c.openedOn}</dd>
          </div>
          {c.decidedOn && (
            <div>
              <dt>Beslutat</dt>
              <dd>{c.decidedOn}</dd>
            </div>
          )}
          {c.closedOn && (
            <div>
              <dt>Avslutat</dt>
              <dd>{c.closedOn}</dd>
            </div>
          )}
        </dl>
        {c.titleProtected && (
          <p className="notice notice--info">
            Ärendemeningen är skyddad och visas som ”Sekretess” i det offentliga diariet.
          </p>
        )}
      </div>

      {c.approvedSummary && <ApprovedCaseSummary summary={c.approvedSummary} />}

      <section className="section" aria-labelledby="handlingar">
        <div className="section-head">
          <h2 id="handlingar">Handlingar</h2>
          {mayRegister(user) && c.status !== 'closed' && (
            <Link className="button" to={`/registrera?arende=${c.id}`}>
              Registrera handling i ärendet
            </Link>
          )}
        </div>
        <DocumentsTable documents={c.documents} view="staff" />
        <p className="muted small">
          <Link to={`/diarium/arenden/${c.id}`}>Visa ärendet så som allmänheten ser det</Link>
          {' · '}
          <Link to={`/arenden/${c.id}/tjansteskrivelser`}>Tjänsteskrivelser</Link>
        </p>
      </section>

      <CaseAiPanel caseId={c.id} />

      <StatusChange caseId={c.id} status={c.status} onChanged={reloadAll} />

      <section className="section" aria-labelledby="handelser">
        <h2 id="handelser">Händelser</h2>
        {history.error ? (
          <LoadError message={history.error.message} onRetry={history.reload} />
        ) : !history.data ? (
          <Loading />
        ) : (
          <History events={history.data.events} />
        )}
      </section>
    </Page>
  )
}

/**
 * "Ärendet KS-… har skapats", after the "Skapa ärende" page brought the user here. The live
 * region is on the page from the start (the same element while the case loads and once it has
 * loaded), so the text is announced; the navigation state is then cleared, so that a reload
 * does not say it again.
 */
function CreatedNotice() {
  const location = useLocation()
  const navigate = useNavigate()
  const created = (location.state as Partial<CreatedCaseState> | null)?.createdCaseNumber
  const [shown, setShown] = useState<{ path: string; text: string } | null>(null)

  useEffect(() => {
    if (!created) return
    setShown({ path: location.pathname, text: `Ärendet ${created} har skapats.` })
    void navigate(`${location.pathname}${location.search}`, { replace: true, state: null })
  }, [created, location.pathname, location.search, navigate])

  return (
    <div role="status" aria-live="polite">
      {shown?.path === location.pathname && <p className="notice notice--success">{shown.text}</p>}
    </div>
  )
}

function StatusChange({
  caseId,
  status,
  onChanged,
}: {
  caseId: string
  status: CaseStatus
  onChanged(): void
}) {
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  const change = async (to: CaseStatus) => {
    setBusy(true)
    setMessage(null)
    try {
      await api(`/api/cases/${caseId}/status`, {
        json: { status: to, reason: reason.trim() || undefined },
      })
      setReason('')
      setMessage({ kind: 'ok', text: `Ärendets status är nu ${STATUS_LABEL[to].toLowerCase()}.` })
      onChanged()
    } catch (err) {
      setMessage({
        kind: 'error',
        text: err instanceof ApiError ? err.message : 'Statusen kunde inte ändras.',
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="section card" aria-labelledby="andra-status">
      <h2 id="andra-status">Ändra status</h2>
      <p>
        Nuvarande status: <StatusBadge status={status} />
      </p>
      <TextArea
        id="statusorsak"
        label="Kommentar till ändringen"
        optional
        hint="Sparas i ärendets händelser, t.ex. varför ärendet återöppnas."
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={1000}
      />
      <div className="button-row">
        {NEXT[status].map((n) => (
          <button
            key={n.to}
            type="button"
            className={n.to === 'open' ? 'button button--secondary' : 'button'}
            onClick={() => change(n.to)}
            disabled={busy}
          >
            {n.label}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {message?.kind === 'ok' && <p className="notice notice--success">{message.text}</p>}
      </div>
      <div role="alert">
        {message?.kind === 'error' && <p className="notice notice--error">{message.text}</p>}
      </div>
    </section>
  )
}

function History({ events }: { events: HistoryEvent[] }) {
  if (events.length === 0) return <p className="muted">Inga händelser.</p>
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.seq}>
          <p className="timeline__meta">
            <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            {e.actorName ? ` · ${e.actorName}` : ''}
          </p>
          <p className="timeline__what">
            {e.entityType === 'case' && e.action === 'document.register'
              ? 'Ärendet skapades'
              : actionLabel(e.action)}
            {describe(e)}
          </p>
        </li>
      ))}
    </ol>
  )
}

function describe(e: HistoryEvent): string {
  const d = e.data ?? {}
  const str = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null)
  if (e.action === 'case.changeStatus') {
    const from = str('from') as CaseStatus | null
    const to = str('to') as CaseStatus | null
    const reason = str('reason')
    const change = from && to ? `: ${STATUS_LABEL[from]} → ${STATUS_LABEL[to]}` : ''
    return `${change}${reason ? ` (${reason})` : ''}`
  }
  if (e.entityType === 'case' && str('caseNumber')) return `: ${str('caseNumber')}`
  if (str('registrationNumber')) return `: ${str('registrationNumber')}`
  return ''
}
