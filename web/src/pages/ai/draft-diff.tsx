import type { AiDraft } from '../../api/ai-types'
import { formatDateTime } from '../../labels'

/**
 * What the reviewer changed, word by word: inserted words underlined, removed ones struck
 * through, each also said in words for screen readers (colour is never the only cue).
 */
export function DraftDiff({ draft, diff }: { draft: AiDraft; diff: NonNullable<AiDraft['diff']> }) {
  const changed = diff.added > 0 || diff.removed > 0
  return (
    <section className="subsection" aria-labelledby="andringar">
      <h3 id="andringar">Ändringar vid granskningen</h3>
      <p>
        {draft.reviewedBy ? `${draft.reviewedBy.name} ` : ''}
        {changed ? 'ändrade texten' : 'godkände texten utan ändringar'}
        {draft.reviewedAt ? ` ${formatDateTime(draft.reviewedAt)}` : ''}
        {changed
          ? `: ${diff.added} ord tillagda, ${diff.removed} ord borttagna, ${diff.unchanged} oförändrade.`
          : '.'}
      </p>
      {diff.coarse && (
        <p className="muted">Texten ändrades så mycket att mitten visas som ersatt i sin helhet.</p>
      )}
      {changed && (
        <p className="diff pre-line">
          {diff.segments.map((s, i) =>
            s.op === 'insert' ? (
              <ins key={i}>
                <span className="visually-hidden">[tillagt: </span>
                {s.text}
                <span className="visually-hidden">]</span>
              </ins>
            ) : s.op === 'delete' ? (
              <del key={i}>
                <span className="visually-hidden">[borttaget: </span>
                {s.text}
                <span className="visually-hidden">]</span>
              </del>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </p>
      )}
    </section>
  )
}
