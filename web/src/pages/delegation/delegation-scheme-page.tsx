import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { api } from '../../api/client'
import type { DelegationScheme, DelegationVersionView } from '../../api/delegation-types'
import { useApi } from '../../api/use-api'
import { mayManageMeetings } from '../../auth/board-access'
import { useSession } from '../../auth/session'
import { ActionMessage, useAction } from '../../components/action-message'
import { DataTable } from '../../components/data-table'
import { FormCard } from '../../components/form-card'
import { TextField } from '../../components/form'
import { LoadError, Loading, Page } from '../../components/page'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'
import { isDate } from '../../board-labels'
import { normalizeDate } from '../../labels'
import { PointForm } from './point-form'
import { PointsTable } from './points-table'

/**
 * Delegationsordning: the version in force with its points, earlier versions, and the draft
 * of a revision (points added, changed or removed, then adopted by the committee).
 */
export function DelegationSchemePage() {
  const { id = '' } = useParams()
  const { user } = useSession()
  const manage = mayManageMeetings(user)
  const scheme = useApi<DelegationScheme>(`/api/committees/${encodeURIComponent(id)}/delegation`)
  const s = scheme.data
  // Said here, not in the draft's forms: adopting the draft takes them off the page.
  const [said, setSaid] = useState<string | null>(null)
  const changed = (text: string) => {
    setSaid(text)
    scheme.reload()
  }
  const name = s?.committee.name ?? 'Organet'
  if (scheme.error) {
    return (
      <Page title="Delegationsordning">
        <LoadError message={scheme.error.message} onRetry={scheme.reload} />
      </Page>
    )
  }
  return (
    <Page
      title={`Delegationsordning – ${name}`}
      heading={
        <>
          <span className="heading-kicker">{name}</span>
          Delegationsordning
        </>
      }
    >
      <ul className="link-row breadcrumb">
        <li>
          <Link to={`/organ/${id}`}>{name}</Link>
        </li>
        <li>
          <Link to={`/organ/${id}/delegationsbeslut`}>Delegationsbeslut</Link>
        </li>
      </ul>
      <div role="status" aria-live="polite">
        {said && <p className="notice notice--success">{said}</p>}
      </div>
      {!s ? (
        <Loading />
      ) : (
        <>
          <section className="section" aria-labelledby="gallande">
            <h2 id="gallande">
              {s.inForce
                ? `Gällande version ${s.inForce.versionNumber}, från ${s.inForce.validFrom}`
                : 'Ingen version gäller'}
            </h2>
            {s.inForce && (
              <PointsTable points={s.inForce.points} caption="Gällande delegationspunkter" />
            )}
          </section>
          {manage && <DraftSection scheme={s} committeeId={id} onChanged={changed} />}
          {s.versions.length > 0 && (
            <section className="section" aria-labelledby="versioner">
              <h2 id="versioner">Versioner</h2>
              <DataTable
                caption="Versioner av delegationsordningen"
                rows={s.versions}
                rowKey={(v) => v.id}
                columns={[
                  { header: 'Version', rowHeader: true, cell: (v) => v.versionNumber },
                  { header: 'Status', cell: (v) => v.statusLabel },
                  { header: 'Antagen', cell: (v) => v.adoptedOn ?? '–' },
                  {
                    header: 'Gäller',
                    className: 'nowrap',
                    cell: (v) =>
                      v.validFrom ? `${v.validFrom} – ${v.validTo ?? ''}` : 'Ej fastställt',
                  },
                  { header: 'Anteckning', cell: (v) => v.note ?? '' },
                ]}
              />
            </section>
          )}
        </>
      )}
    </Page>
  )
}

function DraftSection({
  scheme,
  committeeId,
  onChanged,
}: {
  scheme: DelegationScheme
  committeeId: string
  onChanged(said: string): void
}) {
  const action = useAction()
  const [editing, setEditing] = useState<string | null>(null)
  const current = scheme.draft

  const start = async () => {
    const v = await action.run(
      () =>
        api<DelegationVersionView>(`/api/committees/${committeeId}/delegation/versions`, {
          json: { empty: !scheme.inForce },
        }),
      '',
    )
    if (v)
      onChanged(
        `Utkast till version ${v.versionNumber} är påbörjat${scheme.inForce ? ' som kopia av den gällande' : ''}.`,
      )
  }
  const removePoint = async (pointId: string, number: string) => {
    if (!current) return
    const v = await action.run(
      () =>
        api<DelegationVersionView>(`/api/delegation/versions/${current.id}/points/${pointId}`, {
          method: 'DELETE',
        }),
      '',
    )
    if (v) onChanged(`Punkt ${number} är borttagen ur utkastet.`)
  }

  if (!current) {
    return (
      <section className="section" aria-labelledby="revidering">
        <h2 id="revidering">Revidering</h2>
        <button type="button" className="button" onClick={start} disabled={action.busy}>
          {scheme.inForce ? 'Påbörja revidering' : 'Påbörja delegationsordning'}
        </button>
        <ActionMessage result={action.result?.kind === 'error' ? action.result : null} />
      </section>
    )
  }
  return (
    <section className="section" aria-labelledby="utkast">
      <h2 id="utkast">Utkast till version {current.versionNumber}</h2>
      <ActionMessage result={action.result?.kind === 'error' ? action.result : null} />
      <PointsTable
        points={current.points}
        caption={`Utkast till version ${current.versionNumber}`}
        actions={(p) => (
          <span className="button-row button-row--tight">
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={`Ändra punkt ${p.number}`}
              onClick={() => setEditing(p.id)}
            >
              Ändra
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={`Ta bort punkt ${p.number}`}
              onClick={() => removePoint(p.id, p.number)}
            >
              Ta bort
            </button>
          </span>
        )}
      />
      <div className="stack section">
        {editing && current.points.find((p) => p.id === editing) && (
          <PointForm
            key={editing}
            versionId={current.id}
            point={current.points.find((p) => p.id === editing)}
            onSaved={(v, text) => {
              setEditing(null)
              onChanged(text)
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        <PointForm versionId={current.id} onSaved={(_v, text) => onChanged(text)} />
        <AdoptForm versionId={current.id} onAdopted={onChanged} />
      </div>
    </section>
  )
}

const ADOPT_TARGETS = { adoptedOn: 'anta-datum', validFrom: 'anta-giltig' }

function AdoptForm({ versionId, onAdopted }: { versionId: string; onAdopted(said: string): void }) {
  const [adoptedOn, setAdoptedOn] = useState('')
  const [validFrom, setValidFrom] = useState('')
  const f = useFormSubmit(ADOPT_TARGETS, 'Utkastet kunde inte antas.')
  const onSubmit = async () => {
    const a = normalizeDate(adoptedOn)
    const v = normalizeDate(validFrom)
    const local: FormErrors = {}
    if (!isDate(a)) local.adoptedOn = 'Ange dagen då organet antog revideringen (ÅÅÅÅ-MM-DD).'
    if (validFrom.trim() && !isDate(v)) local.validFrom = 'Ange ett datum (ÅÅÅÅ-MM-DD).'
    const r = await f.submit(
      local,
      () =>
        api<DelegationVersionView>(`/api/delegation/versions/${versionId}/adopt`, {
          json: { adoptedOn: a, validFrom: validFrom.trim() ? v : a },
        }),
      () => '',
    )
    if (r) onAdopted(`Version ${r.versionNumber} är antagen och gäller från ${r.validFrom}.`)
  }
  return (
    <FormCard
      id="anta-utkast"
      title="Anta utkastet"
      errorTitle="Utkastet kunde inte antas"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Anta utkastet"
      intro={<p className="hint">Den tidigare versionen upphör när den nya börjar gälla.</p>}
    >
      <div className="grid-4">
        <TextField
          id={ADOPT_TARGETS.adoptedOn}
          label="Antagen den"
          hint="ÅÅÅÅ-MM-DD"
          inputMode="numeric"
          value={adoptedOn}
          error={f.errors.adoptedOn}
          onChange={(e) => setAdoptedOn(e.target.value)}
        />
        <TextField
          id={ADOPT_TARGETS.validFrom}
          label="Gäller från"
          optional
          hint="Antagningsdagen om tomt."
          inputMode="numeric"
          value={validFrom}
          error={f.errors.validFrom}
          onChange={(e) => setValidFrom(e.target.value)}
        />
      </div>
    </FormCard>
  )
}
