import type { AiServiceStatus } from '../../api/ai-types'
import { SERVICE_STATUS_LABEL } from './ai-labels'

export function ServiceStatusBadge({ status }: { status: AiServiceStatus }) {
  return (
    <span className={`badge badge--ai-${status}`}>{SERVICE_STATUS_LABEL[status] ?? status}</span>
  )
}
