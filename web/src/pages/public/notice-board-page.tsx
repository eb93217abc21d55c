import { Link } from 'react-router'
import type { NoticeBoard } from '../../api/notice-board-types'
import { useApi } from '../../api/use-api'
import { LoadError, Loading, Page } from '../../components/page'
import { useRegistry } from '../../registry'
import { Announcements } from './notice-board-announcements'
import { PostingCard } from './notice-board-posting'

/**
 * Anslagstavla: the municipality's official notice board, open to all. Each attested minutes is
 * posted here; the appeal period of three weeks runs from the day it went up (KL 8 kap. 12 §,
 * 13 kap. 5 §), and the posting stays until it has run out.
 */
export function NoticeBoardPage() {
  const registry = useRegistry()
  const { data, error, loading, reload } = useApi<NoticeBoard>('/api/public/notice-board')
  const municipality = data?.municipality ?? registry?.municipality ?? 'kommunen'
  return (
    <Page title="Anslagstavla">
      <div className="intro">
        <p className="lead">
          Här anslår {municipality} att protokoll från fullmäktige, styrelse och nämnder har
          justerats, och när kommunfullmäktige sammanträder.
        </p>
        <p>
          Den som är medlem i kommunen kan överklaga ett beslut genom laglighetsprövning hos
          förvaltningsrätten (kommunallagen 13 kap.). Överklagandet ska ha kommit in inom tre veckor
          från den dag anslaget sattes upp, senast det datum som står vid anslaget.
        </p>
      </div>
      <section className="section" aria-labelledby="aktuella-anslag">
        <h2 id="aktuella-anslag">Aktuella anslag</h2>
        {error ? (
          <LoadError message={error.message} onRetry={reload} />
        ) : loading && !data ? (
          <Loading />
        ) : data && data.postings.length === 0 ? (
          <p className="muted">Inga anslag sitter uppe i dag ({data.today}).</p>
        ) : data ? (
          <>
            <p className="muted">
              {data.postings.length} anslag den {data.today}.
            </p>
            <ul className="posting-list">
              {data.postings.map((p) => (
                <li key={p.id}>
                  <PostingCard posting={p} headingLevel={3} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <Announcements />
      <p className="section">
        <Link to="/anslagstavla/arkiv">Tidigare anslag (arkiv)</Link>
      </p>
    </Page>
  )
}
