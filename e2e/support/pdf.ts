/**
 * A small, valid one-page PDF whose text layer holds `text` (Helvetica, WinAnsiEncoding, so
 * å, ä, ö survive), written by hand with a correct cross-reference table.
 */
export function pdfWithText(lines: string[]): Buffer {
  const esc = (s: string) =>
    [...s]
      .map((ch) => {
        const code = ch.codePointAt(0) ?? 63
        if (ch === '(' || ch === ')' || ch === '\\') return `\\${ch}`
        if (code < 128) return ch
        if (code <= 255) return `\\${code.toString(8).padStart(3, '0')}`
        return '?'
      })
      .join('')
  const content = [
    'BT',
    '/F1 14 Tf',
    '72 770 Td',
    '18 TL',
    ...lines.map((l, i) => `${i === 0 ? '' : 'T* '}(${esc(l)}) Tj`),
    'ET',
  ].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ]
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xrefAt = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
