import { blocks, fragment, h, htmlDocument, type SafeHtml } from './html-document.js'
import { sectionHtml } from './minutes-section-html.js'
import {
  CERTIFICATION_STATEMENT,
  certificationRows,
  extractHeaderRows,
  extractTitle,
  headerRows,
  minutesKind,
  minutesTitle,
  POSTING_ISSUED_SEPARATELY,
  postingRows,
  selectSections,
  signatureRows,
  type Row,
} from './minutes-parts.js'
import { meetingDay, POSTING_SENTENCE, sectionRange } from './swedish-format.js'
import type { ExtractView, MinutesView } from './view-models.js'

/** Label/value rows as a definition list; several values become a list of names. */
function rowsHtml(rows: readonly Row[], blankAsLine = false): SafeHtml {
  return h(
    'dl',
    null,
    rows.map((r) =>
      h(
        'div',
        null,
        h('dt', null, r.label),
        h(
          'dd',
          null,
          r.lines.length > 1
            ? h(
                'ul',
                { class: 'names' },
                r.lines.map((l) => h('li', null, l)),
              )
            : r.lines[0] ||
                (blankAsLine
                  ? h(
                      'span',
                      { class: 'signature-line' },
                      h('span', { class: 'sr-only' }, 'ej ifyllt'),
                    )
                  : ''),
        ),
      ),
    ),
  )
}

function masthead(m: MinutesView, kind: string): SafeHtml {
  return fragment(
    h('p', { class: 'issuer' }, m.municipality),
    h('h1', null, m.committee),
    h('p', null, `${kind}, sammanträdesdatum ${m.meetingDate}`),
  )
}

function signatures(m: MinutesView): SafeHtml {
  return h(
    'section',
    { 'aria-labelledby': 'underskrifter' },
    h('h2', { id: 'underskrifter' }, 'Underskrifter'),
    m.electronicAttestation
      ? h('p', null, 'Protokollet justeras med avancerade elektroniska underskrifter.')
      : null,
    h('p', null, `Paragrafer ${sectionRange(m.sections.map((s) => s.number))}`),
    signatureRows(m).map((r) =>
      h(
        'div',
        { class: 'signature' },
        h('p', null, h('strong', null, r.label)),
        m.electronicAttestation
          ? null
          : h('div', { class: 'signature-line', 'aria-hidden': 'true' }),
        h('p', null, r.lines[0]),
      ),
    ),
  )
}

function postingBox(m: MinutesView): SafeHtml {
  return h(
    'section',
    { class: 'box', 'aria-labelledby': 'anslag' },
    h('h2', { id: 'anslag' }, 'Anslag/bevis'),
    m.posting.issuedSeparately
      ? h('p', null, POSTING_ISSUED_SEPARATELY)
      : fragment(h('p', null, POSTING_SENTENCE), rowsHtml(postingRows(m), true)),
    h('p', null, h('strong', null, 'Utdragsbestyrkande')),
  )
}

/** The minutes as a self-contained, accessible HTML document (the primary format, DOS-lagen). */
export function renderMinutesHtml(m: MinutesView): string {
  const body = fragment(
    h('header', null, masthead(m, minutesKind(m)), rowsHtml(headerRows(m))),
    (m.preliminaries ?? []).map((p) =>
      h(
        'section',
        { class: 'item' },
        h('h2', null, p.title),
        h('h3', null, 'Beslut'),
        blocks(p.decision),
      ),
    ),
    m.sections.map(sectionHtml),
    signatures(m),
    postingBox(m),
  )
  return htmlDocument({
    title: minutesTitle(m),
    description: `${m.committee}, ${meetingDay(m.meetingDate)}`,
    body,
  })
}

/** An extract (protokollsutdrag) with its certification block (LEGAL-RULES rule 32). */
export function renderExtractHtml(x: ExtractView): string {
  const m = x.minutes
  const body = fragment(
    h('header', null, masthead(m, 'Protokollsutdrag'), rowsHtml(extractHeaderRows(x))),
    selectSections(x).map(sectionHtml),
    h(
      'section',
      { class: 'box', 'aria-labelledby': 'utdragsbestyrkande' },
      h('h2', { id: 'utdragsbestyrkande' }, 'Utdragsbestyrkande'),
      h('p', null, CERTIFICATION_STATEMENT),
      rowsHtml(certificationRows(x), true),
    ),
  )
  return htmlDocument({ title: extractTitle(x), body })
}
