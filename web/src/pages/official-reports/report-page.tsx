import { Link, useNavigate, useParams } from 'react-router'
import { api } from '../../api/client'
import type { TextBlock } from '../../api/minutes-types'
import type { OfficialReport } from '../../api/official-report-types'
import { useApi } from '../../api/use-api'
import { mayRegister, useSession } from '../../auth/session'
import { ActionMessage, useAction } from '../../components/action-message'
import { LoadError, Loading, Page } from '../../components/page'
import { useRegistry } from '../../registry'
import { ReportForm } from './report-form'

const SECTIONS: { key: keyof OfficialReport; label: string }[] = [
  { key: 'proposedDecision', label: 'Förslag till beslut' },
  { key: 'summary', label: 'Sammanfattning av ärendet' },
  { key: 'description', label: 'Beskrivning av ärendet' },
  { key: 'equalityAnalysis', label: 'Jämställdhetsanalys' },
  { key: 'childRightsAnalysis', label: 'Barnrättskonsekvensanalys' },
]

/** Paragraphs and lists, as the report's text is stored. */
function Blocks({ blocks }: { blocks: TextBlock[] }) {
  return (
    <>
      {blocks.map((b, i) =>
        typeof b === 'string' ? (
          <p key={i}>{b}</p>
        ) : (
          <ul key={i}>
            {b.list.map((l, j) => (
              <li key={j}>{l}</li>
            ))}
          </ul>
        ),
      )}
    </>
  )
}

/**
 * One official report (tjänsteskrivelse): the draft being written, or the registered report as
 * it reads, with a new version to correct it (the registered one is never changed).
 */
export function ReportPage() {
  const { id = '' } = useParams()
  const { user } = useSession()
  const registry = useRegistry()
  const navigate = useNavigate()
  const report = useApi<OfficialReport>(`/api/official-reports/${encodeURIComponent(id)}`)
  const action = useAction()
  const r = report.data
  if (report.error) {
    return (
      <Page title="Tjänsteskrivelse">
        <LoadError message={report.error.message} onRetry={report.reload} />
      </Page>
    )
  }
  if (!r) {
    return (
      <Page title="Tjänsteskrivelse">
        <Loading />
      </Page>
    )
  }
  const draft = r.status === 'draft'
  const write = mayRegister(user)
  const committee = registry?.committees.find((c) => c.id === r.committeeId)

  const finalise = async () => {
    const x = await action.run(
      () => api<OfficialReport>(`/api/official-reports/${r.id}/finalise`, { method: 'POST' }),
      (y) =>
        `Tjänsteskrivelsen är färdigställd och registrerad som handling ${y.registrationNumber ?? ''}.`,
    )
    if (x) report.replace(x)
  }
  const revise = async () => {
    const x = await action.run(
      () => api<OfficialReport>(`/api/official-reports/${r.id}/revise`, { method: 'POST' }),
      'En ny version är skapad som utkast.',
    )
    if (x) await navigate(`/tjansteskrivelser/${x.id}`)
  }

  return (
    <Page
      title={`${r.title} – tjänsteskrivelse`}
      heading={
        <>
          <span className="heading-kicker">
            Tjänsteskrivelse {draft ? '(utkast)' : ''} · {r.caseNumber}
          </span>
          {r.title}
        </>
      }
    >
      <p className="breadcrumb">
        <Link to={`/arenden/${r.caseId}/tjansteskrivelser`}>Ärendets tjänsteskrivelser</Link>
      </p>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>{draft ? 'Utkast' : 'Registrerad'}</dd>
        </div>
        <div>
          <dt>Till</dt>
          <dd>{committee?.name ?? '–'}</dd>
        </div>
        <div>
          <dt>Datum</dt>
          <dd>{r.reportDate ?? '–'}</dd>
        </div>
        {r.confidentialityGround && (
          <div>
            <dt>Sekretess</dt>
            <dd>{r.confidentialityGround}</dd>
          </div>
        )}
      </dl>
      <ul className="link-row">
        <li>
          <a href={`/api/official-reports/${r.id}/html`}>
            {draft ? 'Förhandsgranska som webbsida' : 'Tjänsteskrivelsen som webbsida'}
          </a>
        </li>
        {r.documentId && (
          <li>
            <Link to={`/arenden/${r.caseId}`}>Den registrerade handlingen i ärendet</Link>
          </li>
        )}
      </ul>
      {r.supersededBy && (
        <p className="notice notice--info">
          Ersatt av <Link to={`/tjansteskrivelser/${r.supersededBy}`}>en ny version</Link>.
        </p>
      )}
      <ActionMessage result={action.result} />
      {draft && write ? (
        <>
          <ReportForm report={r} onSaved={report.replace} />
          <section className="section card" aria-labelledby="fardigstall">
            <h2 id="fardigstall">Färdigställ</h2>
            <p>
              Tjänsteskrivelsen blir PDF/A och registreras som upprättad handling i ärendet.
              Därefter kan den inte ändras; en rättelse blir en ny version.
            </p>
            <button type="button" className="button" onClick={finalise} disabled={action.busy}>
              Färdigställ och registrera
            </button>
          </section>
        </>
      ) : (
        <>
          {SECTIONS.map(({ key, label }) => {
            const blocks = r[key] as TextBlock[] | null
            if (!blocks?.length) return null
            return (
              <section key={key} className="section prose" aria-labelledby={`del-${key}`}>
                <h2 id={`del-${key}`}>{label}</h2>
                <Blocks blocks={blocks} />
              </section>
            )
          })}
          {r.decisionBasis.length > 0 && (
            <section className="section prose" aria-labelledby="del-underlag">
              <h2 id="del-underlag">Beslutsunderlag</h2>
              <ul>
                {r.decisionBasis.map((b, i) => (
                  <li key={i}>
                    {b.title}
                    {b.registrationNumber ? ` (${b.registrationNumber})` : ''}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {r.signature.name && (
            <section className="section prose" aria-labelledby="del-tjansten">
              <h2 id="del-tjansten">I tjänsten</h2>
              <p>
                {r.signature.name}
                {r.signature.title ? `, ${r.signature.title}` : ''}
                {r.signature.email ? (
                  <>
                    <br />
                    {r.signature.email}
                  </>
                ) : null}
                {r.signature.phone ? (
                  <>
                    <br />
                    {r.signature.phone}
                  </>
                ) : null}
              </p>
            </section>
          )}
          {!draft && write && !r.supersededBy && (
            <div className="section">
              <button
                type="button"
                className="button button--secondary"
                onClick={revise}
                disabled={action.busy}
              >
                Skriv en ny version
              </button>
            </div>
          )}
        </>
      )}
    </Page>
  )
}
