import { useState, type FormEvent } from 'react'
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router'
import { ApiError } from '../api/client'
import { homeOf } from '../auth/board-access'
import { useSession } from '../auth/session'
import { ErrorSummary, type SummaryError } from '../components/error-summary'
import { TextField } from '../components/form'
import { Page } from '../components/page'

/** Only paths inside the app are followed after login (no open redirect). */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null
}

export function LoginPage() {
  const { user, login } = useSession()
  const navigate = useNavigate()
  const location = useLocation()
  const [params] = useSearchParams()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const next = safeNext(params.get('nasta'))
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut

  const loggingOut = !!user && !!loggedOut
  if (user && !busy && !loggingOut) return <Navigate to={next ?? homeOf(user)} replace />

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const fieldErrors: Record<string, string> = {}
    if (!username.trim()) fieldErrors.username = 'Ange ditt användarnamn.'
    if (!password) fieldErrors.password = 'Ange ditt lösenord.'
    setErrors(fieldErrors)
    setFormError(null)
    if (Object.keys(fieldErrors).length > 0) {
      setAttempt((a) => a + 1)
      return
    }
    setBusy(true)
    try {
      const u = await login(username.trim(), password)
      // busy stays set: the page is leaving, and the redirect above must not fire as well.
      navigate(next ?? homeOf(u))
    } catch (err) {
      setBusy(false)
      setFormError(
        err instanceof ApiError
          ? err.status === 401 || err.status === 400
            ? 'Fel användarnamn eller lösenord.'
            : err.message
          : 'Inloggningen misslyckades.',
      )
      setAttempt((a) => a + 1)
    }
  }

  const summary: SummaryError[] = [
    ...(formError ? [{ target: 'username', message: formError }] : []),
    ...(errors.username ? [{ target: 'username', message: errors.username }] : []),
    ...(errors.password ? [{ target: 'password', message: errors.password }] : []),
  ]

  return (
    <div className="narrow">
      <Page title="Logga in" lead="Logga in med ditt konto för att registrera och söka i diariet.">
        {loggedOut && !loggingOut && summary.length === 0 && (
          <p className="notice notice--info" role="status">
            Du är utloggad.
          </p>
        )}
        <ErrorSummary title="Inloggningen misslyckades" errors={summary} focusKey={attempt} />
        <form className="card form" onSubmit={onSubmit} noValidate>
          <TextField
            id="username"
            label="Användarnamn"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            error={errors.username}
            required
          />
          <TextField
            id="password"
            label="Lösenord"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.password}
            required
          />
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Loggar in…' : 'Logga in'}
          </button>
        </form>
        <p className="muted">
          Letar du efter kommunens allmänna handlingar? Sök i det{' '}
          <Link to="/diarium">offentliga e-diariet</Link> utan att logga in.
        </p>
      </Page>
    </div>
  )
}
