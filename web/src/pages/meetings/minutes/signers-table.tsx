import type { Signer } from '../../../api/minutes-types'
import { DataTable } from '../../../components/data-table'
import { formatDateTime } from '../../../labels'

/** Who signs the minutes (the chair first, then the attesters) and who has. */
export function SignersTable({ signers, caption }: { signers: Signer[]; caption: string }) {
  if (signers.length === 0) return <p className="muted">Justerare är inte valda.</p>
  return (
    <DataTable
      caption={caption}
      rows={signers}
      rowKey={(s) => s.membershipId}
      columns={[
        { header: 'Namn', rowHeader: true, cell: (s) => s.name },
        { header: 'Roll', cell: (s) => (s.role === 'chair' ? 'Ordförande' : 'Justerare') },
        {
          header: 'Underskrift',
          cell: (s) =>
            s.signedAt ? (
              `Underskrivet ${formatDateTime(s.signedAt)}`
            ) : s.userLinked ? (
              <span className="muted">Inte ännu</span>
            ) : (
              <span className="muted">Inte ännu; har inget konto i Kansli</span>
            ),
        },
      ]}
    />
  )
}
