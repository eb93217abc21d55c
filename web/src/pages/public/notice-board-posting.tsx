import { Link } from 'react-router'
import type { PublicPosting } from '../../api/notice-board-types'

/**
 * One posting (anslag) as the anslag sheet carries it: the committee, the meeting date, the day
 * it was posted, the last day to appeal, the day it comes down and where the minutes are kept,
 * with the minutes and the certificate.
 */
export function PostingCard({
  posting: p,
  headingLevel = 2,
  linkTitle = true,
}: {
  posting: PublicPosting
  headingLevel?: 2 | 3
  linkTitle?: boolean
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const headingId = `anslag-${p.id}`
  return (
    <article className="posting" aria-labelledby={headingId}>
      <Heading id={headingId} className="posting__title">
        {linkTitle ? <Link to={`/anslagstavla/${p.id}`}>{p.title}</Link> : p.title}
      </Heading>
      <dl className="posting__facts">
        <div>
          <dt>Organ</dt>
          <dd>{p.committee}</dd>
        </div>
        <div>
          <dt>Sammanträdesdatum</dt>
          <dd>{p.meetingDate}</dd>
        </div>
        {p.sections && (
          <div>
            <dt>Paragrafer</dt>
            <dd>{p.sections}</dd>
          </div>
        )}
        <div>
          <dt>Protokollet justerat</dt>
          <dd>{p.attestedOn}</dd>
        </div>
        <div>
          <dt>Anslaget den</dt>
          <dd>{p.postedOn}</dd>
        </div>
        <div className="posting__key">
          <dt>Sista dag för överklagande</dt>
          <dd>{p.lastAppealDay}</dd>
        </div>
        <div>
          <dt>Anslaget tas ned</dt>
          <dd>{p.takeDownOn}</dd>
        </div>
        <div>
          <dt>Protokollet förvaras</dt>
          <dd>{p.storedAt ?? 'Kommunens kansli'}</dd>
        </div>
      </dl>
      {p.maskedSections.length > 0 && (
        <p className="muted small">
          § {p.maskedSections.join(', ')} omfattas av sekretess och är maskerade i den offentliga
          versionen.
        </p>
      )}
      <ul className="link-row">
        <li>
          <a href={p.links.minutesPdf} aria-label={`Protokollet (PDF), ${p.title}`}>
            Protokollet (PDF)
          </a>
        </li>
        <li>
          <a href={p.links.minutesHtml} aria-label={`Protokollet som webbsida, ${p.title}`}>
            Protokollet som webbsida
          </a>
        </li>
        <li>
          <a href={p.links.certificatePdf} aria-label={`Anslagsbevis (PDF), ${p.title}`}>
            Anslagsbevis (PDF)
          </a>
        </li>
      </ul>
    </article>
  )
}
