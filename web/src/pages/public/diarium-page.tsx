import { Page } from '../../components/page'
import { RegistrySearch } from '../../components/search'
import { COMMITTEE_KIND_LABEL } from '../../labels'
import { ContactLink, contactEmail, useRegistry } from '../../registry'
import { DataTable } from '../../components/data-table'
import { PublicQuestionBox } from '../ai/public-question-box'

/** The public e-diarium: what anyone may see of the registry, without logging in. */
export function DiariumPage() {
  const registry = useRegistry()
  const email = contactEmail(registry)
  return (
    <Page title={`E-diarium${registry ? ` – ${registry.municipality}` : ''}`} heading="E-diarium">
      <div className="intro">
        <p className="lead">
          Här kan du söka bland de ärenden och handlingar som {registry?.municipality ?? 'kommunen'}{' '}
          har registrerat. Allmänna handlingar är offentliga om inte sekretess gäller
          (tryckfrihetsförordningen 2 kap.).
        </p>
        <p>
          Uppgifter som omfattas av sekretess visas som ”Sekretess” med lagrummet i offentlighets-
          och sekretesslagen (OSL). Vill du ta del av en handling kan du begära ut den från
          registraturen{email ? ', ' : ''}
          <ContactLink email={email}>{email ?? ''}</ContactLink>. Du behöver inte tala om vem du är
          eller varför du vill ha handlingen.
        </p>
      </div>

      <section className="section" aria-labelledby="sok-diariet">
        <h2 id="sok-diariet">Sök i diariet</h2>
        <RegistrySearch mode="public" headingLevel={3} />
      </section>

      <PublicQuestionBox />

      {registry && (
        <section className="section" aria-labelledby="kommunens-diarier">
          <h2 id="kommunens-diarier">Kommunens diarier</h2>
          <DataTable
            caption="Diarieserier"
            rows={registry.series}
            rowKey={(s) => s.prefix}
            columns={[
              { header: 'Diarieserie', rowHeader: true, cell: (s) => s.prefix },
              { header: 'Namn', cell: (s) => s.name },
              { header: 'Organ', cell: (s) => s.committeeName ?? '–' },
            ]}
          />
          {registry.committees.length > 0 && (
            <>
              <h3>Organ</h3>
              <ul className="columns">
                {registry.committees.map((c) => (
                  <li key={c.id}>
                    {c.name}{' '}
                    <span className="muted">({COMMITTEE_KIND_LABEL[c.kind] ?? c.kind})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </Page>
  )
}
