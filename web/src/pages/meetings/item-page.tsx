import { Link, useParams } from 'react-router'
import type { AgendaItem, Attendance, Meeting } from '../../api/board-types'
import type { Conduct } from '../../api/conduct-types'
import { useApi } from '../../api/use-api'
import { mayManageMeetings } from '../../auth/board-access'
import { useSession } from '../../auth/session'
import { LoadError, Loading } from '../../components/page'
import { AdditionBadge } from './agenda-item-row'
import { AgendaApprovalForm } from './conduct/agenda-approval-form'
import { AttestersForm } from './conduct/attesters-form'
import { AuthorityToggle } from './conduct/authority-toggle'
import { DecisionForm } from './conduct/decision-form'
import { DissentsSection } from './conduct/dissents-section'
import { ImmediateAttestation } from './conduct/immediate-attestation'
import type { ItemContext } from './conduct/item-context'
import { MotionsSection } from './conduct/motions-section'
import { NotesSection } from './conduct/notes-section'
import { RecusalSection } from './conduct/recusal-section'
import { ServingSection } from './conduct/serving-section'
import { VotesSection } from './conduct/votes-section'
import { MeetingFrame, useMeeting } from './meeting-frame'

/** One item at the meeting: who serves, jäv, motions, votes, the decision, dissents, notes. */
export function ItemPage() {
  const loaded = useMeeting()
  const { itemId = '' } = useParams()
  const item = loaded.data?.agenda.find((i) => i.id === itemId)
  return (
    <MeetingFrame
      loaded={loaded}
      title={item ? `Punkt ${item.number}: ${item.title}` : 'Punkten finns inte'}
    >
      {(m) =>
        item ? (
          <ItemView meeting={m} item={item} onMeeting={loaded.replace} />
        ) : (
          <p className="notice notice--error">Punkten finns inte på ärendelistan.</p>
        )
      }
    </MeetingFrame>
  )
}

function ItemView({
  meeting,
  item,
  onMeeting,
}: {
  meeting: Meeting
  item: AgendaItem
  onMeeting(m: Meeting): void
}) {
  const { user } = useSession()
  const conduct = useApi<Conduct>(`/api/meetings/${meeting.id}/conduct`)
  const manage = mayManageMeetings(user)
  const prev = meeting.agenda.find((i) => i.number === item.number - 1)
  const next = meeting.agenda.find((i) => i.number === item.number + 1)
  const base = `/sammantraden/${meeting.id}/punkter`
  const c = conduct.data
  const entry = c?.items.find((i) => i.itemId === item.id)

  return (
    <>
      <p className="agenda-item__meta">
        <span>{item.kindLabel}</span>
        {item.caseLabel && item.caseId && (
          <Link className="case-number" to={`/arenden/${item.caseId}`}>
            {item.caseLabel}
          </Link>
        )}
        {item.presenter && <span>Föredragande: {item.presenter}</span>}
        {item.sectionLabel && <span>{item.sectionLabel}</span>}
      </p>
      <AdditionBadge item={item} />
      <nav aria-label="Punkter" className="pager">
        <ul className="link-row">
          {prev && (
            <li>
              <Link to={`${base}/${prev.id}`}>Föregående: punkt {prev.number}</Link>
            </li>
          )}
          {next && (
            <li>
              <Link to={`${base}/${next.id}`}>Nästa: punkt {next.number}</Link>
            </li>
          )}
        </ul>
      </nav>
      {conduct.error ? (
        <LoadError message={conduct.error.message} onRetry={conduct.reload} />
      ) : !c || !entry ? (
        <Loading />
      ) : (
        <Sections
          ctx={{
            meeting,
            item,
            conduct: c,
            entry,
            attendance: c.attendance.items.find((i) => i.itemId === item.id),
            manage,
            live: manage && meeting.status === 'open',
            setConduct: conduct.replace,
            setMeeting: (m) => {
              onMeeting(m)
              conduct.reload()
            },
          }}
          onAttendance={(a: Attendance) => conduct.replace({ ...c, attendance: a })}
        />
      )}
    </>
  )
}

function Sections({ ctx, onAttendance }: { ctx: ItemContext; onAttendance(a: Attendance): void }) {
  if (ctx.entry.masked) {
    return (
      <p className="notice notice--info">
        Punkten omfattas av sekretess
        {ctx.entry.confidentialityGround ? ` (${ctx.entry.confidentialityGround})` : ''}. Du har
        inte behörighet att se vad som hänt i den.
      </p>
    )
  }
  if (ctx.item.kind === 'rollCall') {
    return (
      <p className="section">
        Uppropet görs under{' '}
        <Link to={`/sammantraden/${ctx.meeting.id}/upprop`}>Upprop och närvaro</Link>.
      </p>
    )
  }
  const recusal = (
    <RecusalSection
      meeting={ctx.meeting}
      item={ctx.item}
      attendance={ctx.conduct.attendance}
      manage={ctx.manage}
      onChanged={onAttendance}
    />
  )
  if (ctx.item.kind === 'attesterElection' || ctx.item.kind === 'agendaApproval') {
    return (
      <>
        <ServingSection ctx={ctx} />
        {ctx.item.kind === 'attesterElection' ? (
          <AttestersForm ctx={ctx} />
        ) : (
          <AgendaApprovalForm ctx={ctx} />
        )}
        {ctx.entry.decision && (
          <section className="section" aria-labelledby="beslut-text">
            <h2 id="beslut-text">Beslut</h2>
            <p className="decision-text">{ctx.entry.decision.text}</p>
          </section>
        )}
      </>
    )
  }
  // Remounted when the motions or votes change, so the decision starts from what they say.
  const decisionKey = `${ctx.entry.motions.map((m) => `${m.id}${m.withdrawn}`).join()}-${ctx.entry.votes.length}`
  return (
    <>
      <ServingSection ctx={ctx} />
      {recusal}
      <AuthorityToggle ctx={ctx} />
      <MotionsSection ctx={ctx} />
      <VotesSection ctx={ctx} />
      <DecisionForm key={decisionKey} ctx={ctx} />
      <DissentsSection ctx={ctx} />
      <NotesSection ctx={ctx} />
      <ImmediateAttestation ctx={ctx} />
    </>
  )
}
