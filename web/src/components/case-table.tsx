import { Link } from 'react-router'
import type { CaseListItem } from '../api/types'
import { StatusBadge } from './status-badge'
import { TableWrap } from './table-wrap'

/** A list of cases as a table; `caption` names it for screen readers. */
export function CaseTable({ cases, caption }: { cases: CaseListItem[]; caption: string }) {
  return (
    <TableWrap label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Diarienummer</th>
            <th scope="col">Ärendemening</th>
            <th scope="col">Status</th>
            <th scope="col">Handläggare</th>
            <th scope="col">Organ</th>
            <th scope="col">Öppnat</th>
            <th scope="col" className="num">
              Handlingar
            </th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <td className="nowrap">
                <Link to={`/arenden/${c.id}`}>{c.caseNumber}</Link>
              </td>
              <td>{c.title}</td>
              <td>
                <StatusBadge status={c.status} />
              </td>
              <td>{c.caseOfficerName ?? <span className="muted">Ej tilldelad</span>}</td>
              <td>{c.committeeName ?? '–'}</td>
              <td className="nowrap">{c.openedOn}</td>
              <td className="num">{c.documentCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
