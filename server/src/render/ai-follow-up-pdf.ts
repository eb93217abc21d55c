import type { Content } from 'pdfmake/interfaces.js'
import { pageHeader, renderPdf } from './pdf-document.js'
import { dataTable, heading, rowsPdf } from './pdf-parts.js'
import {
  coverageText,
  followUpSummary,
  followUpTitle,
  type AiFollowUpView,
} from './ai-follow-up-view.js'

const n = (x: number) => String(x)

/** The yearly follow-up of AI use as PDF/A-2b, for the board's papers and the archive. */
export function renderAiFollowUpPdf(v: AiFollowUpView, opts: { now?: Date } = {}): Promise<Buffer> {
  const title = followUpTitle(v)
  const content: Content[] = [
    heading(1, title),
    rowsPdf([
      { label: 'Period', lines: [`${v.period.from}–${v.period.to}`] },
      { label: 'Framtagen', lines: [v.generatedOn] },
      {
        label: 'Underlag',
        lines: ['AI-loggen, AI-utkasten, incidentrapporterna och utbildningsregistret i Kansli'],
      },
    ]),
    heading(2, 'Sammanfattning'),
    ...followUpSummary(v).map((p): Content => ({ text: p, margin: [0, 0, 0, 5] })),
    heading(2, 'Användning per tjänst och ändamål'),
    v.usage.length === 0
      ? { text: 'Ingen AI användes under året.' }
      : dataTable(
          `Anrop ${v.year} och spärrens beslut`,
          ['Tjänst', 'Ändamål', 'Anrop', 'Stoppade', 'Maskerade', 'Tillåtna', 'Utan svar'],
          [
            ...v.usage.map((r) => [
              r.service,
              r.purposeLabel,
              n(r.calls),
              n(r.blocked),
              n(r.redacted),
              n(r.allowed),
              n(r.failed),
            ]),
            [
              'Totalt',
              '',
              n(v.totals.calls),
              n(v.totals.blocked),
              n(v.totals.redacted),
              n(v.totals.allowed),
              n(v.totals.failed),
            ],
          ],
          ['*', '*', 28, 40, 46, 36, 36],
        ),
    heading(2, 'Stoppade och maskerade anrop'),
    {
      text: `Spärren stoppade ${v.totals.blocked} anrop och maskerade uppgifter i ${v.totals.redacted} innan något lämnade kommunen. Tabellen visar vad den hittade, per typ av uppgift (aldrig uppgifterna själva).`,
      margin: [0, 0, 0, 5],
    },
    v.findings.length === 0
      ? { text: 'Inga fynd.' }
      : dataTable(
          'Fynd i stoppade och maskerade anrop',
          ['Typ av uppgift', 'I stoppade anrop', 'I maskerade anrop'],
          v.findings.map((f) => [f.label, n(f.blocked), n(f.redacted)]),
          ['*', 90, 90],
        ),
    heading(2, 'Granskning av AI-utkast'),
    dataTable(
      `AI-utkast ${v.year}`,
      ['Mått', 'Antal'],
      [
        ['Utkast som AI tagit fram', n(v.drafts.created)],
        ['Godkända efter granskning', n(v.drafts.approved)],
        ['varav med ändringar', n(v.drafts.approvedEdited)],
        ['Avvisade', n(v.drafts.rejected)],
        ['Granskade av den som beställt utkastet', n(v.drafts.selfReviewed)],
        ['Införda efter godkännande', n(v.drafts.applied)],
        ['Ännu inte granskade', n(v.drafts.unreviewed)],
      ],
      ['*', 60],
    ),
    heading(2, 'Incidenter'),
    {
      text: `${v.incidents.reported} rapporterade, ${v.incidents.open} öppna, ${v.incidents.closed} avslutade.`,
      margin: [0, 0, 0, 5],
    },
    ...(v.incidents.byCategory.length === 0
      ? []
      : [
          dataTable(
            'Incidenter per kategori',
            ['Kategori', 'Öppna', 'Avslutade'],
            v.incidents.byCategory.map((c) => [c.label, n(c.open), n(c.closed)]),
            ['*', 60, 60],
          ),
        ]),
    heading(2, 'Utbildning'),
    {
      text: `Den ${v.training.asOf} hade ${coverageText(v.training)} medarbetare en AI-utbildning som var högst ett år gammal.`,
    },
  ]
  return renderPdf({
    meta: {
      title,
      author: v.municipality,
      subject: `Uppföljning av AI-användningen ${v.year} enligt riktlinjen för AI`,
      keywords: 'AI, uppföljning, kommunstyrelsen',
      creationDate: opts.now,
    },
    header: pageHeader(v.municipality, title),
    content,
  })
}
