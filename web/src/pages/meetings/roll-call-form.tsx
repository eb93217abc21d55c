import { useState } from 'react'
import { api } from '../../api/client'
import type { Attendance, AttendancePerson } from '../../api/board-types'
import { FormCard } from '../../components/form-card'
import { Checkbox } from '../../components/form'
import { useFormSubmit } from '../../components/use-form-submit'

const TARGETS = { present: 'upprop-ledamoter' }

/**
 * Upprop: tick those present, members and substitutes; everyone else is absent. Taken again it
 * replaces the earlier roll call (arrivals and departures stay).
 */
export function RollCallForm({
  meetingId,
  attendance,
  onChanged,
}: {
  meetingId: string
  attendance: Attendance
  onChanged(a: Attendance): void
}) {
  const [present, setPresent] = useState<Set<string>>(
    () => new Set(attendance.people.filter((p) => p.presentAtRollCall).map((p) => p.membershipId)),
  )
  const f = useFormSubmit(TARGETS, 'Uppropet kunde inte registreras.')
  const members = attendance.people.filter((p) => p.role !== 'substitute')
  const substitutes = attendance.people.filter((p) => p.role === 'substitute')
  const toggle = (id: string, on: boolean) =>
    setPresent((s) => {
      const next = new Set(s)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  const onSubmit = async () => {
    const r = await f.submit(
      {},
      () =>
        api<Attendance>(`/api/meetings/${meetingId}/roll-call`, {
          json: { present: [...present] },
        }),
      (x) => {
        const first = x.items[0]
        const serving = first ? first.serving.length : 0
        return `Uppropet är registrerat: ${serving} av ${x.seats} ledamotsplatser är besatta${
          first && !first.quorum ? '. Organet är inte beslutsfört' : ''
        }.`
      },
    )
    if (r) onChanged(r)
  }

  const group = (legend: string, id: string, people: AttendancePerson[]) => (
    <fieldset className="fieldset" id={id} tabIndex={-1}>
      <legend className="label">{legend}</legend>
      {people.length === 0 ? (
        <p className="muted">Inga.</p>
      ) : (
        people.map((p) => (
          <Checkbox
            key={p.membershipId}
            id={`narvarande-${p.membershipId}`}
            label={`${p.displayName}, ${p.roleLabel}`}
            checked={present.has(p.membershipId)}
            onChange={(on) => toggle(p.membershipId, on)}
          />
        ))
      )}
    </fieldset>
  )

  return (
    <FormCard
      id="upprop"
      headingLevel={2}
      title={attendance.rollCallTaken ? 'Upprop (gör om)' : 'Upprop'}
      errorTitle="Uppropet kunde inte registreras"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Registrera uppropet"
      intro={<p className="hint">Markera de närvarande. Övriga registreras som frånvarande.</p>}
    >
      <div className="grid-2">
        {group('Ledamöter', TARGETS.present, members)}
        {group('Ersättare', 'upprop-ersattare', substitutes)}
      </div>
    </FormCard>
  )
}
