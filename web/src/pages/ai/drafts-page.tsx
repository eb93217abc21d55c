import { Link, useSearchParams } from 'react-router'
import { query } from '../../api/client'
import type { AiDraftStatus, AiDraftSummary } from '../../api/ai-types'
import { useApi } from '../../api/use-api'
import { DataTable } from '../../components/data-table'
import { Checkbox, SelectField } from '../../components/form'
import { LoadError, Loading } from '../../components/page'
import { formatDateTime } from '../../labels'
import { AiPage } from './ai-page'
import { AiDraftLabel } from './ai-draft-label'

const PAGE_SIZE = 50

/** AI drafts, newest first: those waiting for review first of all (riktlinjerna punkt 6). */
export function DraftsPage() {
  const [params, setParams] = useSearchParams()
  const raw = params.get('status')
  const status: AiDraftStatus | '' =
    raw === 'alla'
      ? ''
      : ((['approved', 'rejected'] as const).find((s) => s === raw) ?? 'unreviewed')
  const mine = params.get('mina') === 'ja'
  const page = Math.max(1, Number(params.get('sida')) || 1)
  const drafts = useApi<{ drafts: AiDraftSummary[] }>(
    `/api/ai/drafts${query({ status: status || undefined, mine: mine || undefined, page, pageSize: PAGE_SIZE })}`,
  )
  const setParam = (k: string, v: string | null) => {
    const next = new URLSearchParams(params)
    if (v) next.set(k, v)
    else next.delete(k)
    if (k !== 'sida') next.delete('sida')
    setParams(next)
  }
  const rows = drafts.data?.drafts ?? []
  return (
    <AiPage
      title="AI-utkast"
      lead="Allt som AI skriver är ett utkast tills en person har granskat och godkänt det. Först då kan texten användas."
    >
      <div className="filters-row card section">
        <SelectField
          id="utkast-status"
          label="Visa"
          value={raw === 'alla' ? 'alla' : status}
          onChange={(e) =>
            setParam('status', e.target.value === 'unreviewed' ? null : e.target.value)
          }
        >
          <option value="unreviewed">Ej granskade</option>
          <option value="approved">Godkända</option>
          <option value="rejected">Avvisade</option>
          <option value="alla">Alla</option>
        </SelectField>
        <Checkbox
          id="utkast-mina"
          label="Bara utkast som jag har skapat"
          checked={mine}
          onChange={(on) => setParam('mina', on ? 'ja' : null)}
        />
      </div>
      <section className="section" aria-labelledby="utkastlista">
        <h2 id="utkastlista">Utkast</h2>
        {drafts.error ? (
          <LoadError message={drafts.error.message} onRetry={drafts.reload} />
        ) : !drafts.data ? (
          <Loading />
        ) : rows.length === 0 ? (
          <p className="muted">Inga AI-utkast i urvalet.</p>
        ) : (
          <DataTable
            caption="AI-utkast"
            rows={rows}
            rowKey={(d) => d.id}
            columns={[
              {
                header: 'Utkast',
                rowHeader: true,
                cell: (d) => <Link to={`/ai/utkast/${d.id}`}>{d.target?.label ?? d.purpose}</Link>,
              },
              { header: 'Ärende', className: 'nowrap', cell: (d) => d.caseNumber ?? '–' },
              {
                header: 'Märkning',
                cell: (d) => <AiDraftLabel status={d.status} label={d.label} />,
              },
              { header: 'Tjänst', cell: (d) => d.service?.name ?? '–' },
              { header: 'Skapat av', cell: (d) => d.createdBy?.name ?? '–' },
              { header: 'Skapat', className: 'nowrap', cell: (d) => formatDateTime(d.createdAt) },
            ]}
          />
        )}
        <nav className="pager" aria-label="Bläddra bland utkasten">
          <ul className="link-row">
            {page > 1 && (
              <li>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setParam('sida', page > 2 ? String(page - 1) : null)}
                >
                  Föregående sida
                </button>
              </li>
            )}
            {rows.length === PAGE_SIZE && (
              <li>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setParam('sida', String(page + 1))}
                >
                  Nästa sida
                </button>
              </li>
            )}
          </ul>
        </nav>
      </section>
    </AiPage>
  )
}
