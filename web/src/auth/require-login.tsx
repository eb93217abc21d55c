import { Navigate, Outlet, useLocation } from 'react-router'
import { Loading } from '../components/page'
import { useSession } from './session'

/** Pages for anyone logged in (members' pages): the anonymous go to the login page and back. */
export function RequireLogin() {
  const { user } = useSession()
  const location = useLocation()
  if (user === undefined) return <Loading label="Kontrollerar inloggningen…" />
  if (user === null) {
    const next = location.pathname + location.search
    return <Navigate to={`/logga-in?nasta=${encodeURIComponent(next)}`} replace />
  }
  return <Outlet />
}
