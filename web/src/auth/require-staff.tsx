import { Navigate, Outlet, useLocation } from 'react-router'
import { Loading, Page } from '../components/page'
import { isElected } from './board-access'
import { isStaff, useSession } from './session'

/** Staff pages: send the anonymous to the login page and back again afterwards. */
export function RequireStaff() {
  const { user } = useSession()
  const location = useLocation()
  if (user === undefined) return <Loading label="Kontrollerar inloggningen…" />
  if (user === null) {
    const next = location.pathname + location.search
    return <Navigate to={`/logga-in?nasta=${encodeURIComponent(next)}`} replace />
  }
  if (!isStaff(user)) {
    // Members have their own start page.
    if (isElected(user) && location.pathname === '/')
      return <Navigate to="/mina-sammantraden" replace />
    return (
      <Page title="Ingen behörighet">
        <p>
          Ditt konto har inte behörighet till diariet. Kontakta registraturen om du behöver
          behörighet.
        </p>
      </Page>
    )
  }
  return <Outlet />
}
