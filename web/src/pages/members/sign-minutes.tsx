import { api } from '../../api/client'
import type { MyMeetingDetail } from '../../api/member-types'
import type { Minutes, SignResult } from '../../api/minutes-types'
import { useApi } from '../../api/use-api'
import { ActionMessage, useAction } from '../../components/action-message'
import { SignersTable } from '../meetings/minutes/signers-table'

/**
 * Justera protokollet: for the chair and the attesters of the meeting, once the minutes were
 * sent for attestation. Each signs with their own electronic signature (PAdES).
 */
export function SignMinutes({ meeting }: { meeting: MyMeetingDetail }) {
  const held = meeting.status === 'closed' || meeting.status === 'attested'
  const minutes = useApi<Minutes>(held ? `/api/meetings/${meeting.id}/minutes` : null)
  const action = useAction()
  const m = minutes.data
  if (!m || m.stage === 'draft') return null
  const me = m.signers.find((s) => s.membershipId === meeting.seat.membershipId)
  if (!me) return null
  const base = `/api/meetings/${meeting.id}`

  const sign = async () => {
    const r = await action.run(
      () => api<SignResult>(`${base}/minutes/signatures`, { json: {} }),
      (x) =>
        x.attested
          ? 'Du har skrivit under. Protokollet är justerat och anslaget på anslagstavlan.'
          : 'Du har skrivit under protokollet.',
    )
    if (r) minutes.replace(r.minutes)
  }

  return (
    <section className="section card" aria-labelledby="justera">
      <h2 id="justera">Justera protokollet</h2>
      <p>
        Du är {me.role === 'chair' ? 'ordförande' : 'justerare'}. Läs{' '}
        <a href={`${base}/minutes.pdf`}>protokollet (PDF)</a> eller{' '}
        <a href={`${base}/minutes.html`}>protokollet som webbsida</a> innan du skriver under.
      </p>
      <SignersTable signers={m.signers} caption="Underskrifter" />
      {!me.signedAt && m.stage === 'awaitingSignatures' && (
        <div className="button-row">
          <button type="button" className="button" onClick={sign} disabled={action.busy}>
            {action.busy ? 'Skriver under…' : 'Skriv under protokollet'}
          </button>
        </div>
      )}
      <ActionMessage result={action.result} />
    </section>
  )
}
