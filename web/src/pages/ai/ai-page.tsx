import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { mayAdministerAi, mayReadAiDrafts } from '../../auth/ai-access'
import { useSession } from '../../auth/session'
import { Page } from '../../components/page'

/** The AI section's own navigation, by what the user may see. */
export function AiNav() {
  const { user } = useSession()
  const admin = mayAdministerAi(user)
  return (
    <nav className="sub-nav" aria-label="AI">
      <ul>
        {admin && (
          <li>
            <NavLink to="/ai" end>
              AI-tjänster
            </NavLink>
          </li>
        )}
        {mayReadAiDrafts(user) && (
          <li>
            <NavLink to="/ai/utkast">AI-utkast</NavLink>
          </li>
        )}
        {admin && (
          <>
            <li>
              <NavLink to="/ai/utbildning">Utbildning</NavLink>
            </li>
            <li>
              <NavLink to="/ai/logg">AI-loggen</NavLink>
            </li>
          </>
        )}
        <li>
          <NavLink to="/ai/incidenter">Incidenter</NavLink>
        </li>
        {admin && (
          <li>
            <NavLink to="/ai/uppfoljning">Uppföljning</NavLink>
          </li>
        )}
      </ul>
    </nav>
  )
}

/** A page of the AI section: its title under the kicker "AI", and the section's navigation. */
export function AiPage({
  title,
  heading,
  lead,
  children,
}: {
  title: string
  heading?: ReactNode
  lead?: ReactNode
  children?: ReactNode
}) {
  return (
    <Page
      title={title}
      heading={
        <>
          <span className="heading-kicker">AI</span>
          {heading ?? title}
        </>
      }
      lead={lead}
    >
      <AiNav />
      {children}
    </Page>
  )
}
