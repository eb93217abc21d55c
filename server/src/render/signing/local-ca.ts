import * as pkijs from 'pkijs'
import { toPem } from './pem.js'
import {
  cryptoEngine,
  generateKeyPair,
  importSigningKey,
  parseCertificate,
  type KeyAlgorithm,
} from './web-crypto.js'
import {
  EKU,
  KEY_USAGE,
  authorityKeyIdentifier,
  basicConstraints,
  certificateTime,
  distinguishedName,
  extKeyUsage,
  keyIdentifier,
  keyUsage,
  nameAttribute,
  nameAttributes,
  nameOf,
  randomSerial,
  subjectKeyIdentifier,
} from './x509.js'

/**
 * The municipality's own certificate authority for the embedded mode, as storable text. The
 * private key is unencrypted PKCS#8: whoever stores it must protect it (file mode, secret store).
 */
export interface CertificateAuthority {
  readonly certificatePem: string
  readonly privateKeyPem: string
}

/** A person's signing key and certificate, plus the issuer chain embedded in each signature. */
export interface SigningCredential {
  readonly certificatePem: string
  readonly privateKeyPem: string
  /** Issuer certificates, nearest first (here: the local CA). */
  readonly chainPem: readonly string[]
}

const DAY_MS = 86_400_000

function validity(cert: pkijs.Certificate, now: Date, years: number): void {
  // A few minutes back, so a verifier whose clock is slightly behind still accepts it.
  cert.notBefore = certificateTime(new Date(now.getTime() - 5 * 60_000))
  cert.notAfter = certificateTime(new Date(now.getTime() + Math.round(years * 365.25) * DAY_MS))
}

async function exportKey(key: CryptoKey): Promise<string> {
  return toPem('PRIVATE KEY', await globalThis.crypto.subtle.exportKey('pkcs8', key))
}

function certificatePem(cert: pkijs.Certificate): string {
  return toPem('CERTIFICATE', cert.toSchema().toBER(false))
}

/**
 * Creates a self-signed root CA, e.g. CN "Exempelkommun lokal CA", O "Exempelkommun", C SE.
 * Used when no BankID/Freja signing service is configured (LEGAL-RULES 36): signatures are then
 * verifiable against this root, which the municipality publishes.
 */
export async function createLocalCa(input: {
  municipality: string
  commonName?: string
  now: Date
  validYears?: number
  algorithm?: KeyAlgorithm
}): Promise<CertificateAuthority> {
  const keys = await generateKeyPair(input.algorithm ?? 'ECDSA-P256')
  const name = distinguishedName({
    country: 'SE',
    organization: input.municipality,
    commonName: input.commonName ?? `${input.municipality} lokal CA`,
  })
  const cert = new pkijs.Certificate({ version: 2, serialNumber: randomSerial() })
  cert.subject = name
  cert.issuer = name
  validity(cert, input.now, input.validYears ?? 20)
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey, cryptoEngine)
  const keyId = await keyIdentifier(cert.subjectPublicKeyInfo)
  cert.extensions = [
    basicConstraints(true),
    keyUsage([KEY_USAGE.keyCertSign, KEY_USAGE.cRLSign]),
    subjectKeyIdentifier(keyId),
  ]
  await cert.sign(keys.privateKey, 'SHA-256', cryptoEngine)
  return { certificatePem: certificatePem(cert), privateKeyPem: await exportKey(keys.privateKey) }
}

/**
 * Issues a signing certificate for one person: CN = full name (UTF-8, so "Johanna Granström"
 * survives), O and C copied from the CA, keyUsage digitalSignature + nonRepudiation. No
 * personnummer goes into the certificate, so signed minutes can be published as they are
 * (LEGAL-RULES 36 names the personnummer-in-metadata trap of e-ID signatures).
 */
export async function issueSigningCertificate(
  ca: CertificateAuthority,
  input: { fullName: string; now: Date; validYears?: number; algorithm?: KeyAlgorithm },
): Promise<SigningCredential> {
  const caCert = parseCertificate(ca.certificatePem)
  const caKey = await importSigningKey(ca.privateKeyPem, caCert)
  const keys = await generateKeyPair(input.algorithm ?? 'ECDSA-P256')
  // The CA's own C and O, as it encoded them, so the subject names the same municipality.
  const subject = nameOf([
    ...nameAttributes(caCert.subject, 'country'),
    ...nameAttributes(caCert.subject, 'organization'),
    nameAttribute('commonName', input.fullName),
  ])
  const cert = new pkijs.Certificate({ version: 2, serialNumber: randomSerial() })
  cert.subject = subject
  cert.issuer = caCert.subject // the parsed name, re-emitted exactly as the CA encoded it
  validity(cert, input.now, input.validYears ?? 3)
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey, cryptoEngine)
  cert.extensions = [
    basicConstraints(false),
    keyUsage([KEY_USAGE.digitalSignature, KEY_USAGE.nonRepudiation]),
    extKeyUsage([EKU.emailProtection, EKU.documentSigning]),
    subjectKeyIdentifier(await keyIdentifier(cert.subjectPublicKeyInfo)),
    authorityKeyIdentifier(await keyIdentifier(caCert.subjectPublicKeyInfo)),
  ]
  await cert.sign(caKey, 'SHA-256', cryptoEngine)
  return {
    certificatePem: certificatePem(cert),
    privateKeyPem: await exportKey(keys.privateKey),
    chainPem: [ca.certificatePem],
  }
}
