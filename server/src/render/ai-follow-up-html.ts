import { facts, h, htmlDocument, table, type Child } from './html-document.js'
import {
  coverageText,
  followUpSummary,
  followUpTitle,
  type AiFollowUpView,
} from './ai-follow-up-view.js'

function dataTable(id: string, caption: string, headers: string[], rows: Child[][]) {
  return table(
    id,
    caption,
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        headers.map((l) => h('th', { scope: 'col' }, l)),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((r) =>
        h(
          'tr',
          null,
          r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', null, c))),
        ),
      ),
    ),
  )
}

/** The yearly follow-up of AI use as accessible HTML: the page the board reads. */
export function renderAiFollowUpHtml(v: AiFollowUpView): string {
  const title = followUpTitle(v)
  return htmlDocument({
    title,
    description: `${v.municipality}: uppföljning av AI-användningen ${v.year} enligt riktlinjen för AI`,
    body: h(
      'article',
      null,
      h('p', { class: 'issuer' }, v.municipality),
      h('h1', null, title),
      facts([
        ['Period', `${v.period.from}–${v.period.to}`],
        ['Framtagen', v.generatedOn],
        [
          'Underlag',
          'AI-loggen, AI-utkasten, incidentrapporterna och utbildningsregistret i Kansli',
        ],
      ]),
      h(
        'section',
        null,
        h('h2', null, 'Sammanfattning'),
        followUpSummary(v).map((p) => h('p', null, p)),
      ),
      h(
        'section',
        null,
        h('h2', null, 'Användning per tjänst och ändamål'),
        v.usage.length === 0
          ? h('p', null, 'Ingen AI användes under året.')
          : dataTable(
              'usage',
              `Anrop ${v.year} och spärrens beslut`,
              ['Tjänst', 'Ändamål', 'Anrop', 'Stoppade', 'Maskerade', 'Tillåtna', 'Utan svar'],
              [
                ...v.usage.map((r) => [
                  r.service,
                  r.purposeLabel,
                  r.calls,
                  r.blocked,
                  r.redacted,
                  r.allowed,
                  r.failed,
                ]),
                [
                  'Totalt',
                  '',
                  v.totals.calls,
                  v.totals.blocked,
                  v.totals.redacted,
                  v.totals.allowed,
                  v.totals.failed,
                ],
              ],
            ),
      ),
      h(
        'section',
        null,
        h('h2', null, 'Stoppade och maskerade anrop'),
        h(
          'p',
          null,
          `Spärren stoppade ${v.totals.blocked} anrop och maskerade uppgifter i ${v.totals.redacted} innan något lämnade kommunen. Tabellen visar vad den hittade, per typ av uppgift (aldrig uppgifterna själva).`,
        ),
        v.findings.length === 0
          ? h('p', null, 'Inga fynd.')
          : dataTable(
              'findings',
              'Fynd i stoppade och maskerade anrop',
              ['Typ av uppgift', 'I stoppade anrop', 'I maskerade anrop'],
              v.findings.map((f) => [f.label, f.blocked, f.redacted]),
            ),
      ),
      h(
        'section',
        null,
        h('h2', null, 'Granskning av AI-utkast'),
        dataTable(
          'drafts',
          `AI-utkast ${v.year}`,
          ['Mått', 'Antal'],
          [
            ['Utkast som AI tagit fram', v.drafts.created],
            ['Godkända efter granskning', v.drafts.approved],
            ['varav med ändringar', v.drafts.approvedEdited],
            ['Avvisade', v.drafts.rejected],
            ['Granskade av den som beställt utkastet', v.drafts.selfReviewed],
            ['Införda efter godkännande', v.drafts.applied],
            ['Ännu inte granskade', v.drafts.unreviewed],
          ],
        ),
      ),
      h(
        'section',
        null,
        h('h2', null, 'Incidenter'),
        h(
          'p',
          null,
          `${v.incidents.reported} rapporterade, ${v.incidents.open} öppna, ${v.incidents.closed} avslutade.`,
        ),
        v.incidents.byCategory.length === 0
          ? null
          : dataTable(
              'incidents',
              'Incidenter per kategori',
              ['Kategori', 'Öppna', 'Avslutade'],
              v.incidents.byCategory.map((c) => [c.label, c.open, c.closed]),
            ),
      ),
      h(
        'section',
        null,
        h('h2', null, 'Utbildning'),
        h(
          'p',
          null,
          `Den ${v.training.asOf} hade ${coverageText(v.training)} medarbetare en AI-utbildning som var högst ett år gammal.`,
        ),
      ),
    ),
  })
}
