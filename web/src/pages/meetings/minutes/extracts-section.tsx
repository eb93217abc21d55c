import { useState } from 'react'
import { api } from '../../../api/client'
import type { DispatchChannel, Extract, Minutes } from '../../../api/minutes-types'
import { useApi } from '../../../api/use-api'
import { DataTable } from '../../../components/data-table'
import { FormCard } from '../../../components/form-card'
import { Checkbox, FieldErrorText, SelectField, TextField } from '../../../components/form'
import { useFormSubmit, type FormErrors } from '../../../components/use-form-submit'
import { formatDateTime } from '../../../labels'

export const CHANNEL_LABEL: Record<DispatchChannel, string> = {
  email: 'E-post',
  post: 'Post',
  internalMail: 'Internpost',
  eService: 'E-tjänst',
  byHand: 'Personligen',
}

const sectionsText = (n: number[]) => (n.length === 1 ? `§ ${n[0]}` : `§§ ${n.join(', ')}`)

/**
 * Protokollsutdrag: certified extracts of one or more §§ of the attested minutes, sent to whom
 * the decision concerns, with a dispatch log (expediering) per recipient.
 */
export function ExtractsSection({ meetingId, minutes }: { meetingId: string; minutes: Minutes }) {
  const extracts = useApi<{ extracts: Extract[] }>(`/api/meetings/${meetingId}/minutes/extracts`)
  const list = extracts.data?.extracts ?? []
  return (
    <section className="section" aria-labelledby="utdrag">
      <h2 id="utdrag">Protokollsutdrag och expediering</h2>
      {list.length === 0 ? (
        <p className="muted">Inga utdrag är gjorda.</p>
      ) : (
        <div className="stack">
          {list.map((e) => (
            <ExtractCard
              key={e.id}
              meetingId={meetingId}
              extract={e}
              onChanged={(x) => extracts.replace(x)}
            />
          ))}
        </div>
      )}
      <NewExtractForm meetingId={meetingId} minutes={minutes} onMade={(x) => extracts.replace(x)} />
    </section>
  )
}

function ExtractCard({
  meetingId,
  extract: e,
  onChanged,
}: {
  meetingId: string
  extract: Extract
  onChanged(x: { extracts: Extract[] }): void
}) {
  const title = `Utdrag ${sectionsText(e.sectionNumbers)}`
  return (
    <div className="card">
      <h3>
        <a href={e.pdf}>{title} (PDF)</a>
      </h3>
      <p className="muted small">
        Bestyrkt {e.certifiedOn ?? ''} av {e.certifiedBy ?? '–'}
        {e.certifiedTitle ? `, ${e.certifiedTitle}` : ''}.
      </p>
      {e.dispatches.length > 0 ? (
        <DataTable
          caption={`${title}: expedierat till`}
          rows={e.dispatches}
          rowKey={(d) => d.id}
          columns={[
            { header: 'Mottagare', rowHeader: true, cell: (d) => d.recipient },
            { header: 'Sätt', cell: (d) => CHANNEL_LABEL[d.channel] },
            { header: 'Adress', cell: (d) => d.address ?? '–' },
            {
              header: 'Expedierat',
              cell: (d) =>
                d.dispatchedAt ? formatDateTime(d.dispatchedAt) : <span className="muted">–</span>,
            },
            { header: 'Av', cell: (d) => d.dispatchedBy ?? '–' },
          ]}
        />
      ) : (
        <p className="muted">Utdraget har inte expedierats.</p>
      )}
      <DispatchForm meetingId={meetingId} extract={e} onChanged={onChanged} />
    </div>
  )
}

function DispatchForm({
  meetingId,
  extract,
  onChanged,
}: {
  meetingId: string
  extract: Extract
  onChanged(x: { extracts: Extract[] }): void
}) {
  const p = `expediering-${extract.id}`
  const [targets] = useState(() => ({
    recipient: `${p}-mottagare`,
    channel: `${p}-satt`,
    address: `${p}-adress`,
    note: `${p}-anteckning`,
  }))
  const [recipient, setRecipient] = useState('')
  const [channel, setChannel] = useState<DispatchChannel>('email')
  const [address, setAddress] = useState('')
  const f = useFormSubmit(targets, 'Expedieringen kunde inte registreras.')
  const onSubmit = async () => {
    const local: FormErrors = {}
    if (!recipient.trim()) local.recipient = 'Ange mottagaren.'
    const r = await f.submit(
      local,
      () =>
        api<{ extracts: Extract[] }>(
          `/api/meetings/${meetingId}/minutes/extracts/${extract.id}/dispatches`,
          { json: { recipient: recipient.trim(), channel, address: address.trim() || null } },
        ),
      () => `Utdraget är expedierat till ${recipient.trim()}.`,
    )
    if (r) {
      setRecipient('')
      setAddress('')
      onChanged(r)
    }
  }
  return (
    <FormCard
      id={`${p}-rubrik`}
      title="Registrera expediering"
      errorTitle="Expedieringen kunde inte registreras"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Registrera expediering"
    >
      <div className="grid-4">
        <TextField
          id={targets.recipient}
          label="Mottagare"
          value={recipient}
          error={f.errors.recipient}
          onChange={(e) => setRecipient(e.target.value)}
        />
        <SelectField
          id={targets.channel}
          label="Sätt"
          value={channel}
          error={f.errors.channel}
          onChange={(e) => setChannel(e.target.value as DispatchChannel)}
        >
          {(Object.keys(CHANNEL_LABEL) as DispatchChannel[]).map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABEL[c]}
            </option>
          ))}
        </SelectField>
        <TextField
          id={targets.address}
          label="Adress"
          optional
          value={address}
          error={f.errors.address}
          onChange={(e) => setAddress(e.target.value)}
        />
      </div>
    </FormCard>
  )
}

const NEW_TARGETS = { sectionNumbers: 'utdrag-paragrafer', certifiedTitle: 'utdrag-titel' }

function NewExtractForm({
  meetingId,
  minutes,
  onMade,
}: {
  meetingId: string
  minutes: Minutes
  onMade(x: { extracts: Extract[] }): void
}) {
  const numbers = minutes.view.sections.map((s) => s.number)
  const [chosen, setChosen] = useState<number[]>([])
  const [title, setTitle] = useState('')
  const f = useFormSubmit(NEW_TARGETS, 'Utdraget kunde inte göras.')
  const onSubmit = async () => {
    const local: FormErrors = {}
    if (chosen.length === 0) local.sectionNumbers = 'Välj minst en paragraf.'
    const sorted = [...chosen].sort((a, b) => a - b)
    const r = await f.submit(
      local,
      () =>
        api<{ id: string; extracts: Extract[] }>(`/api/meetings/${meetingId}/minutes/extracts`, {
          json: { sectionNumbers: sorted, certifiedTitle: title.trim() || null },
        }),
      () => `Utdrag ${sectionsText(sorted)} är gjort.`,
    )
    if (r) {
      setChosen([])
      onMade(r)
    }
  }
  return (
    <div className="section">
      <FormCard
        id="nytt-utdrag"
        title="Gör protokollsutdrag"
        errorTitle="Utdraget kunde inte göras"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Gör utdraget"
      >
        <fieldset
          className={`fieldset field${f.errors.sectionNumbers ? ' field--error' : ''}`}
          id={NEW_TARGETS.sectionNumbers}
          tabIndex={-1}
        >
          <legend className="label">Paragrafer</legend>
          {f.errors.sectionNumbers && (
            <FieldErrorText id="utdrag-paragrafer-error" message={f.errors.sectionNumbers} />
          )}
          <div className="choices">
            {minutes.view.sections.map((s) => (
              <Checkbox
                key={s.number}
                id={`utdrag-${s.number}`}
                label={`§ ${s.number} ${s.title}`}
                checked={chosen.includes(s.number)}
                onChange={(on) =>
                  setChosen((x) => (on ? [...x, s.number] : x.filter((n) => n !== s.number)))
                }
              />
            ))}
          </div>
        </fieldset>
        {numbers.length > 0 && (
          <TextField
            id={NEW_TARGETS.certifiedTitle}
            label="Din titel i utdragsbestyrkandet"
            optional
            hint="T.ex. Nämndsekreterare."
            value={title}
            error={f.errors.certifiedTitle}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </FormCard>
    </div>
  )
}
