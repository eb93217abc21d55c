import type { Posting } from '../../../api/minutes-types'

/** The posting certificate (anslagsbevis): when the posting went up and the appeal period. */
export function PostingsList({
  postings,
  minutesDocumentId,
}: {
  postings: Posting[]
  /** The whole minutes' document; the other postings are §§ attested at once. */
  minutesDocumentId: string | null
}) {
  if (postings.length === 0) return null
  return (
    <section className="section" aria-labelledby="anslag">
      <h2 id="anslag">Anslag</h2>
      {postings.map((p) => {
        const whole = p.documentId === minutesDocumentId
        const title = whole
          ? 'Hela protokollet'
          : `Omedelbart justerad § ${(p.sectionNumbers ?? []).join(', ')}`
        return (
          <section key={p.id} className="subsection" aria-labelledby={`anslag-${p.id}`}>
            <h3 id={`anslag-${p.id}`}>{title}</h3>
            <dl className="facts">
              <div>
                <dt>Justerat</dt>
                <dd>{p.attestedOn}</dd>
              </div>
              <div>
                <dt>Anslaget</dt>
                <dd>{p.postedOn}</dd>
              </div>
              <div>
                <dt>Sista dag för överklagande</dt>
                <dd>{p.lastAppealDay}</dd>
              </div>
              <div>
                <dt>Anslaget tas ned</dt>
                <dd>{p.takeDownOn}</dd>
              </div>
              <div>
                <dt>Förvaringsplats</dt>
                <dd>{p.storedAt ?? '–'}</dd>
              </div>
              {p.sectionNumbers?.length ? (
                <div>
                  <dt>Paragrafer</dt>
                  <dd>§ {p.sectionNumbers.join(', ')}</dd>
                </div>
              ) : null}
            </dl>
          </section>
        )
      })}
      <p>
        <a href="/anslagstavla">Anslagstavlan</a>
      </p>
    </section>
  )
}
