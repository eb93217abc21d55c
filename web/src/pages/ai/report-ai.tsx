import { createContext, useContext, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { api, ApiError } from '../../api/client'
import type { AiDraftCreated } from '../../api/ai-types'
import { SelectField } from '../../components/form'
import { AiDraftLabel } from './ai-draft-label'
import { AiError } from './ai-error'
import { useAiServices } from './use-ai-vocabulary'

const ReportAiContext = createContext<{ reportId: string; serviceId: string } | null>(null)

/**
 * "Skriv utkast med AI" in the official report's draft editor: the service to use, chosen once
 * for the report's sections. The proposed decision is never drafted by AI (riktlinjerna punkt 3:
 * decisions are made by people), so it has no button and the server refuses it too.
 */
export function ReportAi({ reportId, children }: { reportId: string; children: ReactNode }) {
  const services = useAiServices()
  const approved = (services.data?.services ?? []).filter((s) => s.status === 'approved')
  const [chosen, setChosen] = useState('')
  const serviceId = chosen || approved[0]?.id || ''
  return (
    <ReportAiContext.Provider value={serviceId ? { reportId, serviceId } : null}>
      {approved.length > 0 && (
        <div className="ai-report-tools">
          <SelectField
            id="ts-ai-tjanst"
            label="AI-tjänst för utkast"
            hint="AI kan skriva utkast till avsnitten utom Förslag till beslut, som alltid skrivs av en människa. Utkasten granskas innan de förs in."
            value={serviceId}
            onChange={(e) => setChosen(e.target.value)}
          >
            {approved.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      {children}
    </ReportAiContext.Provider>
  )
}

/** One section's AI draft: the button, then the draft (labelled, to review) or why not. */
export function ReportAiSection({ section, label }: { section: string; label: string }) {
  const ctx = useContext(ReportAiContext)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [draft, setDraft] = useState<AiDraftCreated | null>(null)
  if (!ctx) return null
  const create = async () => {
    setBusy(true)
    setError(null)
    setDraft(null)
    try {
      setDraft(
        await api<AiDraftCreated>(`/api/official-reports/${ctx.reportId}/ai/section`, {
          json: { serviceId: ctx.serviceId, section },
        }),
      )
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
    <div className="ai-section">
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={create}
        disabled={busy}
        aria-label={`Skriv utkast med AI: ${label}`}
      >
        {busy ? 'Skriver utkast…' : 'Skriv utkast med AI'}
      </button>
      <AiError error={error} />
      <div role="status" aria-live="polite">
        {draft && (
          <p className="visually-hidden">
            AI-utkast till {label} är skapat och väntar på granskning.
          </p>
        )}
      </div>
      {draft && (
        <div className="ai-output">
          <p className="ai-output__label">
            <AiDraftLabel status="unreviewed" label={draft.label} />
          </p>
          <div className="pre-line">{draft.text}</div>
          <ul className="link-row">
            <li>
              <Link to={`/ai/utkast/${draft.draftId}`}>
                Granska utkastet<span className="visually-hidden"> till {label}</span>
              </Link>
            </li>
            <li>
              <Link to={`/ai/utkast/${draft.draftId}#utkast-incident-rapportera`}>
                Rapportera problem med AI
                <span className="visually-hidden"> i utkastet till {label}</span>
              </Link>
            </li>
          </ul>
          <p className="hint">När du har godkänt utkastet kan du föra in det i avsnittet.</p>
        </div>
      )}
    </div>
  )
}
