import { api } from '../../api/client'
import type { MyMeetingDetail } from '../../api/member-types'
import type { Minutes, MinutesDocument, SignResult } from '../../api/minutes-types'
import { useApi } from '../../api/use-api'
import { ActionMessage, useAction } from '../../components/action-message'
import { SignersTable } from '../meetings/minutes/signers-table'

/**
 * Justera protokollet: for the chair and the attesters of the meeting, once the minutes were
 * sent for attestation, and for a § attested at once at the meeting. Each signs with their own
 * electronic signature (PAdES).
 */
export function SignMinutes({ meeting }: { meeting: MyMeetingDetail }) {
  const held = ['open', 'closed', 'attested'].includes(meeting.status)
  const minutes = useApi<Minutes>(held ? `/api/meetings/${meeting.id}/minutes` : null)
  const action = useAction()
  const m = minutes.data
  if (!m) return null
  const me = m.signers.find((s) => s.membershipId === meeting.seat.membershipId)
  if (!me) return null
  const base = `/api/meetings/${meeting.id}`
  const sections = m.sectionDocuments.filter((d) => d.status !== 'attested')
  const signedSection = (d: MinutesDocument) =>
    m.sectionSigners
      .find((s) => s.documentId === d.id)
      ?.signed.some((g) => g.membershipId === me.membershipId)
  // Stays after the last signature, so that what it did is still said.
  if (m.stage === 'draft' && sections.length === 0 && !action.result) return null

  const sign = async (documentId?: string, what = 'protokollet') => {
    const r = await action.run(
      () =>
        api<SignResult>(`${base}/minutes/signatures`, {
          json: documentId ? { documentId } : {},
        }),
      (x) =>
        x.attested
          ? `Du har skrivit under. ${what === 'protokollet' ? 'Protokollet är justerat' : 'Paragrafen är justerad'} och anslaget på anslagstavlan.`
          : `Du har skrivit under ${what}.`,
    )
    if (r) minutes.replace(r.minutes)
  }
  const numberOf = (d: MinutesDocument) =>
    meeting.agenda.find((i) => i.id === d.itemId)?.sectionNumber ?? null

  return (
    <section className="section card" aria-labelledby="justera">
      <h2 id="justera">Justera protokollet</h2>
      <p>Du är {me.role === 'chair' ? 'ordförande' : 'justerare'}.</p>
      {sections.map((d) => (
        <div key={d.id} className="sign-section">
          <p>
            Omedelbar justering av § {numberOf(d)}:{' '}
            <a href={`${base}/minutes/documents/${d.id}/pdf`}>paragrafen (PDF)</a>
          </p>
          {!signedSection(d) && (
            <button
              type="button"
              className="button"
              onClick={() => sign(d.id, `§ ${numberOf(d)}`)}
              disabled={action.busy}
            >
              Skriv under § {numberOf(d)}
            </button>
          )}
        </div>
      ))}
      {m.stage !== 'draft' && (
        <>
          <p>
            Läs <a href={`${base}/minutes.pdf`}>protokollet (PDF)</a> eller{' '}
            <a href={`${base}/minutes.html`}>protokollet som webbsida</a> innan du skriver under.
          </p>
          <SignersTable signers={m.signers} caption="Underskrifter" />
          {!me.signedAt && m.stage === 'awaitingSignatures' && (
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() => sign()}
                disabled={action.busy}
              >
                {action.busy ? 'Skriver under…' : 'Skriv under protokollet'}
              </button>
            </div>
          )}
        </>
      )}
      <ActionMessage result={action.result} />
    </section>
  )
}
