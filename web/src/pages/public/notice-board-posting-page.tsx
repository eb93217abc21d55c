import { Link, useParams } from 'react-router'
import type { PublicPosting } from '../../api/notice-board-types'
import { useApi } from '../../api/use-api'
import { LoadError, Loading, Page } from '../../components/page'
import { PostingCard } from './notice-board-posting'

/** One posting, at a stable address (/anslagstavla/:id) that can be linked to and cited. */
export function NoticeBoardPostingPage() {
  const { id = '' } = useParams()
  const { data, error, reload } = useApi<PublicPosting>(
    `/api/public/notice-board/${encodeURIComponent(id)}`,
  )
  if (error) {
    return (
      <Page title={error.status === 404 ? 'Anslaget finns inte' : 'Anslaget kunde inte visas'}>
        <LoadError message={error.message} onRetry={reload} />
        <p>
          <Link to="/anslagstavla">Anslagstavlan</Link>
        </p>
      </Page>
    )
  }
  if (!data) {
    return (
      <Page title="Anslag">
        <Loading />
      </Page>
    )
  }
  return (
    <Page title={`${data.title} – anslagstavla`} heading={data.title}>
      <p className="breadcrumb">
        <Link to={data.state === 'current' ? '/anslagstavla' : '/anslagstavla/arkiv'}>
          {data.state === 'current' ? 'Anslagstavlan' : 'Tidigare anslag'}
        </Link>
      </p>
      {data.state === 'archived' && (
        <p className="notice notice--info">
          Anslaget togs ned {data.takeDownOn}. Överklagandetiden har gått ut.
        </p>
      )}
      <PostingCard posting={data} linkTitle={false} />
    </Page>
  )
}
