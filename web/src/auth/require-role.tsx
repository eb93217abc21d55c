import { Navigate, Outlet, useLocation } from 'react-router'
import type { User } from '../api/types'
import { Loading, Page } from '../components/page'
import { useSession } from './session'

/**
 * Pages for some roles only (the AI pages, which the IT unit and the security officer use too,
 * though they are not registry staff): the anonymous go to the login page and back, others are
 * told why not.
 */
export function RequireRole({ allowed, what }: { allowed(user: User): boolean; what: string }) {
  const { user } = useSession()
  const location = useLocation()
  if (user === undefined) return <Loading label="Kontrollerar inloggningen…" />
  if (user === null) {
    const next = location.pathname + location.search
    return <Navigate to={`/logga-in?nasta=${encodeURIComponent(next)}`} replace />
  }
  if (!allowed(user)) {
    return (
      <Page title="Ingen behörighet">
        <p>Ditt konto har inte behörighet till {what}. Kontakta IT-enheten om du behöver det.</p>
      </Page>
    )
  }
  return <Outlet />
}
