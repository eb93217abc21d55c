import { Link } from 'react-router'
import type { Committee } from '../../api/types'
import { useApi } from '../../api/use-api'
import { mayManageMeetings } from '../../auth/board-access'
import { useSession } from '../../auth/session'
import { DataTable } from '../../components/data-table'
import { LoadError, Loading, Page } from '../../components/page'
import { COMMITTEE_KIND_LABEL } from '../../labels'
import { TermsSection } from './terms-section'

/** Organ: the municipality's committees, and the terms of office their seats belong to. */
export function CommitteesPage() {
  const { user } = useSession()
  const { data, error, loading, reload } = useApi<{ committees: Committee[] }>('/api/committees')
  const byId = new Map(data?.committees.map((c) => [c.id, c]))
  return (
    <Page
      title="Organ"
      lead="Fullmäktige, styrelse, nämnder och utskott med ledamöter, ersättare och tjänstepersoner."
    >
      {error ? (
        <LoadError message={error.message} onRetry={reload} />
      ) : loading && !data ? (
        <Loading />
      ) : data && data.committees.length === 0 ? (
        <p className="muted">Kommunen har inga organ upplagda ännu.</p>
      ) : data ? (
        <DataTable
          caption="Organ"
          rows={data.committees}
          rowKey={(c) => c.id}
          columns={[
            {
              header: 'Organ',
              rowHeader: true,
              cell: (c) => <Link to={`/organ/${c.id}`}>{c.name}</Link>,
            },
            { header: 'Förkortning', cell: (c) => c.shortName },
            { header: 'Typ', cell: (c) => COMMITTEE_KIND_LABEL[c.kind] ?? c.kind },
            {
              header: 'Utskott till',
              cell: (c) => (c.parentId ? (byId.get(c.parentId)?.name ?? '–') : '–'),
            },
          ]}
        />
      ) : null}
      <TermsSection manage={mayManageMeetings(user)} />
    </Page>
  )
}
