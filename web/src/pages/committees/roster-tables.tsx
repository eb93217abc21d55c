import type { CommitteeStaffMember, Membership } from '../../api/board-types'
import { ROLE_LABEL, STAFF_FUNCTION_LABEL } from '../../board-labels'
import { DataTable } from '../../components/data-table'

const period = (m: Membership) => `${m.startsOn} – ${m.endsOn}`
const account = (m: Membership) =>
  m.hasAccount ? 'Ja' : <span className="muted">Inget konto kopplat</span>

/** The seats: chair, vice chair, then the members in list order. */
export function MembersTable({ members }: { members: Membership[] }) {
  if (members.length === 0) return <p className="muted">Organet har inga ledamöter den dagen.</p>
  return (
    <DataTable
      caption="Ledamöter"
      rows={members}
      rowKey={(m) => m.id}
      columns={[
        { header: 'Namn', rowHeader: true, cell: (m) => m.name },
        { header: 'Parti', cell: (m) => m.party },
        { header: 'Roll', cell: (m) => ROLE_LABEL[m.role] },
        { header: 'Uppdraget', className: 'nowrap', cell: period },
        { header: 'Inloggning', cell: account },
      ]}
    />
  )
}

/** The substitutes in their order of service (tjänstgöringsordning). */
export function SubstitutesTable({ substitutes }: { substitutes: Membership[] }) {
  if (substitutes.length === 0)
    return <p className="muted">Organet har inga ersättare den dagen.</p>
  return (
    <DataTable
      caption="Ersättare i tjänstgöringsordning"
      rows={substitutes}
      rowKey={(m) => m.id}
      columns={[
        { header: 'Ordning', className: 'num', cell: (m) => m.order },
        { header: 'Namn', rowHeader: true, cell: (m) => m.name },
        { header: 'Parti', cell: (m) => m.party },
        { header: 'Uppdraget', className: 'nowrap', cell: period },
        { header: 'Inloggning', cell: account },
      ]}
    />
  )
}

/** The secretary and the officials who attend the committee's meetings. */
export function StaffTable({ staff }: { staff: CommitteeStaffMember[] }) {
  if (staff.length === 0)
    return <p className="muted">Ingen sekreterare eller tjänsteperson är angiven.</p>
  return (
    <DataTable
      caption="Tjänstepersoner"
      rows={staff}
      rowKey={(s) => `${s.userId}-${s.function}`}
      columns={[
        { header: 'Namn', rowHeader: true, cell: (s) => s.name },
        { header: 'Titel', cell: (s) => s.title ?? '–' },
        { header: 'Funktion', cell: (s) => STAFF_FUNCTION_LABEL[s.function] },
      ]}
    />
  )
}
