import type { Content, ContentText, TableCell } from 'pdfmake/interfaces.js'
import type { Row } from './minutes-parts.js'
import type { TextBlock } from './view-models.js'

/** A heading; levels 1–2 also become PDF bookmarks, so the file can be navigated. */
export function heading(level: 1 | 2 | 3 | 4, text: string): ContentText {
  return { text, style: `h${level}`, outline: level <= 2 }
}

/** Paragraphs and bullet lists of running text. */
export function blocksPdf(text: readonly TextBlock[] | undefined): Content[] {
  return (text ?? []).map((b) =>
    typeof b === 'string'
      ? { text: b, margin: [0, 0, 0, 5] }
      : { ul: [...b.list], margin: [0, 0, 0, 5] },
  )
}

/** Label/value rows without borders; blank values print as a line to fill in by hand. */
export function rowsPdf(rows: readonly Row[], labelWidth = 150): Content {
  return {
    table: {
      widths: [labelWidth, '*'],
      body: rows.map((r): TableCell[] => [
        { text: r.label, style: 'label' },
        { text: r.lines.some(Boolean) ? r.lines.join('\n') : '_______________________________' },
      ]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 6],
  }
}

/** A data table with a caption line and a header row repeated on every page. */
export function dataTable(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  widths: (number | '*' | 'auto')[],
): Content {
  return {
    stack: [
      heading(4, caption),
      {
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths,
          body: [
            headers.map((h): TableCell => ({ text: h, style: 'tableHeader' })),
            ...rows.map((r) => r.map((c): TableCell => ({ text: c }))),
          ],
        },
        layout: {
          hLineColor: () => '#767676',
          vLineColor: () => '#767676',
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
        fontSize: 9,
        margin: [0, 0, 0, 8],
      },
    ],
  }
}

/** A signer's role above and name below, with a line to sign on unless signed electronically. */
export function signatureLine(role: string, name: string | undefined, withLine = true): Content {
  return {
    unbreakable: true,
    margin: [0, 10, 0, 6],
    stack: [
      { text: role, style: 'label' },
      withLine
        ? { canvas: [{ type: 'line', x1: 0, y1: 28, x2: 240, y2: 28, lineWidth: 0.7 }] }
        : { text: '' },
      { text: name ?? '', margin: [0, 2, 0, 0] },
    ],
  }
}
