import { useEffect, useRef, useState } from 'react'
import { Link, NavLink, Outlet, useLocation, useNavigate, useNavigationType } from 'react-router'
import { mayAdministerAi, mayReviewAiDrafts } from '../auth/ai-access'
import { isElected } from '../auth/board-access'
import { isStaff, mayRegister, useSession } from '../auth/session'
import { ContactLink, contactEmail, useRegistry } from '../registry'

/** The frame of every page: skip link, header with navigation, main, footer. */
export function Layout() {
  const { user, logout } = useSession()
  const registry = useRegistry()
  const location = useLocation()
  const navigate = useNavigate()
  const mainRef = useRef<HTMLElement>(null)
  const navigationType = useNavigationType()
  const shownPath = useRef(location.pathname)
  const [loggingOut, setLoggingOut] = useState(false)
  const staff = isStaff(user)

  // After in-app navigation, move focus to the new page's heading (WCAG 2.4.3), as a full page
  // load would put it at the top. Not on the first load (the skip link comes first there) and not
  // on redirects (REPLACE), which the user did not ask for.
  useEffect(() => {
    if (shownPath.current === location.pathname) return
    shownPath.current = location.pathname
    if (navigationType === 'REPLACE') return
    const h1 = mainRef.current?.querySelector<HTMLElement>('h1')
    ;(h1 ?? mainRef.current)?.focus()
    window.scrollTo(0, 0)
  }, [location.pathname, navigationType])

  const skip = (e: React.MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault()
    mainRef.current?.focus()
    mainRef.current?.scrollIntoView()
  }

  const onLogout = async () => {
    setLoggingOut(true)
    // Leave the staff page first, so that its guard does not redirect with a return address.
    await navigate('/logga-in', { state: { loggedOut: true } })
    try {
      await logout()
    } finally {
      setLoggingOut(false)
    }
  }

  const municipality = registry?.municipality ?? ''
  return (
    <div className="app">
      <a className="skip-link" href="#innehall" onClick={skip}>
        Hoppa till innehållet
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <div className="container site-header__inner">
            <Link to={staff ? '/' : '/diarium'} className="brand">
              <span className="brand__mark" aria-hidden="true">
                <svg viewBox="0 0 32 32" width="32" height="32" focusable="false">
                  <rect width="32" height="32" rx="6" fill="#fff" />
                  <path d="M9 8h4v7l6-7h5l-7 8 7 8h-5l-6-7v7H9z" fill="#1d3a5c" />
                </svg>
              </span>
              <span className="brand__text">
                <span className="brand__name">{municipality || 'Kansli'}</span>
                <span className="brand__sub">{staff ? 'Diarium' : 'E-diarium'}</span>
              </span>
            </Link>
            <div className="site-header__user">
              {user ? (
                <>
                  <span className="user-name">
                    <span className="visually-hidden">Inloggad som </span>
                    {user.displayName}
                  </span>
                  <button
                    type="button"
                    className="button button--header"
                    onClick={onLogout}
                    disabled={loggingOut}
                  >
                    Logga ut
                  </button>
                </>
              ) : user === null && !location.pathname.startsWith('/logga-in') ? (
                <Link className="button button--header" to="/logga-in">
                  Logga in
                </Link>
              ) : null}
            </div>
          </div>
        </div>
        <nav className="site-nav" aria-label="Huvudmeny">
          <ul className="container site-nav__list">
            {staff && (
              <>
                <li>
                  <NavLink to="/" end>
                    Översikt
                  </NavLink>
                </li>
                {mayRegister(user) && (
                  <li>
                    <NavLink to="/registrera">Registrera handling</NavLink>
                  </li>
                )}
                <li>
                  <NavLink to="/sok">Sök i diariet</NavLink>
                </li>
                <li>
                  <NavLink to="/sammantraden">Sammanträden</NavLink>
                </li>
                <li>
                  <NavLink to="/organ">Organ</NavLink>
                </li>
              </>
            )}
            {mayAdministerAi(user) && (
              <li>
                <NavLink to="/ai">AI</NavLink>
              </li>
            )}
            {staff && mayReviewAiDrafts(user) && (
              <li>
                <NavLink to="/ai/utkast">AI-utkast</NavLink>
              </li>
            )}
            {isElected(user) && (
              <li>
                <NavLink to="/mina-sammantraden">Mina sammanträden</NavLink>
              </li>
            )}
            <li>
              <NavLink to="/diarium">{staff ? 'Offentligt e-diarium' : 'E-diarium'}</NavLink>
            </li>
            <li>
              <NavLink to="/anslagstavla">Anslagstavla</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="innehall" tabIndex={-1} ref={mainRef} className="container main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p className="site-footer__name">{municipality}</p>
          <ul className="site-footer__links">
            <li>
              <Link to="/tillganglighet">Tillgänglighetsredogörelse</Link>
            </li>
            <li>
              <Link to="/diarium">E-diarium</Link>
            </li>
            <li>
              <Link to="/anslagstavla">Anslagstavla</Link>
            </li>
            {contactEmail(registry) && (
              <li>
                <ContactLink email={contactEmail(registry)}>Kontakta registraturen</ContactLink>
              </li>
            )}
          </ul>
          <p className="site-footer__product">
            Drivs med Kansli, fri programvara för kommunens diarium.
          </p>
        </div>
      </footer>
    </div>
  )
}
