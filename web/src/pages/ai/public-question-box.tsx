import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { api, ApiError } from '../../api/client'
import type { PublicAiAnswer } from '../../api/ai-types'
import { ErrorSummary } from '../../components/error-summary'
import { TextArea } from '../../components/form'
import { PublicAnswerReport } from './public-answer-report'

const QUESTION_ID = 'fraga-text'
const MAX = 500

/** A polite Swedish sentence for each way the question can fail. */
function messageOf(err: unknown): { field: boolean; text: string } {
  if (!(err instanceof ApiError))
    return { field: false, text: 'Frågan kunde inte skickas. Försök igen om en stund.' }
  if (err.status === 400)
    return { field: true, text: err.fields[0]?.message ?? `Skriv en fråga på 3–${MAX} tecken.` }
  if (err.status === 409)
    return {
      field: false,
      text: 'Frågetjänsten är inte öppen just nu. Du kan söka i diariet ovan eller kontakta kommunen.',
    }
  if (err.status === 429)
    return {
      field: false,
      text: 'Du har ställt många frågor på kort tid. Vänta en stund och försök sedan igen.',
    }
  if (err.status === 422)
    return {
      field: true,
      text: 'Frågan kunde inte skickas eftersom den verkar innehålla personuppgifter eller känsliga uppgifter. Ställ frågan utan namn, personnummer eller uppgifter om hälsa.',
    }
  if (err.status === 0) return { field: false, text: err.message }
  return {
    field: false,
    text: 'Frågetjänsten kunde inte svara just nu. Försök igen senare, eller sök i diariet.',
  }
}

/**
 * "Fråga om allmänna handlingar" on the public e-diarium. The answer is written by AI from
 * public documents only, and says so next to it, always (riktlinjerna punkt 3: where AI talks to
 * people, that is said openly); its sources link to the public case pages.
 */
export function PublicQuestionBox() {
  const [question, setQuestion] = useState('')
  const [busy, setBusy] = useState(false)
  const [asked, setAsked] = useState<string | null>(null)
  const [answer, setAnswer] = useState<PublicAiAnswer | null>(null)
  const [error, setError] = useState<{ field: boolean; text: string } | null>(null)
  const [attempt, setAttempt] = useState(0)

  const send = async (e: FormEvent) => {
    e.preventDefault()
    const q = question.trim()
    setAnswer(null)
    if (q.length < 3 || q.length > MAX) {
      setError({ field: true, text: `Skriv en fråga på 3–${MAX} tecken.` })
      setAttempt((a) => a + 1)
      return
    }
    setBusy(true)
    setError(null)
    try {
      const a = await api<PublicAiAnswer>('/api/public/ai/questions', { json: { question: q } })
      setAsked(q)
      setAnswer(a)
    } catch (err) {
      setError(messageOf(err))
      setAttempt((n) => n + 1)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="section card public-question" aria-labelledby="fraga-om-handlingar">
      <h2 id="fraga-om-handlingar">Fråga om allmänna handlingar</h2>
      <p>
        Ställ en fråga om kommunens allmänna handlingar. <strong>Svaret skrivs av AI</strong>{' '}
        utifrån handlingar som är offentliga i diariet, och kan innehålla fel. Kontrollera mot
        handlingarna. Skriv inte personuppgifter i frågan.
      </p>
      <ErrorSummary
        title="Frågan kunde inte besvaras"
        errors={error ? [{ target: error.field ? QUESTION_ID : null, message: error.text }] : []}
        focusKey={attempt}
        headingId="fraga-fel"
      />
      <form onSubmit={send} noValidate>
        <TextArea
          id={QUESTION_ID}
          label="Din fråga"
          hint={`Högst ${MAX} tecken. T.ex. ”Vilka riktlinjer har kommunen för AI?”`}
          rows={3}
          maxLength={MAX}
          value={question}
          error={error?.field ? error.text : undefined}
          onChange={(e) => setQuestion(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Söker svar…' : 'Ställ frågan'}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {busy && <p className="loading">Söker i handlingarna och skriver ett svar…</p>}
        {answer && (
          <article className="ai-answer" aria-labelledby="ai-svar-rubrik">
            <h3 id="ai-svar-rubrik">Svar på din fråga</h3>
            <p className="ai-answer__question">
              <span className="visually-hidden">Din fråga: </span>”{asked}”
            </p>
            <p className="ai-label ai-label--answer">{answer.label}</p>
            <div className="pre-line">{answer.answer}</div>
            {answer.sources.length > 0 ? (
              <>
                <h4>Källor</h4>
                <ul>
                  {answer.sources.map((s) => (
                    <li key={s.reference}>
                      <Link to={`/diarium/arenden/${encodeURIComponent(s.caseNumber)}`}>
                        {s.reference}
                      </Link>{' '}
                      {s.title}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">Svaret bygger inte på någon handling i diariet.</p>
            )}
          </article>
        )}
      </div>
      {/* Outside the live region: a form is not announced. Only an answer AI wrote has a log
          entry to report on; a new answer gets a fresh form. */}
      {answer?.logSeq != null && <PublicAnswerReport key={answer.logSeq} logSeq={answer.logSeq} />}
    </section>
  )
}
