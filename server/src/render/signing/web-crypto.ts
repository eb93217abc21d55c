import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { fromPem, toArrayBuffer } from './pem.js'

/** Key types the local CA can issue. RSA-2048 for old verifiers, ECDSA P-256 otherwise. */
export type KeyAlgorithm = 'ECDSA-P256' | 'RSA-2048'

/**
 * pkijs bound to Node's WebCrypto, passed explicitly to every call so that no module-global
 * engine (pkijs' `setEngine`) is shared with other code.
 */
export const cryptoEngine = new pkijs.CryptoEngine({ name: 'webcrypto', crypto: globalThis.crypto })

const GENERATE: Record<KeyAlgorithm, EcKeyGenParams | RsaHashedKeyGenParams> = {
  'ECDSA-P256': { name: 'ECDSA', namedCurve: 'P-256' },
  'RSA-2048': {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
}

/** A fresh key pair whose private key can be exported once, to be stored as PKCS#8. */
export async function generateKeyPair(algorithm: KeyAlgorithm): Promise<CryptoKeyPair> {
  return globalThis.crypto.subtle.generateKey(GENERATE[algorithm], true, ['sign', 'verify'])
}

const EC_PUBLIC_KEY = '1.2.840.10045.2.1'
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1'
const CURVES: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
}

/**
 * Imports a stored PKCS#8 private key for signing, non-extractable. PKCS#8 alone does not say
 * which WebCrypto algorithm to use, so it is read from the certificate the key belongs to.
 */
export async function importSigningKey(
  privateKeyPem: string,
  certificate: pkijs.Certificate,
): Promise<CryptoKey> {
  const { algorithmId, algorithmParams } = certificate.subjectPublicKeyInfo.algorithm
  let params: EcKeyImportParams | RsaHashedImportParams
  if (algorithmId === EC_PUBLIC_KEY && algorithmParams instanceof asn1js.ObjectIdentifier) {
    const namedCurve = CURVES[algorithmParams.valueBlock.toString()]
    if (!namedCurve) throw new Error('Unsupported elliptic curve in signing certificate')
    params = { name: 'ECDSA', namedCurve }
  } else if (algorithmId === RSA_ENCRYPTION) {
    params = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
  } else {
    throw new Error(`Unsupported key algorithm ${algorithmId} in signing certificate`)
  }
  const der = toArrayBuffer(fromPem('PRIVATE KEY', privateKeyPem))
  return globalThis.crypto.subtle.importKey('pkcs8', der, params, false, ['sign'])
}

/** SHA-256 of some bytes. */
export async function sha256(data: Uint8Array | ArrayBuffer): Promise<ArrayBuffer> {
  return globalThis.crypto.subtle.digest(
    'SHA-256',
    data instanceof Uint8Array ? toArrayBuffer(data) : data,
  )
}

/** Parses a PEM certificate. */
export function parseCertificate(pem: string): pkijs.Certificate {
  return pkijs.Certificate.fromBER(toArrayBuffer(fromPem('CERTIFICATE', pem)))
}
