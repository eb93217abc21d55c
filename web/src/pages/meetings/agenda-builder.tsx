import { useEffect, useRef, useState } from 'react'
import { api } from '../../api/client'
import type { AgendaItem, Meeting } from '../../api/board-types'
import { ActionMessage, useAction } from '../../components/action-message'
import { AgendaItemForm } from './agenda-item-form'
import { AgendaItemRow, moveButtonId } from './agenda-item-row'

/** Whether the agenda may still change: until the meeting closes and its items get § numbers. */
export function agendaEditable(m: Meeting): boolean {
  return (
    ['planned', 'noticeSent', 'open'].includes(m.status) &&
    !m.agenda.some((i) => i.sectionNumber !== null)
  )
}

/**
 * Ärendelista: the items in order; a secretary adds, edits, moves (with buttons, so the
 * keyboard works: no drag and drop) and removes them. Focus stays on the moved item's button.
 */
export function AgendaBuilder({
  meeting,
  manage,
  onChanged,
}: {
  meeting: Meeting
  manage: boolean
  onChanged(m: Meeting): void
}) {
  const editable = manage && agendaEditable(meeting)
  const removable = editable && (meeting.status === 'planned' || meeting.status === 'noticeSent')
  const action = useAction()
  const [editing, setEditing] = useState<string | null>(null)
  // The element to focus once the changed agenda is on the page (a new object each time, so the
  // same button can take focus again after the next move).
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const count = meeting.agenda.length
  const focusNext = (id: string) => setFocusTarget({ id })

  useEffect(() => {
    if (!focusTarget) return
    if (focusTarget.id === 'rubrik') headingRef.current?.focus()
    else document.getElementById(focusTarget.id)?.focus()
  }, [focusTarget])

  const move = async (item: AgendaItem, direction: 'up' | 'down') => {
    if (action.busy) return
    const to = direction === 'up' ? item.number - 1 : item.number + 1
    const m = await action.run(
      () =>
        api<Meeting>(`/api/meetings/${meeting.id}/agenda/${item.id}/move`, {
          json: { position: to },
        }),
      `”${item.title}” är nu punkt ${to} av ${count}.`,
    )
    if (!m) return
    // At the top (or bottom) the button just used is disabled: keep focus on the other one.
    const stays = direction === 'up' ? to > 1 : to < count
    const other = direction === 'up' ? 'down' : 'up'
    focusNext(moveButtonId(item.id, stays ? direction : other))
    onChanged(m)
  }

  const remove = async (item: AgendaItem) => {
    if (action.busy) return
    const m = await action.run(
      () => api<Meeting>(`/api/meetings/${meeting.id}/agenda/${item.id}`, { method: 'DELETE' }),
      `”${item.title}” är borttagen från ärendelistan.`,
    )
    if (!m) return
    focusNext('rubrik')
    onChanged(m)
  }

  const saved = (item: AgendaItem, text: string) => {
    action.setResult({ kind: 'ok', text })
    setEditing(null)
    focusNext(`andra-${item.id}`)
    onChanged({
      ...meeting,
      agenda: meeting.agenda.map((i) => (i.id === item.id ? item : i)),
    })
  }

  return (
    <section className="section" aria-labelledby="arendelista">
      <h2 id="arendelista" tabIndex={-1} ref={headingRef}>
        Ärendelista
      </h2>
      {editable && (
        <p className="hint">
          Flytta punkter med knapparna Flytta upp och Flytta ned.
          {meeting.status !== 'planned' &&
            ' Punkter som läggs till nu markeras som tillägg i kallelsen och protokollet.'}
        </p>
      )}
      <ActionMessage result={action.result} />
      {count === 0 ? (
        <p className="muted">Ärendelistan är tom.</p>
      ) : (
        <ol className="agenda-list">
          {meeting.agenda.map((item) => (
            <AgendaItemRow
              key={item.id}
              meetingId={meeting.id}
              item={item}
              count={count}
              editable={editable}
              removable={removable}
              editing={editing === item.id}
              onEdit={() => setEditing(item.id)}
              onCancelEdit={() => {
                setEditing(null)
                focusNext(`andra-${item.id}`)
              }}
              onSaved={saved}
              onMove={move}
              onRemove={remove}
            />
          ))}
        </ol>
      )}
      {editable && <AgendaItemForm meeting={meeting} onAdded={onChanged} />}
    </section>
  )
}
