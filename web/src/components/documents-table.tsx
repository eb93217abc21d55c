import type { DocumentInfo } from '../api/types'
import { DIRECTION_LABEL, formatSize } from '../labels'
import { SecrecyBadge } from './status-badge'
import { TableWrap } from './table-wrap'

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
  return (
    <TableWrap label="Handlingar i ärendet">
      <table className="table documents">
        <caption className="visually-hidden">Handlingar i ärendet</caption>
        <thead>
          <tr>
            <th scope="col">Nr</th>
            <th scope="col">Datum</th>
            <th scope="col">Riktning</th>
            <th scope="col">Avsändare/mottagare</th>
            <th scope="col">Beskrivning</th>
            <th scope="col">Sekretess</th>
            <th scope="col">Filer</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.id} id={`handling-${d.documentNumber}`}>
              <th scope="row" className="nowrap">
                <span className="visually-hidden">Handling </span>
                {d.registrationNumber}
              </th>
              <td className="nowrap">{d.documentDate}</td>
              <td>{DIRECTION_LABEL[d.direction]}</td>
              <td>
                <Masked value={d.counterpartName} />
                {view === 'staff' && d.counterpartIdNumber && (
                  <span className="cell-sub">{d.counterpartIdNumber}</span>
                )}
              </td>
              <td>
                <Masked value={d.description} />
              </td>
              <td>
                {d.confidential ? (
                  <>
                    <SecrecyBadge ground={d.confidentialityGround} />
                    {view === 'staff' &&
                      !d.restricted &&
                      (d.protectCounterpart || d.protectDescription) && (
                        <span className="cell-sub">
                          Skyddat i offentlig vy:{' '}
                          {[
                            d.protectCounterpart && 'avsändare/mottagare',
                            d.protectDescription && 'beskrivning',
                          ]
                            .filter(Boolean)
                            .join(', ')}
                        </span>
                      )}
                    {d.restricted && (
                      <span className="cell-sub">
                        Du har inte behörighet att läsa handlingen. Uppgifterna visas som i den
                        offentliga vyn.
                      </span>
                    )}
                  </>
                ) : (
                  <span className="muted">Offentlig</span>
                )}
              </td>
              <td>
                <FileLinks d={d} view={view} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
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
