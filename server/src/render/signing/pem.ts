/** PEM labels used for stored signing material. */
export type PemLabel = 'CERTIFICATE' | 'PRIVATE KEY'

/** DER bytes as PEM text (RFC 7468), the form in which certificates and keys are stored. */
export function toPem(label: PemLabel, der: ArrayBuffer | Uint8Array): string {
  const base64 = Buffer.from(der instanceof Uint8Array ? der : new Uint8Array(der)).toString(
    'base64',
  )
  const lines = base64.match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

/** The DER bytes of the first PEM block with this label; throws if there is none. */
export function fromPem(label: PemLabel, pem: string): Uint8Array {
  const match = new RegExp(`-----BEGIN ${label}-----([^-]+)-----END ${label}-----`).exec(pem)
  if (!match?.[1]) throw new Error(`No PEM block "${label}" found`)
  return new Uint8Array(Buffer.from(match[1].replace(/\s+/g, ''), 'base64'))
}

/**
 * An exact-size ArrayBuffer copy, as WebCrypto and asn1js want. Not `bytes.slice().buffer`: on
 * a Buffer, slice() is a view, and a small Buffer's `.buffer` is Node's shared 8 KB pool.
 */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return new Uint8Array(bytes).buffer
}
