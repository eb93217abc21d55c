import { QuorumBadge } from '../attendance-page'
import type { ItemContext } from './item-context'

/** Tjänstgörande: who serves on the item (substitutes for whom) and whether there is quorum. */
export function ServingSection({ ctx }: { ctx: ItemContext }) {
  const item = ctx.attendance
  const seats = ctx.conduct.attendance.seats
  return (
    <section className="section" aria-labelledby="tjanstgorande">
      <h2 id="tjanstgorande">Tjänstgörande</h2>
      {!ctx.conduct.attendance.rollCallTaken || !item ? (
        <p className="muted">Upprop har inte gjorts.</p>
      ) : (
        <>
          <p className={`notice ${item.quorum ? 'notice--success' : 'notice--error'}`}>
            Beslutsfört: <QuorumBadge quorum={item.quorum} /> {item.serving.length} av {seats}{' '}
            ledamöter tjänstgör
            {item.quorum ? '.' : '; mer än hälften måste delta (kommunallagen 6 kap. 27 §).'}
          </p>
          <ul className="serving-list">
            {item.serving.map((s) => (
              <li key={s.membershipId}>
                {s.displayName}
                {s.servingFor && <span className="muted"> tjänstgör för {s.servingFor}</span>}
              </li>
            ))}
          </ul>
          {item.vacantSeats.length > 0 && (
            <p className="muted">
              Obesatta platser:{' '}
              {item.vacantSeats.filter(Boolean).join(', ') || item.vacantSeats.length}
            </p>
          )}
        </>
      )}
    </section>
  )
}
