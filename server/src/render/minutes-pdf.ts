import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js'
import { sectionPdf } from './minutes-section-pdf.js'
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
} from './minutes-parts.js'
import { pageHeader, renderPdf } from './pdf-document.js'
import { blocksPdf, heading, rowsPdf, signatureLine } from './pdf-parts.js'
import { meetingDay, POSTING_SENTENCE, sectionRange } from './swedish-format.js'
import type { ExtractView, MinutesView } from './view-models.js'

/** Every page carries boxes for the attesters' initials and the extract certification. */
function signatureFooter(): NonNullable<TDocumentDefinitions['footer']> {
  return () => ({
    margin: [56, 6, 56, 0],
    table: {
      widths: ['*', '*'],
      heights: [34],
      body: [
        [
          { text: 'Justerandes signatur', style: 'small' },
          { text: 'Utdragsbestyrkande', style: 'small' },
        ],
      ],
    },
    layout: { hLineColor: () => '#767676', vLineColor: () => '#767676' },
  })
}

function masthead(m: MinutesView, kind: string): Content[] {
  return [
    heading(1, m.committee),
    { text: `${kind}, sammanträdesdatum ${m.meetingDate}`, margin: [0, 0, 0, 10] },
  ]
}

function postingBlock(m: MinutesView): Content {
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    table: {
      widths: ['*'],
      body: [
        [
          {
            margin: [6, 6, 6, 6],
            stack: [
              heading(2, 'ANSLAG/BEVIS'),
              ...(m.posting.issuedSeparately
                ? ([{ text: POSTING_ISSUED_SEPARATELY }] as Content[])
                : ([
                    { text: POSTING_SENTENCE, margin: [0, 0, 0, 6] },
                    rowsPdf(postingRows(m), 170),
                    { text: 'Utdragsbestyrkande', style: 'label' },
                    {
                      canvas: [{ type: 'line', x1: 0, y1: 24, x2: 240, y2: 24, lineWidth: 0.7 }],
                    },
                  ] as Content[])),
            ],
          },
        ],
      ],
    },
  }
}

/** The minutes' content: header block, §§, signature page, ANSLAG/BEVIS. */
export function minutesContent(m: MinutesView): Content[] {
  return [
    ...masthead(m, minutesKind(m)),
    rowsPdf(headerRows(m)),
    ...(m.preliminaries ?? []).flatMap((p) => [
      heading(2, p.title),
      heading(3, 'Beslut'),
      ...blocksPdf(p.decision),
    ]),
    ...m.sections.flatMap(sectionPdf),
    { ...heading(2, 'Underskrifter'), pageBreak: 'before' },
    ...(m.electronicAttestation
      ? [{ text: 'Protokollet justeras med avancerade elektroniska underskrifter.' }]
      : []),
    { text: `Paragrafer ${sectionRange(m.sections.map((s) => s.number))}`, margin: [0, 0, 0, 6] },
    ...signatureRows(m).map((r) => signatureLine(r.label, r.lines[0], !m.electronicAttestation)),
    postingBlock(m),
  ]
}

/** The minutes as PDF/A-2b, ready for attestation with PAdES signatures. */
export function renderMinutesPdf(m: MinutesView, opts: { now?: Date } = {}): Promise<Buffer> {
  return renderPdf({
    meta: {
      title: minutesTitle(m),
      author: m.municipality,
      subject: `Protokoll ${m.committee}, ${meetingDay(m.meetingDate).toLowerCase()}, ${sectionRange(m.sections.map((s) => s.number))}`,
      keywords: 'protokoll',
      creationDate: opts.now,
    },
    header: pageHeader(`${m.municipality} · ${m.committee}`, `${minutesKind(m)} ${m.meetingDate}`),
    footer: signatureFooter(),
    bottomMargin: 96,
    content: minutesContent(m),
  })
}

/** An extract (protokollsutdrag) as PDF/A-2b with its certification block (LEGAL-RULES rule 32). */
export function renderExtractPdf(x: ExtractView, opts: { now?: Date } = {}): Promise<Buffer> {
  const m = x.minutes
  const content: Content[] = [
    ...masthead(m, 'Protokollsutdrag'),
    rowsPdf(extractHeaderRows(x)),
    ...selectSections(x).flatMap(sectionPdf),
    {
      unbreakable: true,
      margin: [0, 16, 0, 0],
      stack: [
        heading(2, 'Utdragsbestyrkande'),
        { text: CERTIFICATION_STATEMENT, margin: [0, 0, 0, 4] },
        signatureLine('Underskrift', undefined),
        rowsPdf(certificationRows(x), 90),
      ],
    },
  ]
  return renderPdf({
    meta: {
      title: extractTitle(x),
      author: m.municipality,
      subject: `Protokollsutdrag ${m.committee} ${m.meetingDate}, ${sectionRange(x.sectionNumbers)}`,
      keywords: 'protokollsutdrag, utdragsbestyrkande',
      creationDate: opts.now,
    },
    header: pageHeader(`${m.municipality} · ${m.committee}`, `Protokollsutdrag ${m.meetingDate}`),
    footer: signatureFooter(),
    bottomMargin: 96,
    content,
  })
}
