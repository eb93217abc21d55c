import type { Announcement } from '../../api/notice-board-types'
import { useApi } from '../../api/use-api'

/**
 * Tillkännagivanden: fullmäktige's coming meetings with time, place and the matters to be
 * dealt with, posted at least a week before (KL 5 kap. 11–13 §§).
 */
export function Announcements() {
  const { data } = useApi<{ today: string; announcements: Announcement[] }>(
    '/api/public/notice-board/announcements',
  )
  if (!data || data.announcements.length === 0) return null
  return (
    <section className="section" aria-labelledby="tillkannagivanden">
      <h2 id="tillkannagivanden">Kommande sammanträden med kommunfullmäktige</h2>
      <ul className="posting-list">
        {data.announcements.map((a) => (
          <li key={a.id}>
            <article className="posting" aria-labelledby={`tillkannagivande-${a.id}`}>
              <h3 id={`tillkannagivande-${a.id}`} className="posting__title">
                {a.title}
              </h3>
              <p>
                {a.committee} sammanträder {a.meetingDay} kl. {a.startsAt}, {a.place}.
              </p>
              {a.items.length > 0 && (
                <ol className="announcement-items">
                  {a.items.map((i) => (
                    <li key={i.number} value={i.number}>
                      {i.title}
                      {i.caseNumber && <span className="muted"> (Dnr {i.caseNumber})</span>}
                    </li>
                  ))}
                </ol>
              )}
              <p className="muted small">
                Anslaget {a.postedOn}, tas ned {a.takeDownOn}.
              </p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  )
}
