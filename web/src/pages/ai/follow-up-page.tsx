import { Link, Navigate, useNavigate, useParams } from 'react-router'
import type { AiFollowUp } from '../../api/ai-follow-up-types'
import { useApi } from '../../api/use-api'
import { DataTable } from '../../components/data-table'
import { SelectField } from '../../components/form'
import { LoadError, Loading } from '../../components/page'
import { swedishToday } from '../../labels'
import { AiPage } from './ai-page'

const thisYear = () => Number(swedishToday().slice(0, 4))

/** `/ai/uppfoljning`: this year's follow-up. */
export function FollowUpIndex() {
  return <Navigate to={`/ai/uppfoljning/${thisYear()}`} replace />
}

/**
 * The yearly follow-up of AI use for the municipal board (riktlinjerna punkt 8 och 10): use per
 * service and purpose, what the guard stopped and masked, reviews of drafts, incidents and
 * training coverage, computed by the server from the AI log; also as PDF for the board's papers.
 */
export function FollowUpPage() {
  const { year: raw = '' } = useParams()
  const navigate = useNavigate()
  const year = /^\d{4}$/.test(raw) ? Number(raw) : null
  const current = thisYear()
  const loaded = useApi<AiFollowUp>(year ? `/api/ai/follow-up/${year}.json` : null)
  const title = `Uppföljning av AI-användningen ${year ?? ''}`.trim()
  const years = Array.from({ length: 6 }, (_, i) => current - i)
  if (year !== null && !years.includes(year)) years.push(year)
  const v = loaded.data
  return (
    <AiPage
      title={title}
      lead="Kommunstyrelsen följer upp AI-användningen varje år. Siffrorna räknas fram ur AI-loggen."
    >
      <div className="filters-row card section">
        <SelectField
          id="uppfoljning-ar"
          label="År"
          value={year === null ? '' : String(year)}
          onChange={(e) => void navigate(`/ai/uppfoljning/${e.target.value}`)}
        >
          {year === null && <option value="">Välj…</option>}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      {year === null ? (
        <LoadError message="Ange året med fyra siffror, t.ex. 2025." />
      ) : loaded.error ? (
        <LoadError message={loaded.error.message} onRetry={loaded.reload} />
      ) : !v ? (
        <Loading />
      ) : (
        <FollowUpFigures v={v} ongoing={v.year === current} />
      )}
    </AiPage>
  )
}

function FollowUpFigures({ v, ongoing }: { v: AiFollowUp; ongoing: boolean }) {
  const t = v.totals
  return (
    <>
      <ul className="link-row">
        <li>
          <a href={`/api/ai/follow-up/${v.year}.pdf`}>Uppföljningen {v.year} som PDF</a>
        </li>
        <li>
          <a href={`/api/ai/follow-up/${v.year}.html`}>Som utskriftsvänlig webbsida</a>
        </li>
      </ul>
      <p>
        Perioden {v.period.from}–{v.period.to}
        {ongoing ? `, till och med ${v.generatedOn} (året pågår)` : ''}.
      </p>

      <section className="section" aria-labelledby="uppf-anvandning">
        <h2 id="uppf-anvandning">Användning</h2>
        <dl className="facts">
          <div>
            <dt>Användningar (anrop och förslag för ärendesortering)</dt>
            <dd>{t.calls}</dd>
          </div>
          <div>
            <dt>Personer som använt AI</dt>
            <dd>{t.users}</dd>
          </div>
          <div>
            <dt>Stoppade av spärren</dt>
            <dd>{t.blocked}</dd>
          </div>
          <div>
            <dt>Maskade</dt>
            <dd>{t.redacted}</dd>
          </div>
          <div>
            <dt>Tillåtna utan maskning</dt>
            <dd>{t.allowed}</dd>
          </div>
          <div>
            <dt>Utan svar från tjänsten</dt>
            <dd>{t.failed}</dd>
          </div>
        </dl>
        {v.usage.length === 0 ? (
          <p className="muted">Ingen AI användes under perioden.</p>
        ) : (
          <DataTable
            caption="Anrop per tjänst och syfte"
            rows={v.usage}
            rowKey={(r) => `${r.serviceId ?? ''}-${r.purpose}`}
            columns={[
              { header: 'Tjänst', rowHeader: true, cell: (r) => r.service },
              { header: 'Syfte', cell: (r) => r.purposeLabel },
              { header: 'Anrop', cell: (r) => r.calls },
              { header: 'Stoppade', cell: (r) => r.blocked },
              { header: 'Maskade', cell: (r) => r.redacted },
              { header: 'Tillåtna', cell: (r) => r.allowed },
              { header: 'Utan svar', cell: (r) => r.failed },
            ]}
          />
        )}
      </section>

      <section className="section" aria-labelledby="uppf-fynd">
        <h2 id="uppf-fynd">Vad spärren hittade</h2>
        {v.findings.length === 0 ? (
          <p className="muted">Inga personuppgifter, känsliga eller sekretessbelagda uppgifter.</p>
        ) : (
          <DataTable
            caption="Fynd i stoppade och maskade anrop"
            rows={v.findings}
            rowKey={(f) => f.type}
            columns={[
              { header: 'Uppgift', rowHeader: true, cell: (f) => f.label },
              { header: 'I stoppade anrop', cell: (f) => f.blocked },
              { header: 'I maskade anrop', cell: (f) => f.redacted },
            ]}
          />
        )}
      </section>

      <section className="section" aria-labelledby="uppf-utkast">
        <h2 id="uppf-utkast">Granskning av AI-utkast</h2>
        <dl className="facts">
          <div>
            <dt>Skapade</dt>
            <dd>{v.drafts.created}</dd>
          </div>
          <div>
            <dt>Godkända</dt>
            <dd>
              {v.drafts.approved} (varav {v.drafts.approvedEdited} ändrade)
            </dd>
          </div>
          <div>
            <dt>Avvisade</dt>
            <dd>{v.drafts.rejected}</dd>
          </div>
          <div>
            <dt>Granskade av den som skapade utkastet</dt>
            <dd>{v.drafts.selfReviewed}</dd>
          </div>
          <div>
            <dt>Införda</dt>
            <dd>{v.drafts.applied}</dd>
          </div>
          <div>
            <dt>Ännu inte granskade</dt>
            <dd>{v.drafts.unreviewed}</dd>
          </div>
        </dl>
        {v.drafts.unreviewed > 0 && (
          <p>
            <Link to="/ai/utkast">Utkast som väntar på granskning</Link>
          </p>
        )}
      </section>

      <section className="section" aria-labelledby="uppf-incidenter">
        <h2 id="uppf-incidenter">Incidenter</h2>
        <p>
          {v.incidents.reported} rapporterade, {v.incidents.open} öppna och {v.incidents.closed}{' '}
          avslutade.
        </p>
        {v.incidents.byCategory.length > 0 && (
          <DataTable
            caption="Incidenter per kategori"
            rows={v.incidents.byCategory}
            rowKey={(c) => c.category}
            columns={[
              { header: 'Kategori', rowHeader: true, cell: (c) => c.label },
              { header: 'Öppna', cell: (c) => c.open },
              { header: 'Avslutade', cell: (c) => c.closed },
            ]}
          />
        )}
      </section>

      <section className="section" aria-labelledby="uppf-utbildning">
        <h2 id="uppf-utbildning">Utbildning</h2>
        <p>
          {v.training.trained} av {v.training.staff} medarbetare
          {v.training.percent === null ? '' : ` (${v.training.percent} %)`} hade giltig
          AI-utbildning den {v.training.asOf}.{' '}
          <Link to="/ai/utbildning">Utbildning per medarbetare</Link>
        </p>
      </section>
    </>
  )
}
