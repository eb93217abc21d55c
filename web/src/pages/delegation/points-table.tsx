import type { DelegationPoint } from '../../api/delegation-types'
import { DataTable } from '../../components/data-table'

const sek = new Intl.NumberFormat('sv-SE')

/** The points of a version of the delegation scheme; `actions` adds the draft's buttons. */
export function PointsTable({
  points,
  caption,
  actions,
}: {
  points: DelegationPoint[]
  caption: string
  actions?(p: DelegationPoint): React.ReactNode
}) {
  if (points.length === 0) return <p className="muted">Versionen har inga punkter.</p>
  return (
    <DataTable
      caption={caption}
      rows={points}
      rowKey={(p) => p.id}
      columns={[
        { header: 'Punkt', rowHeader: true, className: 'nowrap', cell: (p) => p.number },
        {
          header: 'Ärende',
          cell: (p) => (
            <>
              {p.text}
              {p.comment && <span className="cell-sub">{p.comment}</span>}
            </>
          ),
        },
        {
          header: 'Delegat',
          cell: (p) => (
            <>
              {p.delegate ?? '–'}
              <span className="cell-sub">{p.delegateTypeLabel}</span>
            </>
          ),
        },
        {
          header: 'Begränsningar',
          cell: (p) =>
            [
              p.limits,
              p.amountLimitSek !== null ? `Högst ${sek.format(p.amountLimitSek)} kr` : null,
            ]
              .filter(Boolean)
              .join('. ') || '–',
        },
        { header: 'Lagrum', cell: (p) => p.legalReference ?? '–' },
        ...(actions ? [{ header: 'Ändra', cell: actions }] : []),
      ]}
    />
  )
}
