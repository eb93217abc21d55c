import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { api } from '../../api/client'
import type { MeetingSchedule, ScheduleEntry } from '../../api/board-types'
import { useApi } from '../../api/use-api'
import { mayManageMeetings } from '../../auth/board-access'
import { useSession } from '../../auth/session'
import { ActionMessage, useAction } from '../../components/action-message'
import { DataTable } from '../../components/data-table'
import { FormCard } from '../../components/form-card'
import { TextField } from '../../components/form'
import { MeetingStatusBadge } from '../../components/meeting-status-badge'
import { LoadError, Loading, Page } from '../../components/page'
import { useFormSubmit } from '../../components/use-form-submit'
import { useRegistry } from '../../registry'
import {
  checkWhenWhere,
  emptyWhenWhere,
  normalizeWhenWhere,
  whenWhereTargets,
  WhenWhereFields,
} from './when-where-fields'

/** Sammanträdesplan: a committee's meeting dates for a year, and the meetings made from them. */
export function SchedulePage() {
  const { id = '', year: yearParam = '' } = useParams()
  const year = Number(yearParam)
  const { user } = useSession()
  const registry = useRegistry()
  const committee = registry?.committees.find((c) => c.id === id)
  const manage = mayManageMeetings(user)
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2200
  const plan = useApi<MeetingSchedule>(
    valid ? `/api/committees/${encodeURIComponent(id)}/schedules/${year}` : null,
  )
  const name = committee?.name ?? plan.data?.committeeName ?? 'Organet'
  const title = `Sammanträdesplan ${valid ? year : ''}`.trim()

  return (
    <Page
      title={`${title} – ${name}`}
      heading={
        <>
          <span className="heading-kicker">{name}</span>
          {title}
        </>
      }
    >
      <nav aria-label="År" className="breadcrumb">
        <ul className="link-row">
          <li>
            <Link to={`/organ/${id}`}>{name}</Link>
          </li>
          {valid && (
            <>
              <li>
                <Link to={`/organ/${id}/sammantradesplan/${year - 1}`}>Plan {year - 1}</Link>
              </li>
              <li>
                <Link to={`/organ/${id}/sammantradesplan/${year + 1}`}>Plan {year + 1}</Link>
              </li>
            </>
          )}
        </ul>
      </nav>
      {!valid ? (
        <p className="notice notice--error">Året i adressen är ogiltigt.</p>
      ) : plan.error?.status === 404 ? (
        <NoPlan committeeId={id} year={year} manage={manage} onCreated={plan.reload} />
      ) : plan.error ? (
        <LoadError message={plan.error.message} onRetry={plan.reload} />
      ) : !plan.data ? (
        <Loading />
      ) : (
        <Plan plan={plan.data} manage={manage} onChanged={plan.reload} />
      )}
    </Page>
  )
}

function NoPlan({
  committeeId,
  year,
  manage,
  onCreated,
}: {
  committeeId: string
  year: number
  manage: boolean
  onCreated(): void
}) {
  const action = useAction()
  const create = async () => {
    const r = await action.run(
      () => api(`/api/committees/${committeeId}/schedules`, { json: { year, entries: [] } }),
      `Sammanträdesplanen för ${year} är upplagd. Lägg till datumen.`,
    )
    if (r) onCreated()
  }
  return (
    <>
      <p>Organet har ingen sammanträdesplan för {year}.</p>
      {manage && (
        <button type="button" className="button" onClick={create} disabled={action.busy}>
          Lägg upp sammanträdesplan för {year}
        </button>
      )}
      <ActionMessage result={action.result} />
    </>
  )
}

function Plan({
  plan,
  manage,
  onChanged,
}: {
  plan: MeetingSchedule
  manage: boolean
  onChanged(): void
}) {
  const action = useAction()
  const unscheduled = plan.entries.filter((e) => !e.meetingId).length

  const remove = async (e: ScheduleEntry) => {
    const r = await action.run(
      () => api(`/api/schedule-entries/${e.id}`, { method: 'DELETE' }),
      `${e.meetsOn} kl. ${e.startsAt} är borttaget ur planen.`,
    )
    if (r) onChanged()
  }
  const createMeetings = async () => {
    const r = await action.run(
      () => api<{ meetings: unknown[] }>(`/api/schedules/${plan.id}/meetings`, { method: 'POST' }),
      (x) => `${x.meetings.length} sammanträden är skapade och kan nu få ärendelistor.`,
    )
    if (r) onChanged()
  }

  return (
    <>
      <section className="section" aria-labelledby="planens-datum">
        <h2 id="planens-datum">Datum {plan.year}</h2>
        {plan.entries.length === 0 ? (
          <p className="muted">Planen har inga datum ännu.</p>
        ) : (
          <DataTable
            caption={`Sammanträdesplan ${plan.year}`}
            rows={plan.entries}
            rowKey={(e) => e.id}
            columns={[
              { header: 'Datum', rowHeader: true, className: 'nowrap', cell: (e) => e.meetsOn },
              { header: 'Tid', className: 'nowrap', cell: (e) => e.startsAt },
              { header: 'Plats', cell: (e) => e.place },
              { header: 'Anteckning', cell: (e) => e.note ?? '' },
              {
                header: 'Sammanträde',
                cell: (e) =>
                  e.meetingId && e.meetingStatus ? (
                    <Link to={`/sammantraden/${e.meetingId}`}>
                      <MeetingStatusBadge status={e.meetingStatus} />
                      <span className="visually-hidden"> sammanträde {e.meetsOn}</span>
                    </Link>
                  ) : manage ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => remove(e)}
                      disabled={action.busy}
                    >
                      Ta bort<span className="visually-hidden"> {e.meetsOn} ur planen</span>
                    </button>
                  ) : (
                    <span className="muted">Inte skapat</span>
                  ),
              },
            ]}
          />
        )}
        {plan.entries.length > 0 && (
          <ul className="link-row">
            <li>
              <a href={`/api/committees/${plan.committeeId}/schedules/${plan.year}/plan.pdf`}>
                Sammanträdesplanen som PDF
              </a>
            </li>
            <li>
              <a href={`/api/committees/${plan.committeeId}/schedules/${plan.year}/plan.html`}>
                Sammanträdesplanen som webbsida
              </a>
            </li>
          </ul>
        )}
        {manage && unscheduled > 0 && (
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={createMeetings}
              disabled={action.busy}
            >
              Skapa sammanträden för planens datum ({unscheduled})
            </button>
          </div>
        )}
        <ActionMessage result={action.result} />
      </section>
      {manage && <NewEntryForm scheduleId={plan.id} year={plan.year} onAdded={onChanged} />}
    </>
  )
}

const TARGETS = { ...whenWhereTargets('plandatum'), note: 'plandatum-anteckning' }

function NewEntryForm({
  scheduleId,
  year,
  onAdded,
}: {
  scheduleId: string
  year: number
  onAdded(): void
}) {
  const [when, setWhen] = useState(emptyWhenWhere)
  const [note, setNote] = useState('')
  const f = useFormSubmit(TARGETS, 'Datumet kunde inte läggas till.')
  const onSubmit = async () => {
    const v = normalizeWhenWhere(when)
    const local = checkWhenWhere(v)
    if (!local.meetsOn && !v.meetsOn.startsWith(`${year}-`))
      local.meetsOn = `Datumet ligger inte i ${year}.`
    const r = await f.submit(
      local,
      () =>
        api(`/api/schedules/${scheduleId}/entries`, {
          json: { ...v, note: note.trim() || null },
        }),
      () => `${v.meetsOn} kl. ${v.startsAt} är tillagt i planen.`,
    )
    if (r) {
      setWhen({ ...emptyWhenWhere(), startsAt: v.startsAt, place: v.place })
      setNote('')
      onAdded()
    }
  }
  return (
    <div className="section">
      <FormCard
        id="nytt-plandatum"
        headingLevel={2}
        title="Lägg till datum i planen"
        errorTitle="Datumet kunde inte läggas till"
        form={f}
        onSubmit={onSubmit}
        submitLabel="Lägg till datum"
      >
        <WhenWhereFields prefix="plandatum" values={when} errors={f.errors} onChange={setWhen} />
        <TextField
          id={TARGETS.note}
          label="Anteckning"
          optional
          hint="T.ex. ”Budgetsammanträde”."
          value={note}
          error={f.errors.note}
          onChange={(e) => setNote(e.target.value)}
        />
      </FormCard>
    </div>
  )
}
