import { api } from '../../api/client'
import type { Meeting } from '../../api/board-types'
import { useApi } from '../../api/use-api'
import { ActionMessage, useAction } from '../../components/action-message'
import { DataTable } from '../../components/data-table'
import { formatDateTime } from '../../labels'

interface Person {
  membershipId: string
  name: string
  party: string
  role: string
}

interface Absences {
  meetingId: string
  quorumExpected: boolean
  absences: (Person & {
    note: string | null
    reportedAt: string
    suggestedSubstitute: Person | null
    calledSubstitute: Person | null
    calledAt: string | null
  })[]
}

const named = (p: Person) => `${p.name} (${p.party})`

/**
 * Förhinder: members who reported that they cannot come, and the substitute to call in for each
 * (same party first, then the order of service); the secretary notes whom they called.
 */
export function AbsencesSection({ meeting }: { meeting: Meeting }) {
  const absences = useApi<Absences>(`/api/meetings/${meeting.id}/absences`)
  const action = useAction()
  const call = async (membershipId: string, sub: Person) => {
    const r = await action.run(
      () =>
        api<Absences>(`/api/meetings/${meeting.id}/absences/${membershipId}/substitute`, {
          json: { substituteMembershipId: sub.membershipId },
        }),
      `${named(sub)} är noterad som inkallad.`,
    )
    if (r) absences.replace(r)
  }
  const data = absences.data
  if (!data || data.absences.length === 0) return null
  return (
    <section className="section" aria-labelledby="forhinder-anmalda">
      <h2 id="forhinder-anmalda">Anmälda förhinder</h2>
      {!data.quorumExpected && (
        <p className="notice notice--warning">
          Med de anmälda förhindren blir organet inte beslutsfört om inga ersättare kallas in.
        </p>
      )}
      <DataTable
        caption="Anmälda förhinder"
        rows={data.absences}
        rowKey={(a) => a.membershipId}
        columns={[
          { header: 'Ledamot', rowHeader: true, cell: (a) => named(a) },
          {
            header: 'Anmält',
            cell: (a) => (
              <>
                {formatDateTime(a.reportedAt)}
                {a.note && <span className="cell-sub">”{a.note}”</span>}
              </>
            ),
          },
          {
            header: 'Ersättare',
            cell: (a) =>
              a.calledSubstitute ? (
                `${named(a.calledSubstitute)} inkallad`
              ) : a.suggestedSubstitute ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => call(a.membershipId, a.suggestedSubstitute!)}
                  disabled={action.busy}
                >
                  Kalla in {named(a.suggestedSubstitute)}
                </button>
              ) : (
                <span className="muted">Ingen ersättare är ledig</span>
              ),
          },
        ]}
      />
      <ActionMessage result={action.result} />
    </section>
  )
}
