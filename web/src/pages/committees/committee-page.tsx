import { Link, useParams, useSearchParams } from 'react-router'
import type { CommitteeDetail } from '../../api/board-types'
import { query } from '../../api/client'
import { useApi } from '../../api/use-api'
import { mayManageMeetings } from '../../auth/board-access'
import { noticeRuleText } from '../../board-labels'
import { useSession } from '../../auth/session'
import { LoadError, Loading, Page } from '../../components/page'
import { COMMITTEE_KIND_LABEL, swedishToday } from '../../labels'
import { useRegistry } from '../../registry'
import { EndMembershipForm } from './end-membership-form'
import { MembershipForm } from './membership-form'
import { NoticeRuleForm } from './notice-rule-form'
import { MembersTable, StaffTable, SubstitutesTable } from './roster-tables'
import { RosterDateForm } from './roster-date-form'
import { StaffForm } from './staff-form'

/** One committee: its members, substitutes in order of service, staff and notice rule. */
export function CommitteePage() {
  const { id = '' } = useParams()
  const [params] = useSearchParams()
  const on = params.get('datum') ?? undefined
  const { user } = useSession()
  const registry = useRegistry()
  const { data, error, reload } = useApi<CommitteeDetail>(
    `/api/committees/${encodeURIComponent(id)}${query({ on })}`,
  )
  const manage = mayManageMeetings(user)

  if (error) {
    return (
      <Page title={error.status === 404 ? 'Organet finns inte' : 'Organet kunde inte visas'}>
        <LoadError message={error.message} onRetry={reload} />
        <p>
          <Link to="/organ">Alla organ</Link>
        </p>
      </Page>
    )
  }
  if (!data) {
    return (
      <Page title="Organ">
        <Loading />
      </Page>
    )
  }
  const parent = registry?.committees.find((c) => c.id === data.parentId)
  const today = swedishToday()
  const year = Number((on ?? today).slice(0, 4))

  return (
    <Page
      title={data.name}
      heading={
        <>
          <span className="heading-kicker">
            {COMMITTEE_KIND_LABEL[data.kind] ?? 'Organ'} · {data.shortName}
          </span>
          {data.name}
        </>
      }
    >
      <p className="breadcrumb">
        <Link to="/organ">Alla organ</Link>
      </p>
      <dl className="facts">
        <div>
          <dt>Typ</dt>
          <dd>{COMMITTEE_KIND_LABEL[data.kind] ?? data.kind}</dd>
        </div>
        {parent && (
          <div>
            <dt>Utskott till</dt>
            <dd>
              <Link to={`/organ/${parent.id}`}>{parent.name}</Link>
            </dd>
          </div>
        )}
        <div>
          <dt>Kallelse senast</dt>
          <dd>{noticeRuleText(data.noticeRule)}</dd>
        </div>
        <div>
          <dt>Sammansättning den</dt>
          <dd>{data.onDate}</dd>
        </div>
      </dl>
      <ul className="link-row">
        <li>
          <Link to={`/organ/${data.id}/sammantradesplan/${year}`}>Sammanträdesplan {year}</Link>
        </li>
        <li>
          <Link to={`/sammantraden${query({ organ: data.id })}`}>Sammanträden</Link>
        </li>
        <li>
          <Link to={`/organ/${data.id}/delegationsordning`}>Delegationsordning</Link>
        </li>
        <li>
          <Link to={`/organ/${data.id}/delegationsbeslut`}>Delegationsbeslut</Link>
        </li>
      </ul>

      <RosterDateForm onDate={data.onDate} />

      <section className="section" aria-labelledby="ledamoter">
        <h2 id="ledamoter">Ledamöter</h2>
        <MembersTable members={data.members} />
      </section>
      <section className="section" aria-labelledby="ersattare">
        <h2 id="ersattare">Ersättare</h2>
        <p className="hint">Ersättarna kallas in för att tjänstgöra i den här ordningen.</p>
        <SubstitutesTable substitutes={data.substitutes} />
      </section>
      <section className="section" aria-labelledby="tjanstepersoner">
        <h2 id="tjanstepersoner">Tjänstepersoner</h2>
        <StaffTable staff={data.staff} />
      </section>

      {manage && (
        <section className="section" aria-labelledby="andra-organet">
          <h2 id="andra-organet">Ändra organet</h2>
          <div className="stack">
            <MembershipForm committeeId={data.id} onChanged={reload} />
            <EndMembershipForm
              memberships={[...data.members, ...data.substitutes]}
              onChanged={reload}
            />
            <NoticeRuleForm committee={data} onChanged={reload} />
            <StaffForm committeeId={data.id} onChanged={reload} />
          </div>
        </section>
      )}
    </Page>
  )
}
