import { blocks, facts, fragment, h, htmlDocument, table, type SafeHtml } from './html-document.js'
import {
  clock,
  DEFAULT_AUDIENCE,
  delegatedDecisionDate,
  delegationPointLabel,
  genitive,
  longDate,
  meetingDay,
  sectionRange,
} from './swedish-format.js'
import type {
  CommunicationView,
  DelegatedDecisionView,
  NoticeItemView,
  NoticeView,
} from './view-models.js'

/** The notice's title, also used as the PDF title: 'Kallelse – Kommunstyrelsen 2025-12-15'. */
export function noticeTitle(n: NoticeView): string {
  return `${n.supplementary ? 'Tilläggskallelse' : 'Kallelse'} – ${n.committee} ${n.meetingDate}`
}

/** 'Kallelse för ledamöterna …', or the supplementary notice's own line. */
export function noticeAudience(n: NoticeView): string {
  return (
    n.audience ??
    (n.supplementary
      ? 'Tilläggskallelse för ledamöterna och för kännedom till ersättarna: ärenden som tillkommit efter kallelsen'
      : DEFAULT_AUDIENCE)
  )
}

/** Whether an item has anything to show under "Handlingar" beyond its agenda line. */
export function itemHasDocuments(item: NoticeItemView): boolean {
  return Boolean(
    item.documents?.length ||
    item.proposedDecision?.length ||
    item.preparedBy ||
    item.communications?.length ||
    item.delegatedDecisions?.length,
  )
}

function head(...labels: string[]): SafeHtml {
  return h(
    'thead',
    null,
    h(
      'tr',
      null,
      labels.map((l) => h('th', { scope: 'col' }, l)),
    ),
  )
}

/** The communications table (Datum, Handling, Avsändare) as in the seed. */
export function communicationsTable(id: string, rows: readonly CommunicationView[]): SafeHtml {
  return table(
    id,
    'Meddelanden',
    head('Datum', 'Handling', 'Avsändare'),
    h(
      'tbody',
      null,
      rows.map((r) =>
        h('tr', null, h('td', null, r.date), h('td', null, r.document), h('td', null, r.sender)),
      ),
    ),
  )
}

/** The delegated-decisions report (Datum, Beslutsfattare, Beslutsfattande åtgärd, Delegationspunkt). */
export function delegatedDecisionsTable(
  id: string,
  rows: readonly DelegatedDecisionView[],
): SafeHtml {
  return table(
    id,
    'Redovisning av delegationsbeslut',
    head('Datum', 'Beslutsfattare', 'Beslutsfattande åtgärd', 'Delegationspunkt'),
    h(
      'tbody',
      null,
      rows.map((r) =>
        h(
          'tr',
          null,
          h(
            'td',
            null,
            delegatedDecisionDate(r),
            r.caseNumber ? [h('br', null), `Dnr ${r.caseNumber}`] : null,
          ),
          h('td', null, r.decisionMaker),
          h('td', null, r.action),
          h('td', null, delegationPointLabel(r)),
        ),
      ),
    ),
  )
}

function agendaLine(item: NoticeItemView): SafeHtml {
  const title = itemHasDocuments(item)
    ? h('a', { href: `#arende-${item.number}` }, item.title)
    : item.title
  return h(
    'li',
    { value: item.number },
    title,
    item.caseNumber ? h('span', { class: 'case-number' }, `Dnr ${item.caseNumber}`) : null,
  )
}

function itemDocuments(item: NoticeItemView): SafeHtml {
  const id = `arende-${item.number}`
  const p = item.preparedBy
  return h(
    'section',
    { class: 'item', id, 'aria-labelledby': `${id}-rubrik` },
    h('h3', { id: `${id}-rubrik` }, `${item.number}. ${item.title}`),
    item.caseNumber ? h('p', { class: 'case-number' }, `Dnr ${item.caseNumber}`) : null,
    item.presenter ? h('p', null, `Föredragande: ${item.presenter}`) : null,
    p
      ? fragment(
          h(
            'h4',
            null,
            `${p.body}, ${sectionRange([p.sectionNumber])}`,
            p.meetingDate ? ` (${longDate(p.meetingDate)})` : '',
          ),
          blocks(p.proposal),
        )
      : null,
    item.proposedDecision?.length
      ? fragment(h('h4', null, 'Förslag till beslut'), blocks(item.proposedDecision))
      : null,
    item.documents?.length
      ? fragment(
          h('h4', null, 'Beslutsunderlag'),
          h(
            'ul',
            null,
            item.documents.map((d) => h('li', null, d)),
          ),
        )
      : null,
    item.communications?.length
      ? communicationsTable(`${id}-meddelanden`, item.communications)
      : null,
    item.delegatedDecisions?.length
      ? delegatedDecisionsTable(`${id}-delegationsbeslut`, item.delegatedDecisions)
      : null,
  )
}

/** The notice as a self-contained, accessible HTML document (the primary format, DOS-lagen). */
export function renderNoticeHtml(n: NoticeView): string {
  const withDocuments = n.items.filter(itemHasDocuments)
  const body = fragment(
    h(
      'header',
      null,
      h('p', { class: 'issuer' }, n.municipality),
      h('h1', null, `${genitive(n)} sammanträde`),
      facts([
        ['Sammanträdesdatum', n.meetingDate],
        ['Datum', meetingDay(n.meetingDate)],
        ['Tid', clock(n.startTime)],
        ['Plats', n.place],
        ['Sekreterare', n.secretary],
      ]),
      h('p', null, noticeAudience(n)),
    ),
    h(
      'section',
      { 'aria-labelledby': 'arenden' },
      h('h2', { id: 'arenden', class: 'caps' }, 'Ärenden'),
      h('ol', { class: 'agenda' }, n.items.map(agendaLine)),
    ),
    h(
      'div',
      { class: 'signature' },
      h('p', null, n.chair.title ?? 'Ordförande'),
      h('p', null, n.chair.name),
      n.issuedOn ? h('p', null, n.issuedOn) : null,
    ),
    withDocuments.length
      ? h(
          'section',
          { 'aria-labelledby': 'handlingar' },
          h('h2', { id: 'handlingar' }, 'Handlingar till ärendena'),
          withDocuments.map(itemDocuments),
        )
      : null,
  )
  return htmlDocument({
    title: noticeTitle(n),
    description: `${n.committee}, ${meetingDay(n.meetingDate)}, ${n.place}`,
    body,
  })
}
