import { useState, type FormEvent } from 'react'
import { api } from '../../api/client'
import type { PublicIncidentReceipt } from '../../api/ai-types'
import { useApi } from '../../api/use-api'
import { ErrorSummary } from '../../components/error-summary'
import { SelectField, TextArea, TextField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'

const TARGETS = {
  category: 'svar-rapport-kategori',
  description: 'svar-rapport-beskrivning',
  contactEmail: 'svar-rapport-epost',
}
const MAX_DESCRIPTION = 5000
const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]{2,}$/

/**
 * "Rapportera ett problem med svaret" under an AI answer of the public question box (issue 4:
 * an incident report on every AI output). The report goes to the municipality's IT unit and
 * information-security officer; the e-mail address is optional and seen only by them.
 */
export function PublicAnswerReport({ logSeq }: { logSeq: number }) {
  const categories = useApi<{ categories: { code: string; label: string }[] }>(
    '/api/public/ai/incident-categories',
  )
  const [category, setCategory] = useState('')
  const [description, setDescription] = useState('')
  const [email, setEmail] = useState('')
  const [receipt, setReceipt] = useState<PublicIncidentReceipt | null>(null)
  const f = useFormSubmit(TARGETS, 'Rapporten kunde inte skickas. Försök igen om en stund.')

  const send = async (e: FormEvent) => {
    e.preventDefault()
    const local: FormErrors = {}
    if (!category) local.category = 'Välj vad problemet gäller.'
    if (!description.trim()) local.description = 'Beskriv vad som är fel i svaret.'
    else if (description.trim().length > MAX_DESCRIPTION)
      local.description = `Beskrivningen får vara högst ${MAX_DESCRIPTION} tecken.`
    if (email.trim() && !EMAIL.test(email.trim()))
      local.contactEmail = 'Ange en e-postadress, t.ex. namn@exempel.se.'
    const r = await f.submit(
      local,
      () =>
        api<PublicIncidentReceipt>(`/api/public/ai/answers/${logSeq}/incidents`, {
          json: {
            category,
            description: description.trim(),
            contactEmail: email.trim() || null,
          },
        }),
      (x) => x.message,
    )
    if (r) setReceipt(r)
  }

  return (
    <details className="disclosure ai-incident">
      <summary>Rapportera ett problem med svaret</summary>
      {!receipt && (
        <>
          <p className="hint">
            Är svaret fel, kränkande eller innehåller det uppgifter som inte borde visas? Rapporten
            går till kommunens IT-enhet och informationssäkerhetsansvarig.
          </p>
          <ErrorSummary
            title="Rapporten kunde inte skickas"
            errors={f.summary}
            focusKey={f.attempt}
            headingId="svar-rapport-fel"
          />
          <form onSubmit={send} noValidate>
            <SelectField
              id={TARGETS.category}
              label="Vad gäller problemet?"
              value={category}
              error={f.errors.category}
              onChange={(e) => setCategory(e.target.value)}
            >
              <option value="">Välj</option>
              {(categories.data?.categories ?? []).map((c) => (
                <option key={c.code} value={c.code}>
                  {c.label}
                </option>
              ))}
            </SelectField>
            <TextArea
              id={TARGETS.description}
              label="Beskriv problemet"
              hint="Vad i svaret är fel? Skriv inte personnummer eller andra personuppgifter."
              rows={3}
              maxLength={MAX_DESCRIPTION}
              value={description}
              error={f.errors.description}
              onChange={(e) => setDescription(e.target.value)}
            />
            <TextField
              id={TARGETS.contactEmail}
              label="Din e-postadress"
              optional
              hint="Om du vill att kommunen ska kunna kontakta dig om rapporten. Adressen visas bara för dem som hanterar rapporten."
              type="email"
              autoComplete="email"
              maxLength={254}
              value={email}
              error={f.errors.contactEmail}
              onChange={(e) => setEmail(e.target.value)}
            />
            <div className="form-actions">
              <button type="submit" className="button button--secondary" disabled={f.busy}>
                {f.busy ? 'Skickar…' : 'Skicka rapporten'}
              </button>
            </div>
          </form>
        </>
      )}
      <div role="status" aria-live="polite">
        {receipt && f.done && (
          <div className="notice notice--success">
            <p>{f.done}</p>
            <p>
              Rapportens referens: <span className="break-anywhere">{receipt.reference}</span>
            </p>
          </div>
        )}
      </div>
    </details>
  )
}
