import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve, sep } from 'node:path'
import pdfmake from 'pdfmake'
import * as pkijs from 'pkijs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createLocalCa,
  issueSigningCertificate,
  type CertificateAuthority,
} from '../src/render/signing/local-ca.js'
import { PkijsPdfSigner } from '../src/render/signing/pkijs-signer.js'

// Justering with e-signatures (LEGAL-RULES 26 and 36): the chair signs, then the two attesters,
// each as an incremental update. The verdicts come from independent verifiers (poppler's pdfsig
// on NSS, OpenSSL, qpdf), not from our own code.

const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
)
const SIGNERS = [
  { name: 'Susanne Andersson', reason: 'Ordförande', algorithm: 'ECDSA-P256' },
  { name: 'Malin Åberg', reason: 'Justerare', algorithm: 'RSA-2048' },
  { name: 'Örjan Ädelström', reason: 'Justerare', algorithm: 'ECDSA-P256' },
] as const

/** Runs a tool that the test depends on; a missing tool fails the test with the apt package. */
function run(tool: string, args: string[], aptPackage: string): { status: number; out: string } {
  const result = spawnSync(tool, args, { encoding: 'utf8' })
  if (result.error) {
    throw new Error(
      `${tool} is required (apt-get install -y ${aptPackage}): ${result.error.message}`,
    )
  }
  return { status: result.status ?? -1, out: `${result.stdout}${result.stderr}` }
}

async function renderMinutes(): Promise<Buffer> {
  pdfmake.setFonts({
    Roboto: {
      normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path: string) => resolve(path).startsWith(FONT_DIR + sep))
  return pdfmake
    .createPdf({
      version: '1.7',
      subset: 'PDF/A-2b',
      language: 'sv-SE', // pdfmake passes it to pdfkit as /Lang
      info: { title: 'Protokoll barn- och utbildningsnämnden', author: 'Exempelkommun' },
      content: [
        { text: 'Protokoll – Barn- och utbildningsnämnden', fontSize: 16, bold: true },
        'Sammanträdesdatum 2026-11-20. Plats: Kommunhuset, sal Älven.',
        '§ 117 Förskolans läroplan – nämnden beslutar att godkänna förslaget.',
        'Justerare: Malin Åberg och Örjan Ädelström. Ordförande: Susanne Andersson.',
      ],
    })
    .getBuffer()
}

/** pdfsig's report split per signature ("Signature #1:" …). */
function pdfsigBlocks(path: string): string[] {
  const { out } = run('pdfsig', [path], 'poppler-utils')
  return out.split(/^Signature #\d+:$/m).slice(1)
}

/** The DER CMS and the signed bytes of the n-th /ByteRange in the file. */
function signatureParts(pdf: Buffer, index: number): { cms: Buffer; content: Buffer } {
  const ranges = [...pdf.toString('latin1').matchAll(/\/ByteRange \[(\d+) (\d+) (\d+) (\d+)/g)]
  const [a, b, c, d] = (ranges[index] ?? []).slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ]
  const hex = pdf.subarray(a + b + 1, c - 1).toString('latin1')
  return {
    cms: Buffer.from(hex, 'hex'),
    content: Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]),
  }
}

describe('PAdES signing of minutes', () => {
  let dir: string
  let ca: CertificateAuthority
  let unsigned: Buffer
  let signed: Buffer

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kansli-signing-'))
    ca = await createLocalCa({ municipality: 'Exempelkommun', now: new Date() })
    writeFileSync(join(dir, 'ca.pem'), ca.certificatePem)
    unsigned = await renderMinutes()
    let pdf: Uint8Array = unsigned
    for (const { name, reason, algorithm } of SIGNERS) {
      const credential = await issueSigningCertificate(ca, {
        fullName: name,
        now: new Date(),
        algorithm,
      })
      const signer = await PkijsPdfSigner.fromCredential(credential)
      pdf = await signer.sign(pdf, {
        name,
        reason: `${reason}: justering av protokoll 2026-11-20 (§§ 110–117)`,
        location: 'Exempelkommun',
      })
    }
    signed = Buffer.from(pdf)
    writeFileSync(join(dir, 'signed.pdf'), signed)
  })

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('keeps every signature valid through three incremental signatures (pdfsig)', () => {
    const blocks = pdfsigBlocks(join(dir, 'signed.pdf'))
    expect(blocks).toHaveLength(3)
    SIGNERS.forEach(({ name }, i) => {
      const block = blocks[i] ?? ''
      expect(block).toContain(`Signer Certificate Common Name: ${name}`)
      expect(block).toContain(`CN=${name},O=Exempelkommun,C=SE`)
      expect(block).toContain('Signature Type: ETSI.CAdES.detached')
      expect(block).toContain('Signature Validation: Signature is Valid.')
    })
    expect(blocks[2]).toContain('Total document signed')
  })

  it('appends each signature without touching earlier bytes or the PDF/A metadata', () => {
    expect(signed.subarray(0, unsigned.length).equals(unsigned)).toBe(true)
    writeFileSync(join(dir, 'unsigned.pdf'), unsigned)
    const before = run('pdfinfo', ['-meta', join(dir, 'unsigned.pdf')], 'poppler-utils').out
    const after = run('pdfinfo', ['-meta', join(dir, 'signed.pdf')], 'poppler-utils').out
    expect(before).toContain('<pdfaid:part>2</pdfaid:part>')
    expect(after).toBe(before)
  })

  it('passes qpdf --check', () => {
    const { status, out } = run('qpdf', ['--check', join(dir, 'signed.pdf')], 'qpdf')
    expect(out).toContain('No syntax or stream encoding errors found')
    expect(status).toBe(0)
  })

  it('verifies each CMS with OpenSSL against the local CA as an S/MIME signer', () => {
    SIGNERS.forEach((_, i) => {
      const { cms, content } = signatureParts(signed, i)
      writeFileSync(join(dir, `sig${i}.der`), cms)
      writeFileSync(join(dir, `content${i}.bin`), content)
      const { status, out } = run(
        'openssl',
        [
          ...['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, `sig${i}.der`)],
          ...['-content', join(dir, `content${i}.bin`), '-CAfile', join(dir, 'ca.pem')],
          ...['-purpose', 'smimesign', '-out', join(dir, `out${i}.bin`)],
        ],
        'openssl',
      )
      expect(out).toContain('Verification successful')
      expect(status).toBe(0)
    })
  })

  it('carries the PAdES B-B signed attributes, in DER order, and no CMS signing-time', () => {
    const { cms } = signatureParts(signed, 1)
    const signedData = new pkijs.SignedData({
      schema: pkijs.ContentInfo.fromBER(new Uint8Array(cms)).content,
    })
    const attributes = signedData.signerInfos[0]?.signedAttrs?.attributes ?? []
    expect(attributes.map((a) => a.type).sort()).toEqual([
      '1.2.840.113549.1.9.16.2.47', // signing-certificate-v2
      '1.2.840.113549.1.9.3', // content-type
      '1.2.840.113549.1.9.4', // message-digest
    ])
    const encoded = attributes.map((a) => Buffer.from(a.toSchema().toBER(false)))
    expect([...encoded].sort(Buffer.compare)).toEqual(encoded)
    expect(signedData.certificates).toHaveLength(2) // signer and local CA
  })

  it('reports a copy with one changed byte in the signed range as invalid', () => {
    const tampered = Buffer.from(signed)
    const at = tampered.indexOf('<pdfaid:part>2') + '<pdfaid:part>'.length
    expect(at).toBeGreaterThan(20)
    tampered[at] = '3'.charCodeAt(0) // inside the first revision, which every signature covers
    writeFileSync(join(dir, 'tampered.pdf'), tampered)
    const blocks = pdfsigBlocks(join(dir, 'tampered.pdf'))
    expect(blocks).toHaveLength(3)
    for (const block of blocks) {
      expect(block).not.toContain('Signature is Valid.')
      expect(block).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/)
    }
  })

  it('encodes the holder name as UTF8String in NFC and signs only as that holder', async () => {
    const decomposed = 'Johanna Granstro\u0308m'
    const credential = await issueSigningCertificate(ca, {
      fullName: decomposed,
      now: new Date(),
    })
    writeFileSync(join(dir, 'johanna.pem'), credential.certificatePem)
    const asn1 = execFileSync('openssl', ['asn1parse', '-in', join(dir, 'johanna.pem')], {
      encoding: 'utf8',
    })
    expect(asn1).toContain('UTF8STRING        :Johanna Granström')
    expect(asn1).toContain('PRINTABLESTRING   :SE')

    const signer = await PkijsPdfSigner.fromCredential(credential)
    expect(signer.holder).toBe('Johanna Granström')
    await expect(
      signer.sign(unsigned, { name: 'Malin Åberg', reason: 'Justerare' }),
    ).rejects.toThrow(/not the certificate holder/)
  })
})
