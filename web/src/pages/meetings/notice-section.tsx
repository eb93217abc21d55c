import { api } from '../../api/client'
import type { Meeting, SentNotice } from '../../api/board-types'
import { useApi } from '../../api/use-api'
import { ActionMessage, useAction } from '../../components/action-message'
import { formatDateTime } from '../../labels'

/**
 * Kallelse: the notice built from the agenda (HTML, and the PDF: a draft before it is sent,
 * the stored PDF as sent afterwards), and to whom it went.
 */
export function NoticeSection({ meeting, manage }: { meeting: Meeting; manage: boolean }) {
  const sent = meeting.notice.sentOn !== null
  const notices = useApi<{ notices: SentNotice[] }>(
    sent ? `/api/meetings/${meeting.id}/notices` : null,
  )
  const base = `/api/meetings/${meeting.id}`
  return (
    <section className="section" aria-labelledby="kallelse-rubrik">
      <h2 id="kallelse-rubrik">Kallelse</h2>
      <ul className="link-row">
        <li>
          <a href={`${base}/notice.html`}>Kallelsen som webbsida</a>
        </li>
        {!sent && (
          <li>
            <a href={`${base}/notice.pdf`}>Förhandsgranska kallelsen som PDF</a>
          </li>
        )}
      </ul>
      {!sent && (
        <p className="muted">
          Kallelsen byggs av ärendelistan och punkternas handlingar. Den skickas till ledamöterna
          och för kännedom till ersättarna.
        </p>
      )}
      {notices.data?.notices.map((n) => {
        const summoned = n.recipients.filter((r) => r.capacity === 'summoned')
        const informed = n.recipients.filter((r) => r.capacity === 'forInformation')
        const unreachable = n.recipients.filter((r) => !r.hasAccount)
        return (
          <div key={n.id} className="card sent-notice">
            <p>
              <a href={`${base}/notices/${n.sequence}/pdf`}>
                {n.sequence === 1 ? 'Kallelsen' : `Tilläggskallelse ${n.sequence - 1}`} (PDF)
              </a>
              {': '}
              skickad {formatDateTime(n.sentAt)} till {summoned.length}{' '}
              {summoned.length === 1 ? 'ledamot' : 'ledamöter'} och för kännedom till{' '}
              {informed.length} ersättare
              {n.late ? `, ${n.daysLate} ${n.daysLate === 1 ? 'dag' : 'dagar'} för sent` : ''}.
            </p>
            {unreachable.length > 0 && (
              <p className="notice notice--warning">
                Utan konto i Kansli, nås på annat sätt:{' '}
                {unreachable.map((r) => `${r.name} (${r.party})`).join(', ')}.
              </p>
            )}
          </div>
        )
      })}
      {manage && meeting.status === 'noticeSent' && (
        <SupplementButton meeting={meeting} onSent={notices.reload} />
      )}
    </section>
  )
}

/**
 * Tilläggskallelse: the items added after the notice went out, sent like the notice (to the
 * members, and for information to the substitutes).
 */
function SupplementButton({ meeting, onSent }: { meeting: Meeting; onSent(): void }) {
  const action = useAction()
  const added = meeting.agenda.filter((i) => i.addedAfterNotice)
  if (added.length === 0) return null
  const send = async () => {
    const r = await action.run(
      () =>
        api<{ sequence: number; items: unknown[] }>(
          `/api/meetings/${meeting.id}/notice/supplement`,
          {
            method: 'POST',
          },
        ),
      (x) =>
        `Tilläggskallelsen är skickad med ${x.items.length} ${x.items.length === 1 ? 'ärende' : 'ärenden'}.`,
    )
    if (r) onSent()
  }
  return (
    <div className="card sent-notice">
      <h3>Tilläggskallelse</h3>
      <p>Tillagda efter kallelsen: {added.map((i) => `${i.number}. ${i.title}`).join('; ')}.</p>
      <button type="button" className="button" onClick={send} disabled={action.busy}>
        Skicka tilläggskallelse
      </button>
      <ActionMessage result={action.result} />
    </div>
  )
}
