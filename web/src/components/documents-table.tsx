import type { DocumentInfo } from '../api/types'
import { DIRECTION_LABEL, formatSize } from '../labels'
import { SecrecyBadge } from './status-badge'
import { DataTable, type Column } from './data-table'

/**
 * A case's documents (the registry entries). `view` is 'public' on the e-diarium, where
 * fields arrive already masked from the API ("Sekretess enligt OSL 23:2").
 */
export function DocumentsTable({
  documents,
  view,
}: {
  documents: DocumentInfo[]
  view: 'staff' | 'public'
}) {
  if (documents.length === 0) {
    return <p className="muted">Inga handlingar är registrerade i ärendet.</p>
  }
  const columns: Column<DocumentInfo>[] = [
    {
      header: 'Nr',
      className: 'nowrap',
      rowHeader: true,
      cell: (d) => (
        <>
          <span className="visually-hidden">Handling </span>
          {d.registrationNumber}
        </>
      ),
    },
    { header: 'Datum', className: 'nowrap', cell: (d) => d.documentDate },
    { header: 'Riktning', cell: (d) => DIRECTION_LABEL[d.direction] },
    {
      header: 'Avsändare/mottagare',
      cell: (d) => (
        <>
          <Masked value={d.counterpartName} />
          {view === 'staff' && d.counterpartIdNumber && (
            <span className="cell-sub">{d.counterpartIdNumber}</span>
          )}
        </>
      ),
    },
    { header: 'Beskrivning', cell: (d) => <Masked value={d.description} /> },
    { header: 'Sekretess', cell: (d) => <Secrecy d={d} view={view} /> },
    { header: 'Filer', cell: (d) => <FileLinks d={d} view={view} /> },
  ]
  return (
    <DataTable
      caption="Handlingar i ärendet"
      columns={columns}
      rows={documents}
      rowKey={(d) => d.id}
      rowId={(d) => `handling-${d.documentNumber}`}
    />
  )
}

function Secrecy({ d, view }: { d: DocumentInfo; view: 'staff' | 'public' }) {
  if (!d.confidential) return <span className="muted">Offentlig</span>
  const protectedFields = [
    d.protectCounterpart && 'avsändare/mottagare',
    d.protectDescription && 'beskrivning',
  ].filter(Boolean)
  return (
    <>
      <SecrecyBadge ground={d.confidentialityGround} />
      {view === 'staff' && !d.restricted && protectedFields.length > 0 && (
        <span className="cell-sub">Skyddat i offentlig vy: {protectedFields.join(', ')}</span>
      )}
      {d.restricted && (
        <span className="cell-sub">
          Du har inte behörighet att läsa handlingen. Uppgifterna visas som i den offentliga vyn.
        </span>
      )}
    </>
  )
}

function Masked({ value }: { value: string | null }) {
  if (value === null || value === '') return <span className="muted">–</span>
  if (value.startsWith('Sekretess')) return <span className="masked">{value}</span>
  return <>{value}</>
}

function FileLinks({ d, view }: { d: DocumentInfo; view: 'staff' | 'public' }) {
  if (d.files.length === 0) {
    if (d.confidential && (view === 'public' || d.restricted)) {
      return <span className="muted">Visas inte (sekretess)</span>
    }
    return <span className="muted">Inga filer</span>
  }
  return (
    <ul className="plain-list">
      {d.files.map((f) => (
        <li key={f.id}>
          <a href={f.url} download={f.fileName}>
            {f.fileName}
          </a>{' '}
          <span className="muted nowrap">({formatSize(f.size)})</span>
        </li>
      ))}
    </ul>
  )
}
