import type { Attestation } from '../../../api/board-types'

/**
 * Justering: within 14 days of the meeting (KL 5 kap. 69 §, 6 kap. 35 §), warned about from
 * day 10 and shown as overdue after the deadline.
 */
export function AttestationStatus({ attestation: a }: { attestation: Attestation }) {
  if (a.status === 'attested') {
    return <p className="notice notice--success">Protokollet justerades {a.attestedOn}.</p>
  }
  if (a.status === 'overdue') {
    return (
      <p className="notice notice--error">
        Protokollet skulle ha justerats senast {a.deadline} (inom 14 dagar efter sammanträdet).
      </p>
    )
  }
  if (a.status === 'warning') {
    return (
      <p className="notice notice--warning">
        Protokollet ska vara justerat senast {a.deadline}. Det är mindre än fem dagar kvar.
      </p>
    )
  }
  return <p className="notice notice--info">Protokollet ska vara justerat senast {a.deadline}.</p>
}
