import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { api } from '../../api/client'
import type { OfficialReport, OfficialReportSummary } from '../../api/official-report-types'
import type { CaseDetail } from '../../api/types'
import { useApi } from '../../api/use-api'
import { mayRegister, useSession } from '../../auth/session'
import { DataTable } from '../../components/data-table'
import { FormCard } from '../../components/form-card'
import { SelectField, TextField } from '../../components/form'
import { LoadError, Loading, Page } from '../../components/page'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'
import { useRegistry } from '../../registry'

const TARGETS = { title: 'ny-tjansteskrivelse-rubrik', committeeId: 'ny-tjansteskrivelse-organ' }

/** Tjänsteskrivelser: the officials' reports of a case, and a new one to write. */
export function CaseReportsPage() {
  const { id = '' } = useParams()
  const { user } = useSession()
  const c = useApi<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`)
  const reports = useApi<{ caseNumber: string; reports: OfficialReportSummary[] }>(
    `/api/cases/${encodeURIComponent(id)}/official-reports`,
  )
  if (c.error) {
    return (
      <Page title="Tjänsteskrivelser">
        <LoadError message={c.error.message} onRetry={c.reload} />
      </Page>
    )
  }
  const title = c.data ? `Tjänsteskrivelser i ${c.data.caseNumber}` : 'Tjänsteskrivelser'
  return (
    <Page
      title={title}
      heading={
        <>
          <span className="heading-kicker">Ärende {c.data?.caseNumber}</span>
          Tjänsteskrivelser
        </>
      }
    >
      <p className="breadcrumb">
        <Link to={`/arenden/${id}`}>
          {c.data ? `${c.data.caseNumber} ${c.data.title}` : 'Ärendet'}
        </Link>
      </p>
      {reports.error ? (
        <LoadError message={reports.error.message} onRetry={reports.reload} />
      ) : !reports.data ? (
        <Loading />
      ) : reports.data.reports.length === 0 ? (
        <p className="muted">Ärendet har inga tjänsteskrivelser.</p>
      ) : (
        <DataTable
          caption="Tjänsteskrivelser"
          rows={reports.data.reports}
          rowKey={(r) => r.id}
          columns={[
            {
              header: 'Rubrik',
              rowHeader: true,
              cell: (r) =>
                r.readable ? <Link to={`/tjansteskrivelser/${r.id}`}>{r.title}</Link> : r.title,
            },
            { header: 'Datum', className: 'nowrap', cell: (r) => r.reportDate ?? '–' },
            {
              header: 'Status',
              cell: (r) => (
                <>
                  {r.statusLabel[0]!.toUpperCase() + r.statusLabel.slice(1)}
                  {r.supersededBy && <span className="cell-sub">Ersatt av en ny version</span>}
                </>
              ),
            },
          ]}
        />
      )}
      {mayRegister(user) && c.data && <NewReportForm caseDetail={c.data} />}
    </Page>
  )
}

function NewReportForm({ caseDetail }: { caseDetail: CaseDetail }) {
  const registry = useRegistry()
  const navigate = useNavigate()
  const [title, setTitle] = useState(caseDetail.titleProtected ? '' : caseDetail.title)
  const [committeeId, setCommitteeId] = useState(caseDetail.committeeId ?? '')
  const f = useFormSubmit(TARGETS, 'Tjänsteskrivelsen kunde inte skapas.')
  const onSubmit = async () => {
    const local: FormErrors = {}
    if (!title.trim()) local.title = 'Ange rubrik.'
    if (!committeeId) local.committeeId = 'Välj organet skrivelsen riktas till.'
    const r = await f.submit(
      local,
      () =>
        api<OfficialReport>(`/api/cases/${caseDetail.id}/official-reports`, {
          json: { title: title.trim(), committeeId },
        }),
      () => '',
    )
    if (r) await navigate(`/tjansteskrivelser/${r.id}`)
  }
  return (
    <div className="section">
      <FormCard
        id="ny-tjansteskrivelse"
        headingLevel={2}
        title="Skriv tjänsteskrivelse"
        errorTitle="Tjänsteskrivelsen kunde inte skapas"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Skapa utkast"
      >
        <TextField
          id={TARGETS.title}
          label="Rubrik"
          value={title}
          error={f.errors.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <SelectField
          id={TARGETS.committeeId}
          label="Till"
          value={committeeId}
          error={f.errors.committeeId}
          onChange={(e) => setCommitteeId(e.target.value)}
        >
          <option value="">Välj organ…</option>
          {registry?.committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </FormCard>
    </div>
  )
}
