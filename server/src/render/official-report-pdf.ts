import type { Content } from 'pdfmake/interfaces.js'
import { pageHeader, renderPdf } from './pdf-document.js'
import { blocksPdf, heading, rowsPdf } from './pdf-parts.js'
import {
  REPORT_SECTIONS,
  officialReportTitle,
  type OfficialReportView,
} from './official-report-view.js'

/** The report's PDF content: the header facts, the title, the sections, "I tjänsten". */
export function officialReportContent(r: OfficialReportView): Content[] {
  const s = r.signature
  return [
    ...(r.department
      ? [{ text: r.department, style: 'label', margin: [0, 0, 0, 6] } as Content]
      : []),
    ...(r.draft ? [{ text: 'Utkast – inte registrerat', style: 'h3' } as Content] : []),
    { text: 'Tjänsteskrivelse', style: 'h3' },
    rowsPdf(
      [
        { label: 'Datum', lines: [r.date] },
        { label: 'Diarienummer', lines: [r.caseNumber] },
        { label: 'Till', lines: [r.committee] },
        ...(r.corrects ? [{ label: 'Ersätter', lines: [r.corrects] }] : []),
      ],
      90,
    ),
    heading(1, r.title),
    ...REPORT_SECTIONS.flatMap(([key, label]) => {
      const text = r[key]
      return text?.length ? [heading(2, label), ...blocksPdf(text)] : []
    }),
    ...(r.decisionBasis?.length
      ? [
          heading(2, 'Beslutsunderlag'),
          { ul: [...r.decisionBasis], margin: [0, 0, 0, 5] } as Content,
        ]
      : []),
    {
      unbreakable: true,
      margin: [0, 16, 0, 0],
      stack: [
        { text: 'I tjänsten', margin: [0, 0, 0, 8] },
        { text: s.name, style: 'label' },
        { text: s.title },
        ...(s.phone ? [{ text: s.phone }] : []),
        ...(s.email ? [{ text: s.email }] : []),
      ],
    },
  ]
}

/** The report as PDF/A-2b. */
export function renderOfficialReportPdf(
  r: OfficialReportView,
  opts: { now?: Date } = {},
): Promise<Buffer> {
  const issuer = r.department ? `${r.municipality}, ${r.department}` : r.municipality
  return renderPdf({
    meta: {
      title: officialReportTitle(r),
      author: r.municipality,
      subject: `Tjänsteskrivelse till ${r.committee}, ${r.caseNumber}`,
      keywords: 'tjänsteskrivelse, förslag till beslut, beslutsunderlag',
      creationDate: opts.now,
    },
    header: pageHeader(issuer, `Tjänsteskrivelse ${r.caseNumber}`),
    content: officialReportContent(r),
  })
}
