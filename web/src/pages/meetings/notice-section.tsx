import type { Meeting, SentNotice } from '../../api/board-types'
import { useApi } from '../../api/use-api'
import { formatDateTime } from '../../labels'

/**
 * Kallelse: the notice built from the agenda (HTML, and the PDF: a draft before it is sent,
 * the stored PDF as sent afterwards), and to whom it went.
 */
export function NoticeSection({ meeting }: { meeting: Meeting }) {
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
        <li>
          <a href={`${base}/notice.pdf`}>
            {sent ? 'Kallelsen som PDF (som den skickades)' : 'Förhandsgranska kallelsen som PDF'}
          </a>
        </li>
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
              Skickad {formatDateTime(n.sentAt)} till {summoned.length}{' '}
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
    </section>
  )
}
