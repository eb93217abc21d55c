import { Link } from 'react-router'
import type { Attendance, AttendancePerson, Meeting } from '../../api/board-types'
import { useApi } from '../../api/use-api'
import { mayManageMeetings } from '../../auth/board-access'
import { useSession } from '../../auth/session'
import { DataTable } from '../../components/data-table'
import { LoadError, Loading } from '../../components/page'
import { MeetingFrame, useMeeting } from './meeting-frame'
import { MovementForm } from './movement-form'
import { RollCallForm } from './roll-call-form'

/** "Närvarande", "Kom vid punkt 5", "Lämnade efter punkt 7", "Frånvarande". */
export function presenceText(p: AttendancePerson): string {
  const parts: string[] = []
  if (p.presentAtRollCall) parts.push('Närvarande vid uppropet')
  if (p.arrivedAtItem) parts.push(`Kom vid punkt ${p.arrivedAtItem}`)
  if (p.leftAfterItem) parts.push(`Lämnade efter punkt ${p.leftAfterItem}`)
  return parts.length ? parts.join(', ') : 'Frånvarande'
}

/** Upprop och närvaro: the roll call, arrivals and departures, and who serves on each item. */
export function AttendancePage() {
  const loaded = useMeeting()
  return (
    <MeetingFrame loaded={loaded} title="Upprop och närvaro">
      {(m) => <AttendanceView meeting={m} />}
    </MeetingFrame>
  )
}

function AttendanceView({ meeting }: { meeting: Meeting }) {
  const { user } = useSession()
  const a = useApi<Attendance>(`/api/meetings/${meeting.id}/attendance`)
  const manage = mayManageMeetings(user) && meeting.status === 'open'
  if (a.error) return <LoadError message={a.error.message} onRetry={a.reload} />
  if (!a.data) return <Loading />
  const att = a.data
  return (
    <>
      {meeting.status !== 'open' && (
        <p className="notice notice--info">
          Sammanträdet är {meeting.statusLabel.toLowerCase()}. Närvaron kan inte längre ändras.
        </p>
      )}
      {manage && <RollCallForm meetingId={meeting.id} attendance={att} onChanged={a.replace} />}

      {att.rollCallTaken && (
        <section className="section" aria-labelledby="narvaro">
          <h2 id="narvaro">Närvaro</h2>
          <DataTable
            caption="Närvaro"
            rows={att.people}
            rowKey={(p) => p.membershipId}
            columns={[
              { header: 'Namn', rowHeader: true, cell: (p) => p.displayName },
              { header: 'Roll', cell: (p) => p.roleLabel },
              { header: 'Närvaro', cell: presenceText },
            ]}
          />
        </section>
      )}
      {manage && att.rollCallTaken && (
        <MovementForm
          meetingId={meeting.id}
          attendance={att}
          agenda={meeting.agenda}
          onChanged={a.replace}
        />
      )}

      {att.rollCallTaken && (
        <section className="section" aria-labelledby="per-punkt">
          <h2 id="per-punkt">Tjänstgöring och beslutförhet per punkt</h2>
          <DataTable
            caption="Tjänstgöring per punkt"
            rows={att.items}
            rowKey={(i) => i.itemId}
            columns={[
              { header: 'Punkt', className: 'num', cell: (i) => i.number },
              {
                header: 'Rubrik',
                rowHeader: true,
                cell: (i) => (
                  <Link to={`/sammantraden/${meeting.id}/punkter/${i.itemId}`}>{i.title}</Link>
                ),
              },
              {
                header: 'Tjänstgör',
                className: 'num',
                cell: (i) => `${i.serving.length} av ${att.seats}`,
              },
              {
                header: 'Ersättare tjänstgör för',
                cell: (i) =>
                  i.serving
                    .filter((s) => s.servingFor)
                    .map((s) => `${s.displayName} för ${s.servingFor}`)
                    .join('; ') || '–',
              },
              {
                header: 'Jäv',
                cell: (i) => i.recused.map((r) => r.displayName).join(', ') || '–',
              },
              {
                header: 'Beslutsfört',
                cell: (i) => <QuorumBadge quorum={i.quorum} />,
              },
            ]}
          />
        </section>
      )}
    </>
  )
}

export function QuorumBadge({ quorum }: { quorum: boolean }) {
  return quorum ? (
    <span className="badge badge--quorum">Ja</span>
  ) : (
    <span className="badge badge--no-quorum">Nej, inte beslutsfört</span>
  )
}
