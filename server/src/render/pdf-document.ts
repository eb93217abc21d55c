import { createRequire } from 'node:module'
import { dirname, join, resolve, sep } from 'node:path'
import pdfmake from 'pdfmake'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js'

// The Roboto shipped inside pdfmake: always present with the dependency, covers å/ä/ö, § and
// the Swedish punctuation ("–", "”"), and is embedded as a subset, as PDF/A requires.
const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
)

const FONTS = {
  Roboto: {
    normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
}

// pdfmake is one shared instance: the policies are set again before every document, and they
// let it read font files only (ours, or system fonts) and fetch no URL at all.
const FONT_ROOTS = [FONT_DIR + sep, '/usr/share/fonts/']
function onlyFontFiles(path: string): boolean {
  const full = resolve(path)
  return /\.(ttf|otf)$/i.test(full) && FONT_ROOTS.some((root) => full.startsWith(root))
}

/** Document metadata: the Info dictionary and the XMP packet of the PDF/A file. */
export interface PdfMetadata {
  readonly title: string
  readonly author: string
  readonly subject: string
  readonly keywords?: string
  /** Fixed by the caller's clock so that the same input gives the same file. */
  readonly creationDate?: Date
}

// pdfkit writes these strings into the XMP packet without escaping: keep them XML-safe.
function xmpSafe(value: string): string {
  return value.replace(/&/g, 'och').replace(/[<>]/g, '')
}

/** What a renderer hands over: the page content and the running header and footer. */
export interface PdfLayout {
  readonly meta: PdfMetadata
  readonly content: Content
  readonly header?: TDocumentDefinitions['header']
  readonly footer?: TDocumentDefinitions['footer']
  /** Bottom margin, raised when the footer carries signature boxes. */
  readonly bottomMargin?: number
}

/** Shared typography: headings map to the HTML's h1–h4. */
export const STYLES: TDocumentDefinitions['styles'] = {
  issuer: { fontSize: 9, color: '#4a4a4a', bold: true },
  h1: { fontSize: 17, bold: true, margin: [0, 4, 0, 8] },
  h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 4] },
  h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
  h4: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 2] },
  label: { bold: true },
  small: { fontSize: 8.5, color: '#4a4a4a' },
  tableHeader: { bold: true, fillColor: '#eeeeee' },
}

/**
 * Renders a layout as PDF/A-2b (PDF 1.7, Swedish, fonts embedded). pdfmake 0.3 cannot tag
 * content, so the file is not a tagged PDF: the HTML version is the accessible one.
 */
export async function renderPdf(layout: PdfLayout): Promise<Buffer> {
  const { meta } = layout
  const definition: TDocumentDefinitions = {
    version: '1.7',
    subset: 'PDF/A-2b',
    language: 'sv-SE',
    displayTitle: true,
    pageSize: 'A4',
    pageMargins: [56, 64, 56, layout.bottomMargin ?? 56],
    info: {
      title: xmpSafe(meta.title),
      author: xmpSafe(meta.author),
      subject: xmpSafe(meta.subject),
      keywords: meta.keywords ? xmpSafe(meta.keywords) : undefined,
      creator: 'Kansli',
      producer: 'Kansli (pdfmake)',
      creationDate: meta.creationDate,
    },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
    styles: STYLES,
    header: layout.header,
    footer: layout.footer,
    content: layout.content,
  }
  // Set right before createPdf, which reads them synchronously.
  pdfmake.setFonts(structuredClone(FONTS))
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(onlyFontFiles)
  return pdfmake.createPdf(definition).getBuffer()
}

/** A running page header: issuer on the left, document and page on the right. */
export function pageHeader(
  left: string,
  right: string,
): NonNullable<TDocumentDefinitions['header']> {
  return (currentPage: number, pageCount: number) => ({
    margin: [56, 28, 56, 0],
    columns: [
      { text: left, style: 'issuer' },
      { text: `${right}   Sida ${currentPage} (${pageCount})`, style: 'small', alignment: 'right' },
    ],
  })
}
