import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'

/**
 * Checks of generated PDFs with poppler and qpdf, the only checks of PDF files we have here
 * (no PDF/A-2b validator installs, STACK-NOTES). A missing tool fails the suite, never skips it.
 */
export function requirePdfTools(): void {
  const missing = ['qpdf', 'pdfinfo', 'pdffonts', 'pdftotext'].filter(
    (t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0,
  )
  if (missing.length) {
    throw new Error(`Missing ${missing.join(', ')}: apt-get install -y poppler-utils qpdf`)
  }
}

export const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })

/** A temporary directory for a test file's PDFs; `cleanup` removes it. */
export function pdfDir() {
  const dir = mkdtempSync(join(tmpdir(), 'kansli-pdf-'))
  return {
    save(name: string, bytes: Uint8Array): string {
      const path = join(dir, name)
      writeFileSync(path, bytes)
      return path
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  }
}

export function pdfInfo(path: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', path)
      .split('\n')
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  )
}

/** pdftotext -layout, whitespace collapsed, so wrapped lines read as one sentence. */
export const flatText = (path: string) =>
  run('pdftotext', '-layout', path, '-').replace(/\s+/g, ' ')

/** Asserts that the needles occur in this order, each after the previous one. */
export function expectInOrder(haystack: string, needles: readonly string[]): void {
  let at = 0
  for (const needle of needles) {
    const found = haystack.indexOf(needle, at)
    expect(found, `"${needle}" after position ${at}`).toBeGreaterThanOrEqual(0)
    at = found + needle.length
  }
}

/** What every generated PDF must satisfy: qpdf clean, PDF/A-2b markers, fonts embedded, sv-SE. */
export function expectArchivalPdf(path: string, title: string, author = /kommun$/): void {
  const check = run('qpdf', '--check', path)
  expect(check).toContain('No syntax or stream encoding errors')

  const meta = pdfInfo(path)
  expect(meta.Title).toBe(title)
  expect(meta.Author).toMatch(author)
  expect(meta.Subject).not.toBe('')
  expect(meta.Creator).toBe('Kansli')
  expect(meta['PDF version']).toBe('1.7')
  expect(meta.Encrypted).toBe('no')
  expect(meta.JavaScript).toBe('no')

  const fonts = run('pdffonts', path).trim().split('\n').slice(2)
  expect(fonts.length).toBeGreaterThan(0)
  for (const row of fonts) {
    // name type encoding emb sub uni object-id generation
    const [emb] = /\s(yes|no)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+\s*$/.exec(row)?.slice(1) ?? []
    expect(emb, row).toBe('yes')
  }

  const bytes = readFileSync(path).toString('latin1')
  // PDF/A identification in the XMP packet, the sRGB output intent, and the language.
  expect(bytes).toMatch(
    /<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/,
  )
  expect(bytes).toContain('/GTS_PDFA1')
  expect(bytes).toContain('/Lang (sv-SE)')
  expect(run('pdfinfo', '-meta', path)).toContain('<pdfaid:part>2</pdfaid:part>')
}
