import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { sha256 } from './web-crypto.js'

const OID = {
  country: '2.5.4.6',
  organization: '2.5.4.10',
  commonName: '2.5.4.3',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
} as const

/** Extended key usages for a person's signing certificate. */
export const EKU = {
  /** S/MIME signing: what NSS (pdfsig, Firefox) and OpenSSL check for CMS signers. */
  emailProtection: '1.3.6.1.5.5.7.3.4',
  /** RFC 9336 document signing. */
  documentSigning: '1.3.6.1.5.5.7.3.36',
} as const

/** RFC 5280 key usage bits. */
export const KEY_USAGE = {
  digitalSignature: 0,
  nonRepudiation: 1,
  keyCertSign: 5,
  cRLSign: 6,
} as const

/**
 * One name attribute. Text is UTF8String in NFC, so "Malin Åberg" has one encoding whatever the
 * input form (macOS and some IdPs deliver a decomposed å); C is a PrintableString.
 */
export function nameAttribute(
  type: 'country' | 'organization' | 'commonName',
  value: string,
): pkijs.AttributeTypeAndValue {
  const encoded =
    type === 'country'
      ? new asn1js.PrintableString({ value })
      : new asn1js.Utf8String({ value: value.normalize('NFC') })
  return new pkijs.AttributeTypeAndValue({ type: OID[type], value: encoded })
}

/**
 * A name with one attribute per RDN, in the given order (C, O, CN). pkijs would put every
 * attribute built from scratch into one multi-valued RDN ("C=SE+O=…+CN=…"), so the DER is built
 * here and parsed back; pkijs then re-emits exactly these bytes.
 */
export function nameOf(
  attributes: readonly pkijs.AttributeTypeAndValue[],
): pkijs.RelativeDistinguishedNames {
  const rdns = attributes.map((attribute) => new asn1js.Set({ value: [attribute.toSchema()] }))
  return pkijs.RelativeDistinguishedNames.fromBER(new asn1js.Sequence({ value: rdns }).toBER(false))
}

/** A distinguished name C, O, CN. */
export function distinguishedName(parts: {
  country: string
  organization: string
  commonName: string
}): pkijs.RelativeDistinguishedNames {
  return nameOf([
    nameAttribute('country', parts.country),
    nameAttribute('organization', parts.organization),
    nameAttribute('commonName', parts.commonName),
  ])
}

/** The attributes of a name with this type (e.g. C, O), kept as parsed to reuse in a subject. */
export function nameAttributes(
  name: pkijs.RelativeDistinguishedNames,
  type: 'country' | 'organization' | 'commonName',
): pkijs.AttributeTypeAndValue[] {
  return name.typesAndValues.filter((attribute) => attribute.type === OID[type])
}

/** The subject's common name as text, e.g. "Malin Åberg". */
export function commonName(certificate: pkijs.Certificate): string {
  const [cn] = nameAttributes(certificate.subject, 'commonName')
  if (!cn) throw new Error('Certificate has no common name')
  return cn.value.valueBlock.value
}

/** A positive random 128-bit serial number (RFC 5280 4.1.2.2: unique per CA, ≤ 20 octets). */
export function randomSerial(): asn1js.Integer {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16))
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40
  return new asn1js.Integer({ valueHex: bytes.buffer })
}

/** UTCTime until 2049 and GeneralizedTime from 2050, as RFC 5280 4.1.2.5 requires. */
export function certificateTime(date: Date): pkijs.Time {
  const type = date.getUTCFullYear() < 2050 ? 0 : 1
  return new pkijs.Time({ type, value: date })
}

/** The key identifier of a public key: RFC 7093 method 1 (SHA-256, leftmost 160 bits). */
export async function keyIdentifier(spki: pkijs.PublicKeyInfo): Promise<ArrayBuffer> {
  const digest = await sha256(spki.subjectPublicKey.valueBlock.valueHexView)
  return digest.slice(0, 20)
}

function extension(extnID: string, critical: boolean, value: asn1js.BaseBlock): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) })
}

/** basicConstraints, critical: CA or end entity. */
export function basicConstraints(ca: boolean): pkijs.Extension {
  return extension(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: ca }).toSchema())
}

/** keyUsage, critical, DER named-bit encoding (trailing zero bits dropped). */
export function keyUsage(bits: readonly number[]): pkijs.Extension {
  const last = Math.max(...bits)
  const bytes = new Uint8Array((last >> 3) + 1)
  for (const bit of bits) bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) | (0x80 >> (bit & 7))
  const value = new asn1js.BitString({ valueHex: bytes.buffer, unusedBits: 7 - (last & 7) })
  return extension(OID.keyUsage, true, value)
}

/** extKeyUsage, not critical. */
export function extKeyUsage(purposes: readonly string[]): pkijs.Extension {
  const value = new pkijs.ExtKeyUsage({ keyPurposes: [...purposes] }).toSchema()
  return extension(OID.extKeyUsage, false, value)
}

/** subjectKeyIdentifier, so verifiers can build the chain by key id. */
export function subjectKeyIdentifier(keyId: ArrayBuffer): pkijs.Extension {
  return extension(OID.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: keyId }))
}

/** authorityKeyIdentifier pointing at the issuing CA's key. */
export function authorityKeyIdentifier(keyId: ArrayBuffer): pkijs.Extension {
  const value = new pkijs.AuthorityKeyIdentifier({
    keyIdentifier: new asn1js.OctetString({ valueHex: keyId }),
  })
  return extension(OID.authorityKeyIdentifier, false, value.toSchema())
}
