import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib'
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib'
import {
  appendIncrementalUpdate,
  reserveObjectNumbers,
  snapshotObjects,
} from './incremental-update.js'

/** What the signature dictionary says about the signer. */
export interface SignatureFieldInfo {
  readonly name: string
  readonly reason: string
  readonly location: string
  readonly contactInfo: string
  /** The claimed signing time, written as /M (PAdES keeps it out of the CMS). */
  readonly signingTime: Date
  /** Hex digits reserved for the CMS; 16384 leaves room for a chain and a timestamp later. */
  readonly signatureLength?: number
}

/**
 * A PDF text string as pdf-lib's PDFString wants it: already escaped. UTF-16BE with a BOM
 * (ISO 32000-1 7.9.2.2) so any name survives, not only PDFDocEncoding's Latin-1 subset;
 * `(`, `)`, `\` and line-end bytes are escaped because pdf-lib writes the value verbatim.
 */
export function pdfTextString(text: string): string {
  const normalized = text.normalize('NFC')
  let bytes = '\u00fe\u00ff'
  for (let i = 0; i < normalized.length; i++) {
    const unit = normalized.charCodeAt(i) // a UTF-16 code unit, so surrogate pairs pass as is
    bytes += String.fromCharCode(unit >> 8, unit & 0xff)
  }
  return bytes.replace(/[()\\\r\n]/g, (c) => (c === '\r' ? '\\r' : c === '\n' ? '\\n' : `\\${c}`))
}

// @signpdf names every field "Signature1"; fields with one name are one field in PDF, so each
// further signature gets the next free name.
function nameNewestField(doc: PDFDocument): void {
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict)
  const fields = acroForm.lookup(PDFName.of('Fields'), PDFArray)
  const names = new Set<string>()
  for (let i = 0; i < fields.size() - 1; i++) {
    const title = doc.context.lookup(fields.get(i), PDFDict).lookup(PDFName.of('T'))
    if (title instanceof PDFString) names.add(title.decodeText())
  }
  let n = 1
  while (names.has(`Signature${n}`)) n++
  const widget = doc.context.lookup(fields.get(fields.size() - 1), PDFDict)
  widget.set(PDFName.of('T'), PDFString.of(`Signature${n}`))
}

/**
 * Appends an empty, invisible ETSI.CAdES.detached signature field to the PDF as an incremental
 * update, ready for @signpdf to fill. The PDF is loaded with updateMetadata false so pdf-lib
 * leaves the Info dictionary and the PDF/A XMP packet alone.
 */
export async function appendSignatureField(
  pdf: Uint8Array,
  info: SignatureFieldInfo,
): Promise<Buffer> {
  const original = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const before = snapshotObjects(doc.context)
  reserveObjectNumbers(original, doc.context)
  pdflibAddPlaceholder({
    pdfDoc: doc,
    name: pdfTextString(info.name),
    reason: pdfTextString(info.reason),
    location: pdfTextString(info.location),
    contactInfo: pdfTextString(info.contactInfo),
    signingTime: info.signingTime,
    signatureLength: info.signatureLength ?? 16384,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Kansli',
  })
  nameNewestField(doc)
  return appendIncrementalUpdate(original, doc.context, before)
}
