import { ApiError } from '../../api/client'

/**
 * Why an AI feature refused, in Swedish with what to do: the guard's reasons (422 ai_blocked),
 * a missing or expired training (403), a service that may not be used (409), the provider (502).
 * Announced at once (role="alert"); the region is on the page before anything is said in it.
 */
export function AiError({ error }: { error: ApiError | null }) {
  return <div role="alert">{error && <AiErrorText error={error} />}</div>
}

function AiErrorText({ error }: { error: ApiError }) {
  if (error.code === 'ai_blocked') {
    return (
      <div className="notice notice--error ai-error">
        <p>
          <strong>Texten skickades inte till AI-tjänsten.</strong> Spärren stoppade den innan något
          lämnade Kansli.
        </p>
        {error.reasons.length > 0 ? (
          <ul>
            {error.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : (
          <p>{error.message}</p>
        )}
        <p>
          Välj en tjänst som är godkänd för den sortens uppgifter, eller skriv texten utan AI.
          Stoppet är antecknat i AI-loggen.
        </p>
      </div>
    )
  }
  if (error.code === 'ai_training_required') {
    return (
      <div className="notice notice--error ai-error">
        <p>
          <strong>{error.message}</strong>
        </p>
        <p>
          Så gör du: gå kommunens AI-utbildning, som IT-enheten erbjuder. När utbildningen är
          registrerad kan du använda AI-stödet. Fråga din chef eller IT-enheten om du inte vet när
          nästa utbildning är.
        </p>
      </div>
    )
  }
  if (error.code === 'ai_service_not_approved') {
    return (
      <div className="notice notice--error ai-error">
        <p>{error.message}</p>
        <p>Välj en annan tjänst, eller kontakta IT-enheten.</p>
      </div>
    )
  }
  if (error.status === 502) {
    return (
      <div className="notice notice--error ai-error">
        <p>{error.message}</p>
        <p>Försök igen om en stund. Fungerar det inte, kontakta IT-enheten.</p>
      </div>
    )
  }
  return <p className="notice notice--error">{error.message}</p>
}
