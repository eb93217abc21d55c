import { useState } from 'react'
import { Link } from 'react-router'
import { api, ApiError, query } from '../../api/client'
import type { AiDraftCreated, AiDraftSummary, ApprovedAiSummary } from '../../api/ai-types'
import { useApi } from '../../api/use-api'
import { SelectField } from '../../components/form'
import { formatDateTime } from '../../labels'
import { AiDraftLabel } from './ai-draft-label'
import { AiError } from './ai-error'
import { classesText, findingsText } from './ai-labels'
import { ReportAiProblem } from './report-ai-problem'
import { useAiServices, useAiVocabulary } from './use-ai-vocabulary'

/**
 * "AI-stöd" on the case page (riktlinjerna punkt 4: drafting text): a summary of the case from
 * an approved service, shown only as a draft labelled "AI-utkast – ej granskat" with a link to
 * review it. What the guard stops, or a missing training, is said in the panel.
 */
export function CaseAiPanel({ caseId }: { caseId: string }) {
  const services = useAiServices()
  const { classLabels } = useAiVocabulary()
  const drafts = useApi<{ drafts: AiDraftSummary[] }>(
    `/api/ai/drafts${query({ caseId, pageSize: 10 })}`,
  )
  const approved = (services.data?.services ?? []).filter((s) => s.status === 'approved')
  const [chosen, setChosen] = useState('')
  const serviceId = chosen || approved[0]?.id || ''
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [draft, setDraft] = useState<AiDraftCreated | null>(null)

  const create = async () => {
    setBusy(true)
    setError(null)
    setDraft(null)
    try {
      setDraft(
        await api<AiDraftCreated>(`/api/cases/${caseId}/ai/summary`, { json: { serviceId } }),
      )
      drafts.reload()
    } catch (err) {
      setError(
        err instanceof ApiError
          ? err
          : new ApiError(0, 'unknown', 'AI-utkastet kunde inte skapas.'),
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="section card ai-panel" aria-labelledby="ai-stod">
      <h2 id="ai-stod">AI-stöd</h2>
      <p>
        AI skriver bara utkast. Ett utkast märks ”AI-utkast – ej granskat” tills en person har
        granskat och godkänt det. Personuppgifter maskas, och sekretessbelagt eller känsligt skickas
        inte alls, om tjänsten inte är godkänd för det.
      </p>
      {services.error ? (
        <p className="notice notice--error">{services.error.message}</p>
      ) : !services.data ? (
        <p className="loading" role="status">
          Hämtar AI-tjänster…
        </p>
      ) : approved.length === 0 ? (
        <p className="muted">Det finns ingen godkänd AI-tjänst att använda.</p>
      ) : (
        <>
          <SelectField
            id="ai-tjanst"
            label="AI-tjänst"
            hint={`Godkänd för: ${classesText(approved.find((s) => s.id === serviceId)?.approvedClasses ?? [], classLabels)}.`}
            value={serviceId}
            onChange={(e) => setChosen(e.target.value)}
          >
            {approved.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} – {s.processingLocation}
              </option>
            ))}
          </SelectField>
          <div className="button-row">
            <button type="button" className="button" onClick={create} disabled={busy}>
              {busy ? 'Skapar AI-utkast…' : 'Skapa AI-utkast: Sammanfattning av ärendet'}
            </button>
          </div>
        </>
      )}
      <AiError error={error} />
      <div role="status" aria-live="polite">
        {draft && (
          <p className="visually-hidden">AI-utkastet är skapat och väntar på granskning.</p>
        )}
      </div>
      {draft && (
        <article className="ai-output" aria-labelledby="ai-utkast-rubrik">
          <h3 id="ai-utkast-rubrik">Sammanfattning av ärendet</h3>
          <p className="ai-output__label">
            <AiDraftLabel status="unreviewed" label={draft.label} />
          </p>
          {draft.decision === 'REDACT' && (
            <p className="hint">
              Maskades innan texten skickades: {findingsText(draft.findingsByType)}. De riktiga
              uppgifterna är insatta igen här.
            </p>
          )}
          <div className="pre-line">{draft.text}</div>
          <p>
            <Link className="button" to={`/ai/utkast/${draft.draftId}`}>
              Granska utkastet
            </Link>
          </p>
          <ReportAiProblem
            draftId={draft.draftId}
            logSeq={draft.logSeq}
            idPrefix="arende-incident"
          />
        </article>
      )}
      {drafts.data && drafts.data.drafts.length > 0 && (
        <>
          <h3>AI-utkast i ärendet</h3>
          <ul className="plain-list">
            {drafts.data.drafts.map((d) => (
              <li key={d.id}>
                <Link to={`/ai/utkast/${d.id}`}>{d.target?.label ?? d.purpose}</Link>,{' '}
                {formatDateTime(d.createdAt)}: <AiDraftLabel status={d.status} label={d.label} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

/** The approved AI summary of the case, as applied, with who approved it and when. */
export function ApprovedCaseSummary({ summary }: { summary: ApprovedAiSummary }) {
  return (
    <section className="section card" aria-labelledby="sammanfattning">
      <h2 id="sammanfattning">Sammanfattning av ärendet</h2>
      <p>
        <AiDraftLabel status="approved" label={summary.label} />
      </p>
      <div className="pre-line">{summary.text}</div>
      <p className="muted small">
        Godkänd{summary.approvedBy ? ` av ${summary.approvedBy}` : ''}{' '}
        {formatDateTime(summary.approvedAt)}
        {summary.edited ? ', redigerad vid granskningen' : ''}.{' '}
        <Link to={`/ai/utkast/${summary.draftId}`}>Visa granskningen</Link>
      </p>
    </section>
  )
}
