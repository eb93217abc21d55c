import { Link } from 'react-router'
import type { CaseListItem } from '../api/types'
import { DataTable, type Column } from './data-table'
import { StatusBadge } from './status-badge'

const COLUMNS: Column<CaseListItem>[] = [
  {
    header: 'Diarienummer',
    className: 'nowrap',
    rowHeader: true,
    cell: (c) => <Link to={`/arenden/${c.id}`}>{c.caseNumber}</Link>,
  },
  { header: 'Ärendemening', cell: (c) => c.title },
  { header: 'Status', cell: (c) => <StatusBadge status={c.status} /> },
  {
    header: 'Handläggare',
    cell: (c) => c.caseOfficerName ?? <span className="muted">Ej tilldelad</span>,
  },
  { header: 'Organ', cell: (c) => c.committeeName ?? '–' },
  { header: 'Öppnat', className: 'nowrap', cell: (c) => c.openedOn },
  { header: 'Handlingar', className: 'num', cell: (c) => c.documentCount },
]

/** A list of cases as a table; `caption` names it for screen readers. */
export function CaseTable({ cases, caption }: { cases: CaseListItem[]; caption: string }) {
  return <DataTable caption={caption} columns={COLUMNS} rows={cases} rowKey={(c) => c.id} />
}
