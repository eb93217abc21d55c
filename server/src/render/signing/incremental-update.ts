import { PDFArray, type PDFContext } from 'pdf-lib'

/** The serialized bytes of every indirect object, keyed by "n g R", to diff against later. */
export type ObjectSnapshot = Map<string, Buffer>

function serialize(object: {
  sizeInBytes(): number
  copyBytesInto(b: Uint8Array, o: number): number
}): Buffer {
  const bytes = Buffer.alloc(object.sizeInBytes())
  object.copyBytesInto(bytes, 0)
  return bytes
}

/** Records the objects as loaded, before any change. */
export function snapshotObjects(context: PDFContext): ObjectSnapshot {
  const snapshot: ObjectSnapshot = new Map()
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    snapshot.set(ref.tag, serialize(object))
  }
  return snapshot
}

/** Offset of the last cross-reference section: the number after the last `startxref`. */
function lastStartXref(pdf: Buffer): number {
  const at = pdf.lastIndexOf('startxref')
  const match = /^startxref\s+(\d+)/.exec(pdf.subarray(at, at + 40).toString('latin1'))
  if (at < 0 || !match?.[1]) throw new Error('PDF has no startxref')
  return Number(match[1])
}

/** /Size of the trailer (classic table) or cross-reference stream found at this offset. */
function trailerSize(pdf: Buffer, xrefOffset: number): number {
  const classic = pdf.subarray(xrefOffset, xrefOffset + 4).toString('latin1') === 'xref'
  const start = classic ? pdf.indexOf('trailer', xrefOffset) : xrefOffset
  const match = /\/Size\s+(\d+)/.exec(pdf.subarray(start, start + 4096).toString('latin1'))
  if (start < 0 || !match?.[1]) throw new Error('PDF trailer has no /Size')
  return Number(match[1])
}

/**
 * Makes objects added from now on take numbers above every number the file has used, including
 * cross-reference and object streams that pdf-lib does not register, so no update reuses one.
 */
export function reserveObjectNumbers(pdf: Buffer, context: PDFContext): void {
  const size = trailerSize(pdf, lastStartXref(pdf))
  context.largestObjectNumber = Math.max(context.largestObjectNumber, size - 1)
}

function xrefTable(entries: readonly { number: number; generation: number; offset: number }[]) {
  const lines: string[] = ['xref']
  let i = 0
  while (i < entries.length) {
    let j = i
    while (j + 1 < entries.length && entries[j + 1]!.number === entries[j]!.number + 1) j++
    lines.push(`${entries[i]!.number} ${j - i + 1}`)
    for (const entry of entries.slice(i, j + 1)) {
      const offset = String(entry.offset).padStart(10, '0')
      lines.push(`${offset} ${String(entry.generation).padStart(5, '0')} n `) // 20 bytes with \n
    }
    i = j + 1
  }
  return lines.join('\n') + '\n'
}

/**
 * Appends the objects that are new or changed since the snapshot as an incremental update
 * (ISO 32000-1 7.5.6): the original bytes stay untouched, so every earlier signature's byte
 * range still hashes to the same value. pdf-lib's own save() rewrites the whole file.
 */
export function appendIncrementalUpdate(
  original: Buffer,
  context: PDFContext,
  before: ObjectSnapshot,
): Buffer {
  const parts: Buffer[] = [original, Buffer.from('\n')]
  let offset = original.length + 1
  const entries: { number: number; generation: number; offset: number }[] = []
  const objects = context
    .enumerateIndirectObjects()
    .sort(([a], [b]) => a.objectNumber - b.objectNumber)
  for (const [ref, object] of objects) {
    const bytes = serialize(object)
    const previous = before.get(ref.tag)
    if (previous && previous.equals(bytes)) continue
    entries.push({ number: ref.objectNumber, generation: ref.generationNumber, offset })
    const framed = Buffer.concat([
      Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`),
      bytes,
      Buffer.from('\nendobj\n'),
    ])
    parts.push(framed)
    offset += framed.length
  }
  const { Root, Info, ID } = context.trailerInfo
  if (!Root) throw new Error('PDF has no document catalog')
  // The first ID stays (it names the document); the second changes with each update.
  const newId = `<${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('hex')}>`
  const ids = ID ? context.lookup(ID) : undefined
  const firstId = ids instanceof PDFArray && ids.size() > 0 ? String(ids.get(0)) : newId
  const trailer = [
    'trailer',
    '<<',
    `/Size ${context.largestObjectNumber + 1}`,
    `/Root ${String(Root)}`,
    ...(Info ? [`/Info ${String(Info)}`] : []),
    `/ID [${firstId} ${newId}]`,
    `/Prev ${lastStartXref(original)}`,
    '>>',
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n')
  parts.push(Buffer.from(xrefTable(entries) + trailer))
  return Buffer.concat(parts)
}
