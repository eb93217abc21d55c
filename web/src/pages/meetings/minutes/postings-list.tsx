import type { Posting } from '../../../api/minutes-types'

/** The posting certificate (anslagsbevis): when the posting went up and the appeal period. */
export function PostingsList({ postings }: { postings: Posting[] }) {
  if (postings.length === 0) return null
  return (
    <section className="section" aria-labelledby="anslag">
      <h2 id="anslag">Anslag</h2>
      {postings.map((p) => (
        <dl className="facts" key={p.id}>
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
      ))}
      <p>
        <a href="/anslagstavla">Anslagstavlan</a>
      </p>
    </section>
  )
}
