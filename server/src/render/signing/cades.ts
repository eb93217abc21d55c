import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { cryptoEngine, sha256 } from './web-crypto.js'

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const

/** What a detached CAdES signature needs: the signed bytes and the signer's key material. */
export interface CadesInput {
  /** The bytes covered by the PDF's /ByteRange. */
  readonly content: Uint8Array
  readonly certificate: pkijs.Certificate
  /** Issuer certificates to embed so a verifier can build the chain. */
  readonly chain: readonly pkijs.Certificate[]
  readonly privateKey: CryptoKey
}

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signer's certificate to the signature, the
 * attribute that makes a CMS signature CAdES/PAdES baseline B-B. The hash algorithm is SHA-256,
 * the DEFAULT, so DER leaves it out.
 */
async function signingCertificateV2(certificate: pkijs.Certificate): Promise<pkijs.Attribute> {
  const certHash = await sha256(certificate.toSchema().toBER(false))
  const issuer = new pkijs.GeneralNames({
    names: [new pkijs.GeneralName({ type: 4, value: certificate.issuer })],
  })
  const issuerSerial = new asn1js.Sequence({
    value: [issuer.toSchema(), certificate.serialNumber],
  })
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: certHash }), issuerSerial],
  })
  const value = new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] })
  return new pkijs.Attribute({ type: OID.signingCertificateV2, values: [value] })
}

// DER sorts a SET OF by encoding; pkijs keeps insertion order. OpenSSL 3 and NSS hash the bytes
// as sent and accept either order (tried), but verifiers that hash a DER re-encoding of the
// signed attributes (BouncyCastle, so EU DSS) would see a different digest.
function derSorted(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((attribute) => ({
    attribute,
    der: Buffer.from(attribute.toSchema().toBER(false)),
  }))
  return encoded.sort((a, b) => Buffer.compare(a.der, b.der)).map((entry) => entry.attribute)
}

/**
 * A detached CMS SignedData for SubFilter ETSI.CAdES.detached (ETSI EN 319 142-1, PAdES
 * baseline B-B): signed attributes content-type, message-digest and signing-certificate-v2.
 * The claimed signing time is the signature dictionary's /M, because B-B forbids the CMS
 * signing-time attribute. Names are copied from the parsed certificates, never re-encoded, so
 * å/ä/ö in the issuer match byte for byte (the node-forge failure in STACK-NOTES).
 */
export async function createCadesDetached(input: CadesInput): Promise<Uint8Array> {
  const { certificate } = input
  const attributes = derSorted([
    new pkijs.Attribute({
      type: OID.contentType,
      values: [new asn1js.ObjectIdentifier({ value: OID.data })],
    }),
    new pkijs.Attribute({
      type: OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: await sha256(input.content) })],
    }),
    await signingCertificateV2(certificate),
  ])
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: certificate.issuer,
          serialNumber: certificate.serialNumber,
        }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: [certificate, ...input.chain],
  })
  await signedData.sign(input.privateKey, 0, 'SHA-256', undefined, cryptoEngine)
  const contentInfo = new pkijs.ContentInfo({
    contentType: OID.signedData,
    content: signedData.toSchema(true),
  })
  return new Uint8Array(contentInfo.toSchema().toBER(false))
}
