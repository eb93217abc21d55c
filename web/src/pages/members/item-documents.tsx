import type { MyMeetingDetail } from '../../api/member-types'
import { formatSize } from '../../labels'

type Item = MyMeetingDetail['agenda'][number]

/** The documents behind an agenda item, as the public may see them; confidential ones unlinked. */
export function ItemDocuments({ item }: { item: Item }) {
  if (item.documents.length === 0) return null
  return (
    <ul className="item-documents">
      {item.documents.map((d) => (
        <li key={d.id}>
          <span className="item-documents__what">
            {d.description}
            {d.counterpart ? ` (${d.counterpart})` : ''}
          </span>
          <span className="cell-sub">
            {d.registrationNumber}, {d.date}
          </span>
          {d.confidential ? (
            <span className="badge badge--secrecy">Sekretess: visas inte här</span>
          ) : (
            <ul className="plain-list">
              {d.files.map((f) => (
                <li key={f.id}>
                  <a href={f.url}>
                    {f.fileName}
                    <span className="visually-hidden">, {d.description}</span>
                  </a>{' '}
                  <span className="muted small">({formatSize(f.size)})</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  )
}
