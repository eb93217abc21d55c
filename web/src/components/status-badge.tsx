import type { CaseStatus } from '../api/types'
import { STATUS_LABEL } from '../labels'

export function StatusBadge({ status }: { status: CaseStatus }) {
  return <span className={`badge badge--${status}`}>{STATUS_LABEL[status]}</span>
}

export function SecrecyBadge({ ground }: { ground: string | null }) {
  return (
    <span className="badge badge--secrecy">Sekretess{ground ? <> enligt {ground}</> : null}</span>
  )
}
