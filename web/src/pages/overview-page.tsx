import { Link } from 'react-router'
import type { CaseListItem } from '../api/types'
import { useApi } from '../api/use-api'
import { mayRegister, useSession } from '../auth/session'
import { CaseTable } from '../components/case-table'
import { LoadError, Loading, Page } from '../components/page'

function CaseList({ path, caption, empty }: { path: string; caption: string; empty: string }) {
  const { data, error, loading, reload } = useApi<{ cases: CaseListItem[] }>(path)
  if (loading && !data) return <Loading />
  if (error) return <LoadError message={error.message} onRetry={reload} />
  if (!data || data.cases.length === 0) return <p className="muted">{empty}</p>
  return <CaseTable cases={data.cases} caption={caption} />
}

/** The registrar's start page. */
export function OverviewPage() {
  const { user } = useSession()
  return (
    <Page title="Översikt" lead={user ? `Välkommen, ${user.displayName}.` : undefined}>
      <ul className="quick-links">
        {mayRegister(user) && (
          <li>
            <Link to="/registrera" className="quick-link">
              <span className="quick-link__title">Registrera handling</span>
              <span className="quick-link__text">
                Diarieför en inkommande, utgående eller upprättad handling, i ett befintligt eller
                nytt ärende.
              </span>
            </Link>
          </li>
        )}
        {mayRegister(user) && (
          <li>
            <Link to="/arenden/nytt" className="quick-link">
              <span className="quick-link__title">Skapa ärende</span>
              <span className="quick-link__text">
                Öppna ett nytt ärende och få dess diarienummer innan någon handling kommer in.
              </span>
            </Link>
          </li>
        )}
        <li>
          <Link to="/sok" className="quick-link">
            <span className="quick-link__title">Sök i diariet</span>
            <span className="quick-link__text">
              Sök på diarienummer, ärendemening, avsändare eller ord i handlingarna.
            </span>
          </Link>
        </li>
        <li>
          <Link to="/diarium" className="quick-link">
            <span className="quick-link__title">Offentligt e-diarium</span>
            <span className="quick-link__text">Se diariet så som allmänheten ser det.</span>
          </Link>
        </li>
      </ul>

      <section aria-labelledby="mina-arenden" className="section">
        <h2 id="mina-arenden">Mina ärenden</h2>
        <CaseList
          path="/api/cases?mine=true&pageSize=10"
          caption="Mina ärenden"
          empty="Du är inte handläggare för något ärende."
        />
      </section>

      <section aria-labelledby="senaste-arenden" className="section">
        <h2 id="senaste-arenden">Senaste ärenden</h2>
        <CaseList
          path="/api/cases?pageSize=15"
          caption="Senaste ärenden"
          empty="Diariet har inga ärenden ännu."
        />
      </section>
    </Page>
  )
}
