import { useState } from 'react'
import { api } from '../../api/client'
import type { AgendaItem, AgendaItemKind, Meeting } from '../../api/board-types'
import { FormCard } from '../../components/form-card'
import { RadioGroup, SelectField, TextField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'
import { CasePicker } from '../register/case-picker'
import type { PickedCase } from '../register/registration-model'

type AddableKind = Extract<
  AgendaItemKind,
  'case' | 'information' | 'communications' | 'delegationReport'
>

const KINDS: { value: AddableKind; label: string }[] = [
  { value: 'case', label: 'Ärende' },
  { value: 'information', label: 'Information' },
  { value: 'communications', label: 'Meddelanden' },
  { value: 'delegationReport', label: 'Redovisning av delegationsbeslut' },
]

const TARGETS = {
  kind: 'ny-punkt-typ-case',
  caseId: 'arende-sok',
  title: 'ny-punkt-rubrik',
  presenter: 'ny-punkt-foredragande',
  position: 'ny-punkt-plats',
}

/** Lägg till punkt: a case by its number, information, communications or the delegation report. */
export function AgendaItemForm({
  meeting,
  onAdded,
}: {
  meeting: Meeting
  onAdded(m: Meeting): void
}) {
  const [kind, setKind] = useState<AddableKind>('case')
  const [picked, setPicked] = useState<PickedCase | null>(null)
  const [title, setTitle] = useState('')
  const [presenter, setPresenter] = useState('')
  const [position, setPosition] = useState('')
  const f = useFormSubmit(TARGETS, 'Punkten kunde inte läggas till.')

  const onSubmit = async () => {
    const local: FormErrors = {}
    if (kind === 'case' && !picked) local.caseId = 'Välj ärendet som ska behandlas.'
    if (kind === 'information' && !title.trim()) local.title = 'Ange rubrik för informationen.'
    const body = {
      kind,
      caseId: kind === 'case' ? picked?.id : null,
      title: title.trim() || null,
      presenter: presenter.trim() || null,
      ...(position ? { position: Number(position) } : {}),
    }
    const added = await f.submit(
      local,
      async () => {
        const item = await api<AgendaItem>(`/api/meetings/${meeting.id}/agenda`, { json: body })
        // The others may have moved down: show the agenda as it is now.
        return { item, meeting: await api<Meeting>(`/api/meetings/${meeting.id}`) }
      },
      ({ item }) => `”${item.title}” är tillagd som punkt ${item.number}.`,
    )
    if (!added) return
    setPicked(null)
    setTitle('')
    setPresenter('')
    setPosition('')
    onAdded(added.meeting)
  }

  return (
    <div className="section">
      <FormCard
        id="ny-punkt"
        title="Lägg till punkt"
        errorTitle="Punkten kunde inte läggas till"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Lägg till på ärendelistan"
      >
        <RadioGroup<AddableKind>
          name="ny-punkt-typ"
          legend="Typ av punkt"
          inline
          value={kind}
          error={f.errors.kind}
          onChange={setKind}
          options={KINDS}
        />
        {kind === 'case' && (
          <CasePicker picked={picked} onPick={setPicked} error={f.errors.caseId} />
        )}
        <TextField
          id={TARGETS.title}
          label="Rubrik"
          optional={kind !== 'information'}
          hint={
            kind === 'case'
              ? 'Ärendets rubrik används om du lämnar tomt.'
              : kind === 'information'
                ? 'T.ex. ”Information om budgetläget”.'
                : 'Typens namn används om du lämnar tomt.'
          }
          maxLength={500}
          value={title}
          error={f.errors.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <div className="grid-2">
          <TextField
            id={TARGETS.presenter}
            label="Föredragande"
            optional
            hint="Den som föredrar punkten, t.ex. en tjänsteperson."
            maxLength={300}
            value={presenter}
            error={f.errors.presenter}
            onChange={(e) => setPresenter(e.target.value)}
          />
          <SelectField
            id={TARGETS.position}
            label="Plats på ärendelistan"
            value={position}
            error={f.errors.position}
            onChange={(e) => setPosition(e.target.value)}
          >
            <option value="">Sist</option>
            {meeting.agenda.map((i) => (
              <option key={i.id} value={i.number}>
                Före punkt {i.number}: {i.title}
              </option>
            ))}
          </SelectField>
        </div>
      </FormCard>
    </div>
  )
}
