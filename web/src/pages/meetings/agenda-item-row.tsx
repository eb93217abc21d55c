import type { AgendaItem } from '../../api/board-types'
import { AgendaItemEdit } from './agenda-item-edit'

export const moveButtonId = (itemId: string, direction: 'up' | 'down') =>
  `${direction === 'up' ? 'flytta-upp' : 'flytta-ned'}-${itemId}`

/** "Tillägg efter kallelsen" / "Tillägg vid sammanträdet": items the notice did not have. */
export function AdditionBadge({ item }: { item: AgendaItem }) {
  if (item.addedAtMeeting)
    return <span className="badge badge--addition">Tillägg vid sammanträdet</span>
  if (item.addedAfterNotice)
    return <span className="badge badge--addition">Tillägg efter kallelsen</span>
  return null
}

/** One item of the agenda with its number, kind, case number and the secretary's buttons. */
export function AgendaItemRow({
  meetingId,
  item,
  count,
  editable,
  removable,
  editing,
  onEdit,
  onCancelEdit,
  onSaved,
  onMove,
  onRemove,
}: {
  meetingId: string
  item: AgendaItem
  count: number
  editable: boolean
  removable: boolean
  editing: boolean
  onEdit(): void
  onCancelEdit(): void
  onSaved(item: AgendaItem, text: string): void
  onMove(item: AgendaItem, direction: 'up' | 'down'): void
  onRemove(item: AgendaItem): void
}) {
  const titleId = `punkt-${item.id}-rubrik`
  // The visible word first, then which item (WCAG 2.5.3: the name contains the visible label).
  const named = (verb: string) => ({ 'aria-label': `${verb} punkt ${item.number}: ${item.title}` })
  return (
    <li className="agenda-item">
      <div className="agenda-item__body">
        <span className="agenda-item__number" aria-hidden="true">
          {item.number}.
        </span>
        <div className="agenda-item__text">
          <h3 id={titleId} className="agenda-item__title">
            <span className="visually-hidden">Punkt {item.number}: </span>
            {item.title}
          </h3>
          <p className="agenda-item__meta">
            {item.kindLabel !== item.title && <span>{item.kindLabel}</span>}
            {item.caseLabel && <span className="case-number">{item.caseLabel}</span>}
            {item.presenter && <span>Föredragande: {item.presenter}</span>}
            {item.sectionLabel && <span>{item.sectionLabel}</span>}
            {!item.numbered && <span>Utan paragraf</span>}
          </p>
          <AdditionBadge item={item} />
        </div>
      </div>
      {editable && !editing && (
        <div className="agenda-item__actions">
          <button
            type="button"
            id={moveButtonId(item.id, 'up')}
            {...named('Flytta upp')}
            className="button button--secondary button--small"
            disabled={item.number === 1}
            onClick={() => onMove(item, 'up')}
          >
            Flytta upp
          </button>
          <button
            type="button"
            id={moveButtonId(item.id, 'down')}
            {...named('Flytta ned')}
            className="button button--secondary button--small"
            disabled={item.number === count}
            onClick={() => onMove(item, 'down')}
          >
            Flytta ned
          </button>
          <button
            type="button"
            id={`andra-${item.id}`}
            {...named('Ändra')}
            className="button button--secondary button--small"
            onClick={onEdit}
          >
            Ändra
          </button>
          {removable && (
            <button
              type="button"
              className="button button--secondary button--small"
              {...named('Ta bort')}
              onClick={() => onRemove(item)}
            >
              Ta bort
            </button>
          )}
        </div>
      )}
      {editing && (
        <AgendaItemEdit
          meetingId={meetingId}
          item={item}
          onCancel={onCancelEdit}
          onSaved={onSaved}
        />
      )}
    </li>
  )
}
