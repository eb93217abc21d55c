import { SignPdf, Signer } from '@signpdf/signpdf'
import type * as pkijs from 'pkijs'
import { createCadesDetached } from './cades.js'
import type { SigningCredential } from './local-ca.js'
import { appendSignatureField } from './signature-field.js'
import type { PdfSigner, SignerIdentity } from './signer.js'
import { importSigningKey, parseCertificate } from './web-crypto.js'
import { commonName } from './x509.js'

// @signpdf hands over the bytes of the byte range and embeds whatever CMS comes back.
class CadesDetachedSigner extends Signer {
  constructor(private readonly create: (content: Uint8Array) => Promise<Uint8Array>) {
    super()
  }

  override async sign(content: Buffer): Promise<Buffer> {
    return Buffer.from(await this.create(content))
  }
}

/** Options of the local signer; the clock is injectable so tests can fix the signing time. */
export interface PkijsPdfSignerOptions {
  readonly clock?: () => Date
  /** /ContactInfo, e.g. the registry's e-mail address. */
  readonly contactInfo?: string
}

/**
 * PAdES (ETSI.CAdES.detached, baseline B-B) signer for the embedded mode: one person's key from
 * the local CA, a CMS built with pkijs on WebCrypto, the field added by @signpdf's pdf-lib
 * placeholder as an incremental update. Not @signpdf/signer-p12: node-forge re-encodes names
 * and breaks signatures whose certificate names contain å/ä/ö (STACK-NOTES).
 */
export class PkijsPdfSigner implements PdfSigner {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly certificate: pkijs.Certificate,
    private readonly chain: readonly pkijs.Certificate[],
    private readonly options: PkijsPdfSignerOptions,
  ) {}

  /** A signer for the person a stored credential belongs to. */
  static async fromCredential(
    credential: SigningCredential,
    options: PkijsPdfSignerOptions = {},
  ): Promise<PkijsPdfSigner> {
    const certificate = parseCertificate(credential.certificatePem)
    const privateKey = await importSigningKey(credential.privateKeyPem, certificate)
    const chain = credential.chainPem.map(parseCertificate)
    return new PkijsPdfSigner(privateKey, certificate, chain, options)
  }

  /** The certificate holder's name; sign() refuses any other, so /Name cannot misstate it. */
  get holder(): string {
    return commonName(this.certificate)
  }

  async sign(pdf: Uint8Array, signer: SignerIdentity): Promise<Uint8Array> {
    if (signer.name.normalize('NFC') !== this.holder.normalize('NFC')) {
      throw new Error(`Signer "${signer.name}" is not the certificate holder "${this.holder}"`)
    }
    const prepared = await appendSignatureField(pdf, {
      name: this.holder,
      reason: signer.reason,
      location: signer.location ?? '',
      contactInfo: this.options.contactInfo ?? '',
      signingTime: (this.options.clock ?? (() => new Date()))(),
    })
    const cades = new CadesDetachedSigner((content) =>
      createCadesDetached({
        content,
        certificate: this.certificate,
        chain: this.chain,
        privateKey: this.privateKey,
      }),
    )
    return new Uint8Array(await new SignPdf().sign(prepared, cades))
  }
}
