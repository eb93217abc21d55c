import { useState } from 'react'
import { api } from '../../api/client'
import type { Meeting } from '../../api/board-types'
import type { DelegationReportRow } from '../../api/delegation-types'
import { useApi } from '../../api/use-api'
import { isDate } from '../../board-labels'
import { ActionMessage, useAction } from '../../components/action-message'
import { DataTable } from '../../components/data-table'
import { TextField } from '../../components/form'
import { normalizeDate } from '../../labels'

interface Report {
  meetingId: string
  rows: DelegationReportRow[]
  assigned?: number
}

/**
 * Redovisning av delegationsbeslut: the decisions reported to this meeting, as the notice lists
 * them; before the notice the secretary reports all unreported ones (up to a day) to it.
 */
export function DelegationReportSection({
  meeting,
  manage,
}: {
  meeting: Meeting
  manage: boolean
}) {
  const report = useApi<Report>(`/api/meetings/${meeting.id}/delegation-report`)
  const action = useAction()
  const [until, setUntil] = useState('')
  const [untilError, setUntilError] = useState<string | undefined>()
  if (!meeting.agenda.some((i) => i.kind === 'delegationReport')) return null
  const assign = async () => {
    const day = normalizeDate(until)
    if (until.trim() && !isDate(day)) return setUntilError('Ange ett datum (ÅÅÅÅ-MM-DD).')
    setUntilError(undefined)
    const r = await action.run(
      () =>
        api<Report>(`/api/meetings/${meeting.id}/delegation-report/assign`, {
          json: { until: until.trim() ? day : null },
        }),
      (x) =>
        `${x.assigned ?? 0} ${x.assigned === 1 ? 'beslut är anmält' : 'beslut är anmälda'} till sammanträdet.`,
    )
    if (r) report.replace(r)
  }
  const rows = report.data?.rows ?? []
  return (
    <section className="section" aria-labelledby="delegationsbeslut-rubrik">
      <h2 id="delegationsbeslut-rubrik">Redovisning av delegationsbeslut</h2>
      {rows.length === 0 ? (
        <p className="muted">Inga delegationsbeslut är anmälda till sammanträdet.</p>
      ) : (
        <DataTable
          caption="Delegationsbeslut som anmäls"
          rows={rows}
          rowKey={(r) => `${r.dateLabel}-${r.caseNumber ?? ''}-${r.action}`}
          columns={[
            { header: 'Datum', className: 'nowrap', cell: (r) => r.dateLabel },
            { header: 'Dnr', className: 'nowrap', cell: (r) => r.caseNumber ?? '–' },
            { header: 'Beslutsfattare', cell: (r) => r.decisionMaker },
            { header: 'Beslut', rowHeader: true, cell: (r) => r.action },
            { header: 'Punkt', cell: (r) => r.pointLabel },
          ]}
        />
      )}
      {manage && (meeting.status === 'planned' || meeting.status === 'noticeSent') && (
        <div className="search-row search-row--main section">
          <TextField
            id="anmal-till-och-med"
            label="Anmäl ej anmälda beslut fattade till och med"
            optional
            hint="ÅÅÅÅ-MM-DD; alla om tomt."
            inputMode="numeric"
            className="input--short"
            value={until}
            error={untilError}
            onChange={(e) => setUntil(e.target.value)}
          />
          <button type="button" className="button" onClick={assign} disabled={action.busy}>
            Anmäl till sammanträdet
          </button>
        </div>
      )}
      <ActionMessage result={action.result} />
    </section>
  )
}
