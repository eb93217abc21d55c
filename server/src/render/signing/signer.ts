/** Who signs, as shown in the signature dictionary (/Name, /Reason, /Location). */
export interface SignerIdentity {
  /** The signer's full name, e.g. "Malin Åberg". */
  readonly name: string
  /** Why the document is signed, e.g. "Justering av protokoll 2026-11-20". */
  readonly reason: string
  /** Where it was signed, e.g. "Exempelkommun". */
  readonly location?: string
}

/**
 * One signing step for a PDF: returns the PDF with one more signature appended as an incremental
 * update, so that every earlier signature stays valid (the chair signs first, then each attester:
 * KL 5 kap. 69 §, LEGAL-RULES 26).
 *
 * The step is pluggable on purpose. The embedded mode signs with keys from the municipality's
 * local CA (`PkijsPdfSigner`); production should use advanced e-signatures through a signing
 * service with BankID or Freja (LEGAL-RULES 36, DIGG's e-underskrift guidance). Such a service
 * implements this same interface, so the justering workflow does not change.
 */
export interface PdfSigner {
  sign(pdf: Uint8Array, signer: SignerIdentity): Promise<Uint8Array>
}
