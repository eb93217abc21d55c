import { createLocalCa, issueSigningCertificate } from '../../render/signing/local-ca.js'
import { fromPem } from '../../render/signing/pem.js'
import { PkijsPdfSigner } from '../../render/signing/pkijs-signer.js'
import type { PdfSigner } from '../../render/signing/signer.js'
import { parseCertificate } from '../../render/signing/web-crypto.js'
import {
  findAuthority,
  findCredential,
  insertAuthority,
  saveCredential,
} from '../../repositories/signing.repository.js'
import type { KeyVault } from '../../storage/key-vault.js'
import { sha256Hex } from '../../storage/file-store.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'

/** The person who signs, as the signing step needs them. */
export interface SignerPerson {
  municipalityId: string
  municipalityName: string
  userId: string
  /** The name in the certificate and the signature: the elected person's name, "Malin Åberg". */
  fullName: string
}

/**
 * Where signatures come from. The embedded mode signs with certificates from the municipality's
 * own CA (`LocalCaSigning`); a BankID or Freja e-signature service implements the same interface
 * and returns a `PdfSigner` that talks to it, so attestation does not change (LEGAL-RULES 36).
 */
export interface SigningProvider {
  signerFor(
    deps: Deps,
    ctx: Ctx,
    actor: Actor,
    who: SignerPerson,
  ): Promise<{ signer: PdfSigner; certificateFingerprint: string }>
}

const fingerprint = (pem: string) => sha256Hex(fromPem('CERTIFICATE', pem))

/**
 * The embedded mode: the municipality's local CA, created on first need, issues each signer's
 * certificate on their first signature. Private keys are stored sealed by the KeyVault (the
 * database holds only ciphertext bound to its row; the vault key is a 0600 file outside it).
 */
export class LocalCaSigning implements SigningProvider {
  constructor(
    private readonly vault: KeyVault,
    private readonly options: { contactInfo?: string } = {},
  ) {}

  /** The CA, created once (`signing.createAuthority`); a concurrent creation keeps the first. */
  private async authority(deps: Deps, ctx: Ctx, actor: Actor, who: SignerPerson) {
    const context = `ca:${who.municipalityId}`
    let row = await findAuthority(deps.db, who.municipalityId)
    if (!row) {
      const ca = await createLocalCa({ municipality: who.municipalityName, now: ctx.now() })
      const sealed = await this.vault.seal(ca.privateKeyPem, context)
      row = await runCommand(deps, ctx, actor, 'signing.createAuthority', async (trx, at) => {
        const saved = await insertAuthority(trx, {
          municipality_id: who.municipalityId,
          certificate_pem: ca.certificatePem,
          sealed_private_key: sealed,
          created_at: at,
        })
        return {
          result: saved,
          audit: {
            entityType: 'municipality',
            entityId: who.municipalityId,
            data: { fingerprint: fingerprint(saved.certificate_pem) },
          },
        }
      })
    }
    return {
      row,
      ca: {
        certificatePem: row.certificate_pem,
        privateKeyPem: await this.vault.open(row.sealed_private_key, context),
      },
    }
  }

  async signerFor(deps: Deps, ctx: Ctx, actor: Actor, who: SignerPerson) {
    const now = ctx.now()
    const name = who.fullName.normalize('NFC')
    const context = `signer:${who.userId}:${name}`
    let row = await findCredential(deps.db, who.userId, name)
    if (!row || new Date(row.not_after).getTime() <= now.getTime() + 86_400_000) {
      const { ca } = await this.authority(deps, ctx, actor, who)
      const issued = await issueSigningCertificate(ca, { fullName: name, now })
      const cert = parseCertificate(issued.certificatePem)
      const sealed = await this.vault.seal(issued.privateKeyPem, context)
      row = await runCommand(deps, ctx, actor, 'signing.issueCertificate', async (trx, at) => {
        const saved = await saveCredential(trx, {
          municipality_id: who.municipalityId,
          user_id: who.userId,
          common_name: name,
          certificate_pem: issued.certificatePem,
          sealed_private_key: sealed,
          fingerprint: fingerprint(issued.certificatePem),
          not_after: cert.notAfter.value,
          issued_at: at,
        })
        return {
          result: saved,
          audit: {
            entityType: 'user',
            entityId: who.userId,
            data: { fingerprint: saved.fingerprint, notAfter: saved.not_after },
          },
        }
      })
    }
    const authority = await findAuthority(deps.db, who.municipalityId)
    const signer = await PkijsPdfSigner.fromCredential(
      {
        certificatePem: row.certificate_pem,
        privateKeyPem: await this.vault.open(row.sealed_private_key, context),
        chainPem: authority ? [authority.certificate_pem] : [],
      },
      {
        clock: () => now,
        ...(this.options.contactInfo ? { contactInfo: this.options.contactInfo } : {}),
      },
    )
    return { signer, certificateFingerprint: row.fingerprint }
  }
}
