import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { useLocation } from 'react-router'
import { api } from '../../api/client'
import type { IncidentReceipt } from '../../api/ai-types'
import { useApi } from '../../api/use-api'
import { ErrorSummary } from '../../components/error-summary'
import { RadioGroup, TextArea } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'

/**
 * "Rapportera problem med AI" on every AI output (riktlinjerna punkt 6: incidents, deviations
 * and suspected misuse are reported at once to the line manager, the IT unit and the
 * information-security officer). The server routes the report; the answer says who got it.
 */
export function ReportAiProblem({
  draftId,
  logSeq,
  idPrefix = 'incident',
}: {
  draftId?: string | null
  logSeq?: number | null
  idPrefix?: string
}) {
  const categories = useApi<{ categories: { code: string; label: string }[] }>(
    '/api/ai/incidents/categories',
  )
  const options = categories.data?.categories ?? []
  // The error summary links to the first radio button of the group.
  const firstCode = options[0]?.code ?? 'personalData'
  const targets = useMemo(
    () => ({
      category: `${idPrefix}-kategori-${firstCode}`,
      description: `${idPrefix}-beskrivning`,
    }),
    [idPrefix, firstCode],
  )
  const [category, setCategory] = useState('')
  const [description, setDescription] = useState('')
  const f = useFormSubmit(targets, 'Rapporten kunde inte skickas.')
  // A link to "#…-rapportera" (from an AI output elsewhere) opens the form.
  const location = useLocation()
  const details = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    if (details.current && location.hash === `#${idPrefix}-rapportera`) {
      details.current.open = true
      details.current.scrollIntoView()
    }
  }, [location.hash, idPrefix])

  const send = async (e: FormEvent) => {
    e.preventDefault()
    const local: FormErrors = {}
    if (!category) local.category = 'Välj vad problemet gäller.'
    if (!description.trim()) local.description = 'Beskriv vad som hände.'
    const r = await f.submit(
      local,
      () =>
        api<IncidentReceipt>('/api/ai/incidents', {
          json: {
            // The report is about the draft when there is one (the server finds its log entry).
            ...(draftId ? { draftId } : { logSeq: logSeq ?? null }),
            category,
            description: description.trim(),
          },
        }),
      (x) => {
        const to = x.notified.map((n) => `${n.recipient.name} (${n.reasonLabel})`).join(', ')
        const missing = x.unreached.map((u) => u.message).join(' ')
        return `Rapporten är skickad${to ? ` till ${to}` : ''}.${missing ? ` ${missing}` : ''}`
      },
    )
    if (r) {
      setCategory('')
      setDescription('')
    }
  }

  return (
    <details className="disclosure ai-incident" id={`${idPrefix}-rapportera`} ref={details}>
      <summary>Rapportera problem med AI</summary>
      <p className="hint">
        Rapporten går till IT-enheten, informationssäkerhetsansvarig och din närmaste chef. Skriv
        inte personuppgifter i beskrivningen om det inte behövs.
      </p>
      <ErrorSummary
        title="Rapporten kunde inte skickas"
        errors={f.summary}
        focusKey={f.attempt}
        headingId={`${idPrefix}-fel`}
      />
      <form onSubmit={send} noValidate>
        <RadioGroup
          name={`${idPrefix}-kategori`}
          legend="Vad gäller problemet?"
          value={category}
          onChange={setCategory}
          error={f.errors.category}
          options={options.map((c) => ({ value: c.code, label: c.label }))}
        />
        <TextArea
          id={targets.description}
          label="Beskrivning"
          hint="Vad hände, och var i texten?"
          rows={3}
          maxLength={5000}
          value={description}
          error={f.errors.description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={f.busy}>
            Skicka rapporten
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {f.done && <p className="notice notice--success">{f.done}</p>}
      </div>
    </details>
  )
}
