import { Link, useParams } from 'react-router'
import type { CaseDetail } from '../../api/types'
import { useApi } from '../../api/use-api'
import { DocumentsTable } from '../../components/documents-table'
import { LoadError, Loading, Page } from '../../components/page'
import { StatusBadge } from '../../components/status-badge'
import { ContactLink, contactEmail, useRegistry } from '../../registry'

/** A case as the public sees it: protected fields arrive masked from the API. */
export function PublicCasePage() {
  const { id = '' } = useParams()
  const registry = useRegistry()
  const {
    data: c,
    error,
    reload,
  } = useApi<CaseDetail>(`/api/public/cases/${encodeURIComponent(id)}`)
  const email = contactEmail(registry)

  if (error) {
    return (
      <Page title={error.status === 404 ? 'Ärendet finns inte' : 'Ärendet kunde inte visas'}>
        <LoadError message={error.message} onRetry={reload} />
        <p>
          <Link to="/diarium">Till e-diariet</Link>
        </p>
      </Page>
    )
  }
  if (!c) {
    return (
      <Page title="Ärende">
        <Loading />
      </Page>
    )
  }
  const hasSecret = c.documents.some((d) => d.confidential)
  return (
    <Page
      title={`${c.caseNumber} – E-diarium`}
      heading={
        <>
          <span className="heading-kicker">Ärende {c.caseNumber}</span>
          {c.title}
        </>
      }
    >
      <p className="breadcrumb">
        <Link to="/diarium">E-diarium</Link> <span aria-hidden="true">›</span> {c.caseNumber}
      </p>
      <dl className="facts">
        <div>
          <dt>Diarienummer</dt>
          <dd>{c.caseNumber}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={c.status} />
          </dd>
        </div>
        <div>
          <dt>Öppnat</dt>
          <dd>{c.openedOn}</dd>
        </div>
        {c.decidedOn && (
          <div>
            <dt>Beslutat</dt>
            <dd>{c.decidedOn}</dd>
          </div>
        )}
        {c.closedOn && (
          <div>
            <dt>Avslutat</dt>
            <dd>{c.closedOn}</dd>
          </div>
        )}
      </dl>

      <section className="section" aria-labelledby="handlingar">
        <h2 id="handlingar">Handlingar</h2>
        <DocumentsTable documents={c.documents} view="public" />
        {hasSecret && (
          <p className="notice notice--info">
            Handlingar markerade med ”Sekretess” kan innehålla uppgifter som omfattas av sekretess
            enligt offentlighets- och sekretesslagen. Du kan ändå begära att få ta del av dem;
            kommunen prövar då om handlingen eller delar av den kan lämnas ut.
          </p>
        )}
        <p>
          Begär ut en handling: skriv till{' '}
          <ContactLink email={email} subject={`Begäran om allmän handling, ${c.caseNumber}`} /> och
          ange diarienumret.
        </p>
      </section>
    </Page>
  )
}
