import { useState, type FormEvent } from 'react'
import { api } from '../../api/client'
import type { SortOutcomeResult, SortSuggestion, SortTarget } from '../../api/ai-types'
import { ActionMessage, useAction } from '../../components/action-message'
import { RadioGroup } from '../../components/form'

const UNDECIDED = 'undecided'
const NONE = 'none'

const percent = (x: number) => `${Math.round(x * 100)} %`

const RESULT_TEXT: Record<SortOutcomeResult, string> = {
  accepted: 'det första förslaget valt',
  acceptedAlternative: 'ett annat av förslagen valt',
  overridden: 'inget av förslagen valt',
  undecided: 'inte avgjort',
}

/**
 * Ärendesortering after a registration: the locally trained model's suggestions ("AI-förslag")
 * for series, case, committee and case officer, three each with their confidence and how often
 * the model was right on held-out registrations. The registrar chooses per target; the choice is
 * recorded for the yearly follow-up. A suggestion changes nothing in the registry by itself
 * (riktlinjerna: AI proposes, a person decides).
 */
export function SortingSuggestionPanel({ documentId }: { documentId: string }) {
  const [suggestion, setSuggestion] = useState<SortSuggestion | null>(null)
  const [choice, setChoice] = useState<Partial<Record<SortTarget, string>>>({})
  const ask = useAction()
  const save = useAction()

  const suggest = () =>
    ask.run(
      async () => {
        const s = await api<SortSuggestion>(
          `/api/ai/sorting/documents/${encodeURIComponent(documentId)}/suggestions`,
          { method: 'POST' },
        )
        setSuggestion(s)
        setChoice({})
        return s
      },
      'AI-förslagen är klara. Välj det som stämmer för varje del.',
      'AI-förslagen kunde inte tas fram. Försök igen.',
    )

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!suggestion) return
    const body: Partial<Record<SortTarget, string | null>> = {}
    for (const [t, v] of Object.entries(choice) as [SortTarget, string][])
      if (v !== UNDECIDED) body[t] = v === NONE ? null : v
    void save.run(
      async () => {
        const s = await api<SortSuggestion>(
          `/api/ai/sorting/suggestions/${encodeURIComponent(suggestion.id)}/outcome`,
          { json: body },
        )
        setSuggestion(s)
        return s
      },
      'Ditt val är sparat.',
      'Valet kunde inte sparas. Försök igen.',
    )
  }

  return (
    <section className="card sorting-suggestion" aria-labelledby="ai-sortering-rubrik">
      <h2 id="ai-sortering-rubrik">AI-förslag: ärendesortering</h2>
      <p>
        Kommunens egen modell, tränad på diariet och utan extern tjänst, kan föreslå diarieserie,
        ärende, nämnd och handläggare för handlingen. Förslagen ändrar ingenting i diariet: du
        väljer själv och ändrar ärendet på ärendets sida.
      </p>
      {!suggestion && (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={ask.busy}
            onClick={() => void suggest()}
          >
            {ask.busy ? 'Tar fram förslag…' : 'Visa AI-förslag'}
          </button>
        </div>
      )}
      <ActionMessage result={ask.result?.kind === 'error' ? ask.result : null} />
      {suggestion && (
        <form onSubmit={submit} noValidate>
          <p className="ai-label ai-label--unreviewed">{suggestion.label} – ej granskat</p>
          <p className="muted">
            Modell version {suggestion.model.version}, tränad{' '}
            {new Date(suggestion.model.trainedAt).toLocaleDateString('sv-SE')}.
            {suggestion.seenInTraining &&
              ' Handlingen fanns med när modellen tränades, så förslagen kan vara för säkra.'}
          </p>
          {suggestion.targets.map((t) => (
            <RadioGroup
              key={t.target}
              name={`sortering-${t.target}`}
              legend={t.label}
              hint={
                `Nu: ${t.current?.name ?? 'inte angivet'}. Modellens första förslag var rätt i ` +
                `${percent(t.heldOutTop1)} av de undanhållna registreringarna.` +
                (t.outcome ? ` Sparat val: ${RESULT_TEXT[t.outcome.result]}.` : '')
              }
              value={choice[t.target] ?? UNDECIDED}
              onChange={(v) => setChoice((c) => ({ ...c, [t.target]: v }))}
              options={[
                ...t.suggestions.map((s) => ({
                  value: s.id,
                  label: (
                    <>
                      {s.name} <span className="muted">({percent(s.confidence)})</span>
                      {s.current && <span className="muted"> – nuvarande</span>}
                    </>
                  ),
                })),
                { value: NONE, label: 'Inget av förslagen' },
                { value: UNDECIDED, label: 'Vet inte än' },
              ]}
            />
          ))}
          <div className="form-actions">
            <button type="submit" className="button" disabled={save.busy}>
              {save.busy ? 'Sparar…' : 'Spara mitt val'}
            </button>
          </div>
          <ActionMessage result={save.result} />
        </form>
      )}
    </section>
  )
}
