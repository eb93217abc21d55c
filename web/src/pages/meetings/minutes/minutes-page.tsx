import { useState } from 'react'
import { api } from '../../../api/client'
import type { Meeting } from '../../../api/board-types'
import type { Minutes } from '../../../api/minutes-types'
import { useApi } from '../../../api/use-api'
import { mayManageMeetings } from '../../../auth/board-access'
import { useSession } from '../../../auth/session'
import { ActionMessage, useAction } from '../../../components/action-message'
import { FormCard } from '../../../components/form-card'
import { TextField } from '../../../components/form'
import { LoadError, Loading } from '../../../components/page'
import { useFormSubmit } from '../../../components/use-form-submit'
import { MeetingFrame, useMeeting } from '../meeting-frame'
import { AttestationStatus } from './attestation-status'
import { ExtractsSection } from './extracts-section'
import { PostingsList } from './postings-list'
import { SectionTextForm } from './section-text-form'
import { SignersTable } from './signers-table'

/** Protokoll: the draft, its § texts, sending it for attestation, the signatures, the posting. */
export function MinutesPage() {
  const loaded = useMeeting()
  return (
    <MeetingFrame loaded={loaded} title="Protokoll">
      {(m) => <MinutesView meeting={m} />}
    </MeetingFrame>
  )
}

function MinutesView({ meeting }: { meeting: Meeting }) {
  const { user } = useSession()
  const manage = mayManageMeetings(user)
  const minutes = useApi<Minutes>(`/api/meetings/${meeting.id}/minutes`)
  const m = minutes.data
  if (minutes.error) return <LoadError message={minutes.error.message} onRetry={minutes.reload} />
  if (!m) return <Loading />
  const base = `/api/meetings/${meeting.id}`
  const draft = m.stage === 'draft'
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Protokollet</dt>
          <dd>{m.stageLabel[0]!.toUpperCase() + m.stageLabel.slice(1)}</dd>
        </div>
        <div>
          <dt>Justeras senast</dt>
          <dd>{m.attestation.deadline}</dd>
        </div>
        {meeting.sections && (
          <div>
            <dt>Paragrafer</dt>
            <dd>{meeting.sections}</dd>
          </div>
        )}
      </dl>
      <AttestationStatus attestation={m.attestation} />
      <ul className="link-row">
        <li>
          <a href={`${base}/minutes.html`}>Protokollet som webbsida</a>
        </li>
        <li>
          <a href={`${base}/minutes.pdf`}>
            {draft ? 'Utkast till protokoll som PDF' : 'Protokollet som PDF, med underskrifterna'}
          </a>
        </li>
      </ul>

      {draft && m.problems.length > 0 && (
        <section className="section" aria-labelledby="saknas">
          <h2 id="saknas">Det här saknas innan protokollet kan justeras</h2>
          <ul>
            {m.problems.map((p, i) => (
              <li key={`${p.field}-${i}`}>{p.message}</li>
            ))}
          </ul>
        </section>
      )}

      {!draft && (
        <section className="section" aria-labelledby="justering">
          <h2 id="justering">Justering</h2>
          <SignersTable signers={m.signers} caption="Justerare och underskrifter" />
          {manage && m.stage === 'awaitingSignatures' && (
            <WithdrawButton meetingId={meeting.id} minutes={m} onChanged={minutes.replace} />
          )}
        </section>
      )}
      <PostingsList postings={m.postings} minutesDocumentId={m.document?.id ?? null} />
      {manage && m.stage === 'attested' && <ExtractsSection meetingId={meeting.id} minutes={m} />}

      {manage && draft && meeting.status === 'closed' && (
        <FinaliseForm meetingId={meeting.id} minutes={m} onChanged={minutes.replace} />
      )}
      {manage && draft && (
        <SectionTexts meeting={meeting} minutes={m} onChanged={minutes.replace} />
      )}
    </>
  )
}

const FINALISE_TARGETS = { storedAt: 'protokoll-forvaring' }

function FinaliseForm({
  meetingId,
  minutes,
  onChanged,
}: {
  meetingId: string
  minutes: Minutes
  onChanged(m: Minutes): void
}) {
  const [storedAt, setStoredAt] = useState('')
  const f = useFormSubmit(FINALISE_TARGETS, 'Protokollet kunde inte skickas för justering.')
  const onSubmit = async () => {
    const r = await f.submit(
      {},
      () =>
        api<Minutes>(`/api/meetings/${meetingId}/minutes/finalise`, {
          json: { storedAt: storedAt.trim() || null },
        }),
      () => 'Protokollet är skickat för justering. Ordföranden och justerarna kan nu skriva under.',
    )
    if (r) onChanged(r)
  }
  return (
    <div className="section">
      <FormCard
        id="skicka-for-justering"
        headingLevel={2}
        title="Skicka protokollet för justering"
        errorTitle="Protokollet kunde inte skickas för justering"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Skicka för justering"
        disabled={minutes.problems.length > 0}
        intro={
          <p className="hint">
            Protokollets PDF framställs nu, en gång, och texten låses. Därefter skriver ordföranden
            och justerarna under, var och en med sin egen elektroniska underskrift.
          </p>
        }
      >
        <TextField
          id={FINALISE_TARGETS.storedAt}
          label="Protokollet förvaras"
          optional
          hint="Står på anslaget, t.ex. ”Kommunkansliet, stadshuset”."
          value={storedAt}
          error={f.errors.storedAt}
          onChange={(e) => setStoredAt(e.target.value)}
        />
      </FormCard>
    </div>
  )
}

function WithdrawButton({
  meetingId,
  minutes,
  onChanged,
}: {
  meetingId: string
  minutes: Minutes
  onChanged(m: Minutes): void
}) {
  const action = useAction()
  if (minutes.signers.some((s) => s.signedAt)) return null
  const withdraw = async () => {
    const r = await action.run(
      () => api<Minutes>(`/api/meetings/${meetingId}/minutes/withdraw`, { method: 'POST' }),
      'Protokollet är taget tillbaka från justering och kan ändras igen.',
    )
    if (r) onChanged(r)
  }
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={withdraw}
        disabled={action.busy}
      >
        Ta tillbaka protokollet från justering
      </button>
      <ActionMessage result={action.result} />
    </>
  )
}

function SectionTexts({
  meeting,
  minutes,
  onChanged,
}: {
  meeting: Meeting
  minutes: Minutes
  onChanged(m: Minutes): void
}) {
  const itemOf = (n: number) =>
    meeting.agenda.find((i) => i.sectionNumber === n) ??
    meeting.agenda.find((i) => i.sectionNumber === null && i.numbered && i.number === n)
  return (
    <section className="section" aria-labelledby="paragrafernas-text">
      <h2 id="paragrafernas-text">Paragrafernas text</h2>
      <p className="hint">
        Beslut, yrkanden, omröstningar och reservationer kommer från sammanträdet. Här skriver du
        bakgrund, överläggning och vart beslutet ska skickas.
      </p>
      <div className="stack">
        {minutes.view.sections.map((s) => {
          const item = itemOf(s.number)
          if (!item) return null
          if (minutes.sectionDocuments.some((d) => d.itemId === item.id)) {
            return (
              <p key={item.id} className="muted">
                § {s.number} {s.title}: justerad omedelbart, texten kan inte ändras.
              </p>
            )
          }
          return (
            <details key={item.id} className="disclosure">
              <summary>
                § {s.number} {s.title}
              </summary>
              <SectionTextForm
                meetingId={meeting.id}
                itemId={item.id}
                section={s}
                onSaved={onChanged}
              />
            </details>
          )
        })}
      </div>
    </section>
  )
}
