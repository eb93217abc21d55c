import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectMediaType, extractFileText } from './text-extract.js'
import { minimalPdf } from '../../test/support/minimal-pdf.js'

describe('text extraction for search', () => {
  it('reads the text of a real PDF (the PDF itself checked with qpdf)', async () => {
    const pdf = minimalPdf(['Yttrande över detaljplan', 'Snöskoterleden vid Bergön'])
    const dir = mkdtempSync(join(tmpdir(), 'kansli-pdf-'))
    writeFileSync(join(dir, 'a.pdf'), pdf)
    // Fails (ENOENT) when qpdf is missing: .ci/run installs it; `apt-get install qpdf` here.
    expect(execFileSync('qpdf', ['--check', join(dir, 'a.pdf')], { encoding: 'utf8' })).toMatch(
      /No syntax or stream encoding errors/,
    )
    const r = await extractFileText('yttrande.pdf', pdf)
    expect(r.mediaType).toBe('application/pdf')
    expect(r.text).toContain('Snöskoterleden vid Bergön')
  })

  it('reads an e-mail with an RFC 2047 subject and sender in ISO-8859-1', async () => {
    const eml = [
      'From: =?ISO-8859-1?Q?L=E4nsstyrelsen_Norrbotten?= <norrbotten@lansstyrelsen.se>',
      'To: kommun@kalix.se',
      'Subject: =?ISO-8859-1?Q?Beslut_om_revidering_av_kommuntal_f=F6r_l=E4net?=',
      'Date: Tue, 2 Dec 2025 09:14:00 +0100',
      'Content-Type: text/plain; charset=ISO-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'H=E4r kommer beslutet om kommuntal f=F6r =E5r 2026.',
      '',
    ].join('\r\n')
    const r = await extractFileText('beslut.eml', Buffer.from(eml, 'latin1'))
    expect(r.mediaType).toBe('message/rfc822')
    expect(r.text).toContain('Beslut om revidering av kommuntal för länet')
    expect(r.text).toContain('Länsstyrelsen Norrbotten')
    expect(r.text).toContain('kommuntal för år 2026')
  })

  it('gives no text, not an error, for a damaged PDF or an unknown format', async () => {
    expect(await extractFileText('trasig.pdf', Buffer.from('%PDF-1.4 trasig'))).toEqual({
      mediaType: 'application/pdf',
      text: null,
    })
    expect(await extractFileText('bild.bin', Buffer.from([0, 1, 2]))).toEqual({
      mediaType: 'application/octet-stream',
      text: null,
    })
  })

  it('trusts the bytes over the declared type for PDFs', () => {
    expect(detectMediaType('x.txt', Buffer.from('%PDF-1.7'))).toBe('application/pdf')
    expect(detectMediaType('x.doc', Buffer.from('hej'), 'application/pdf')).toBe(
      'application/octet-stream',
    )
  })
})
