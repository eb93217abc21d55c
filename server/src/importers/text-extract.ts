import { simpleParser } from 'mailparser'
import { extractText, getDocumentProxy } from 'unpdf'

/** Text for the search index from an attached file. Unknown formats give no text, not an error. */
export interface Extracted {
  mediaType: string
  text: string | null
}

const MAX_TEXT = 2_000_000

export function detectMediaType(fileName: string, bytes: Uint8Array, declared?: string): string {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1')
  if (head.startsWith('%PDF-')) return 'application/pdf'
  const ext = fileName.toLowerCase().split('.').pop() ?? ''
  if (ext === 'eml') return 'message/rfc822'
  if (ext === 'txt' || ext === 'md' || ext === 'csv') return 'text/plain'
  if (
    declared &&
    /^[\w.+-]+\/[\w.+-]+$/.test(declared) &&
    declared !== 'application/octet-stream'
  ) {
    return declared === 'application/pdf' ? 'application/octet-stream' : declared
  }
  return 'application/octet-stream'
}

export async function extractFileText(
  fileName: string,
  bytes: Uint8Array,
  declared?: string,
): Promise<Extracted> {
  const mediaType = detectMediaType(fileName, bytes, declared)
  try {
    if (mediaType === 'application/pdf') {
      const pdf = await getDocumentProxy(new Uint8Array(bytes))
      const { text } = await extractText(pdf, { mergePages: true })
      return { mediaType, text: clip(text) }
    }
    if (mediaType === 'message/rfc822') {
      const mail = await simpleParser(Buffer.from(bytes))
      const parts = [
        mail.subject,
        mail.from?.text,
        Array.isArray(mail.to) ? mail.to.map((t) => t.text).join(', ') : mail.to?.text,
        mail.text,
        ...mail.attachments.map((a) => a.filename),
      ]
      return { mediaType, text: clip(parts.filter(Boolean).join('\n')) }
    }
    if (mediaType.startsWith('text/')) {
      return { mediaType, text: clip(new TextDecoder('utf-8').decode(bytes)) }
    }
  } catch {
    // A damaged or encrypted file is still registered; it is just not searchable by content.
    return { mediaType, text: null }
  }
  return { mediaType, text: null }
}

function clip(text: string): string {
  // PostgreSQL text cannot hold NUL; tsvector has a 1 MB limit.
  const clean = text.replaceAll(String.fromCharCode(0), ' ')
  return clean.length > MAX_TEXT ? clean.slice(0, MAX_TEXT) : clean
}
