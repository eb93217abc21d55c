import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { api } from '../../api/client'
import type { AiDraft } from '../../api/ai-types'
import { useApi } from '../../api/use-api'
import { mayReviewAiDrafts } from '../../auth/ai-access'
import { useSession } from '../../auth/session'
import { ActionMessage, useAction } from '../../components/action-message'
import { LoadError, Loading } from '../../components/page'
import { formatDateTime } from '../../labels'
import { AiPage } from './ai-page'
import { AiDraftLabel } from './ai-draft-label'
import { DRAFT_STATUS_LABEL } from './ai-labels'
import { DraftDiff } from './draft-diff'
import { DraftReview } from './draft-review'
import { ReportAiProblem } from './report-ai-problem'

/**
 * Granska AI-utkast (riktlinjerna punkt 6: AI material is always reviewed before it is used or
 * published): the text as generated with its label and sources, the reviewer's own final text,
 * approve or reject with a note, and once approved what changed, word by word, and applying it
 * to what it was for. Every AI output can be reported as an incident here.
 */
export function DraftPage() {
  const { id = '' } = useParams()
  const { user } = useSession()
  const loaded = useApi<AiDraft>(`/api/ai/drafts/${encodeURIComponent(id)}`)
  const apply = useAction()
  const [said, setSaid] = useState<string | null>(null)
  const d = loaded.data
  if (loaded.error) {
    return (
      <AiPage title="AI-utkastet kunde inte visas">
        <LoadError message={loaded.error.message} onRetry={loaded.reload} />
        <p>
          <Link to="/ai/utkast">Alla AI-utkast</Link>
        </p>
      </AiPage>
    )
  }
  if (!d) {
    return (
      <AiPage title="AI-utkast">
        <Loading />
      </AiPage>
    )
  }
  const reviewer = mayReviewAiDrafts(user)
  const what = d.target?.label ?? d.purpose
  const targetLink = d.officialReportId
    ? { to: `/tjansteskrivelser/${d.officialReportId}`, text: 'Till tjänsteskrivelsen' }
    : d.caseId
      ? { to: `/arenden/${d.caseId}`, text: `Till ärendet ${d.caseNumber ?? ''}` }
      : null
  const onApply = async () => {
    const x = await apply.run(
      () => api<AiDraft>(`/api/ai/drafts/${d.id}/apply`, { method: 'POST' }),
      `Den godkända texten är införd: ${what}.`,
    )
    if (x) loaded.replace(x)
  }
  return (
    <AiPage title={`AI-utkast: ${what}`} heading={`AI-utkast: ${what}`}>
      <p className="breadcrumb">
        <Link to="/ai/utkast">Alla AI-utkast</Link>
      </p>
      <p>
        <AiDraftLabel status={d.status} label={d.label} />
      </p>
      <div role="status" aria-live="polite">
        {said && <p className="notice notice--success">{said}</p>}
      </div>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>{DRAFT_STATUS_LABEL[d.status]}</dd>
        </div>
        {d.caseId && (
          <div>
            <dt>Ärende</dt>
            <dd>
              <Link to={`/arenden/${d.caseId}`}>{d.caseNumber ?? 'Ärendet'}</Link>
            </dd>
          </div>
        )}
        {d.registrationNumber && (
          <div>
            <dt>Handling</dt>
            <dd>{d.registrationNumber}</dd>
          </div>
        )}
        <div>
          <dt>Förs in i</dt>
          <dd>{d.target?.label ?? 'Inget fält (kopieras för hand)'}</dd>
        </div>
        <div>
          <dt>AI-tjänst</dt>
          <dd>{d.service?.name ?? '–'}</dd>
        </div>
        <div>
          <dt>Skapat</dt>
          <dd>
            {formatDateTime(d.createdAt)}
            {d.createdBy ? ` av ${d.createdBy.name}` : ''}
          </dd>
        </div>
        {d.reviewedAt && (
          <div>
            <dt>{d.status === 'approved' ? 'Godkänt' : 'Avvisat'}</dt>
            <dd>
              {formatDateTime(d.reviewedAt)}
              {d.reviewedBy ? ` av ${d.reviewedBy.name}` : ''}
            </dd>
          </div>
        )}
        {d.appliedAt && (
          <div>
            <dt>Infört</dt>
            <dd>
              {formatDateTime(d.appliedAt)}
              {d.appliedBy ? ` av ${d.appliedBy.name}` : ''}
            </dd>
          </div>
        )}
      </dl>

      <section className="section" aria-labelledby="utkast-text">
        <h2 id="utkast-text">Texten som AI-tjänsten skrev</h2>
        <div className="ai-output">
          <p className="ai-output__label">
            <AiDraftLabel status="unreviewed" label="AI-utkast – ej granskat" />
          </p>
          <div className="pre-line">{d.generatedText}</div>
        </div>
      </section>

      {d.sources.length > 0 && (
        <section className="section" aria-labelledby="utkast-kallor">
          <h2 id="utkast-kallor">Underlag som skickades</h2>
          <ul>
            {d.sources.map((s) => (
              <li key={s.reference}>
                {s.caseId ? <Link to={`/arenden/${s.caseId}`}>{s.reference}</Link> : s.reference}{' '}
                {s.title}
              </li>
            ))}
          </ul>
        </section>
      )}

      {d.status === 'unreviewed' &&
        (reviewer ? (
          <DraftReview
            draft={d}
            onReviewed={(x, text) => {
              loaded.replace(x)
              setSaid(text)
            }}
          />
        ) : (
          <p className="notice notice--info">
            Utkastet granskas av ärendets handläggare, en registrator eller en nämndsekreterare.
          </p>
        ))}

      {d.status === 'approved' && (
        <section className="section" aria-labelledby="godkand-text">
          <h2 id="godkand-text">Godkänd text</h2>
          <div className="ai-output ai-output--approved">
            <p className="ai-output__label">
              <AiDraftLabel status="approved" label={d.label} />
            </p>
            <div className="pre-line">{d.approvedText}</div>
          </div>
          {d.reviewNote && (
            <p>
              <strong>Anteckning vid granskningen:</strong> {d.reviewNote}
            </p>
          )}
          {d.diff && <DraftDiff draft={d} diff={d.diff} />}
          <ActionMessage result={apply.result} />
          {d.target && !d.appliedAt && reviewer && (
            <div className="button-row">
              <button type="button" className="button" onClick={onApply} disabled={apply.busy}>
                För in texten: {d.target.label}
              </button>
            </div>
          )}
          {d.appliedAt && targetLink && (
            <p>
              <Link to={targetLink.to}>{targetLink.text}</Link>
            </p>
          )}
        </section>
      )}

      {d.status === 'rejected' && (
        <section className="section" aria-labelledby="avvisat">
          <h2 id="avvisat">Avvisat vid granskningen</h2>
          <p className="pre-line">{d.reviewNote}</p>
          <p>Utkastet kan inte användas.</p>
        </section>
      )}

      <div className="section">
        <ReportAiProblem draftId={d.id} logSeq={d.logSeq} idPrefix="utkast-incident" />
      </div>
    </AiPage>
  )
}
