import type { MeetingStatus } from '../api/board-types'
import { MEETING_STATUS_LABEL } from '../board-labels'

/** A meeting's status as a badge; the text says it, the colour only repeats it. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  return <span className={`badge badge--meeting-${status}`}>{MEETING_STATUS_LABEL[status]}</span>
}
