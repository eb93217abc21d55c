import type { Content } from 'pdfmake/interfaces.js'
import { itemHasDocuments, noticeAudience, noticeTitle } from './notice-html.js'
import { pageHeader, renderPdf } from './pdf-document.js'
import { blocksPdf, dataTable, heading, rowsPdf, signatureLine } from './pdf-parts.js'
import {
  clock,
  delegatedDecisionDate,
  delegationPointLabel,
  genitive,
  longDate,
  meetingDay,
  sectionRange,
} from './swedish-format.js'
import type { NoticeItemView, NoticeView } from './view-models.js'

function agendaLine(item: NoticeItemView): Content {
  return {
    unbreakable: true,
    margin: [0, 0, 0, 6],
    columns: [
      { text: `${item.number}.`, width: 24 },
      {
        width: '*',
        stack: [
          { text: item.title },
          ...(item.caseNumber ? [{ text: `Dnr ${item.caseNumber}`, style: 'small' }] : []),
        ],
      },
    ],
  }
}

function itemDocuments(item: NoticeItemView): Content[] {
  const p = item.preparedBy
  const out: Content[] = [heading(2, `${item.number}. ${item.title}`)]
  if (item.caseNumber)
    out.push({ text: `Dnr ${item.caseNumber}`, style: 'small', margin: [0, 0, 0, 4] })
  if (item.presenter) out.push({ text: `Föredragande: ${item.presenter}` })
  if (p) {
    const when = p.meetingDate ? ` (${longDate(p.meetingDate)})` : ''
    out.push(
      heading(4, `${p.body}, ${sectionRange([p.sectionNumber])}${when}`),
      ...blocksPdf(p.proposal),
    )
  }
  if (item.proposedDecision?.length) {
    out.push(heading(4, 'Förslag till beslut'), ...blocksPdf(item.proposedDecision))
  }
  if (item.documents?.length) out.push(heading(4, 'Beslutsunderlag'), { ul: [...item.documents] })
  if (item.communications?.length) {
    out.push(
      dataTable(
        'Meddelanden',
        ['Datum', 'Handling', 'Avsändare'],
        item.communications.map((c) => [c.date, c.document, c.sender]),
        [62, '*', 140],
      ),
    )
  }
  if (item.delegatedDecisions?.length) {
    out.push(
      dataTable(
        'Redovisning av delegationsbeslut',
        ['Datum', 'Beslutsfattare', 'Beslutsfattande åtgärd', 'Delegationspunkt'],
        item.delegatedDecisions.map((d) => [
          [delegatedDecisionDate(d), d.caseNumber ? `Dnr ${d.caseNumber}` : '']
            .filter(Boolean)
            .join('\n'),
          d.decisionMaker,
          d.action,
          delegationPointLabel(d),
        ]),
        [78, 100, '*', 110],
      ),
    )
  }
  return out
}

/** The notice's PDF content, in the seed's order: header, ÄRENDEN, signature, item documents. */
export function noticeContent(n: NoticeView): Content[] {
  const withDocuments = n.items.filter(itemHasDocuments)
  return [
    rowsPdf([
      { label: 'Sammanträdesdatum', lines: [n.meetingDate] },
      ...(n.secretary ? [{ label: 'Sekreterare', lines: [n.secretary] }] : []),
    ]),
    heading(1, `${genitive(n)} sammanträde`),
    { text: `Datum: ${meetingDay(n.meetingDate)}` },
    { text: `Tid: ${clock(n.startTime)}` },
    { text: `Plats: ${n.place}`, margin: [0, 0, 0, 8] },
    { text: noticeAudience(n), italics: true },
    { ...heading(2, 'ÄRENDEN'), outlineText: 'Ärenden' },
    ...n.items.map(agendaLine),
    signatureLine(n.chair.title ?? 'Ordförande', n.chair.name),
    ...(n.issuedOn ? [{ text: n.issuedOn, style: 'small' }] : []),
    ...withDocuments.flatMap((item, i) => {
      const parts = itemDocuments(item)
      return i === 0 ? [{ text: '', pageBreak: 'before' as const }, ...parts] : parts
    }),
  ]
}

/** The notice as PDF/A-2b. */
export function renderNoticePdf(n: NoticeView, opts: { now?: Date } = {}): Promise<Buffer> {
  return renderPdf({
    meta: {
      title: noticeTitle(n),
      author: n.municipality,
      subject: `Kallelse till ${genitive(n).toLowerCase()} sammanträde ${meetingDay(n.meetingDate).toLowerCase()}`,
      keywords: 'kallelse, ärendelista',
      creationDate: opts.now,
    },
    header: pageHeader(
      n.municipality,
      `${n.supplementary ? 'Tilläggskallelse' : 'Kallelse'} ${n.committee} ${n.meetingDate}`,
    ),
    content: noticeContent(n),
  })
}
