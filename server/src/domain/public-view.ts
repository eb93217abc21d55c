/**
 * What the public may see of a registration (OSL 5 kap. 2 § andra stycket): protected
 * fields are replaced, never just hidden, so that the register itself can be handed out.
 * The public e-diarium, public search and register extracts all use these functions.
 */
export const PROTECTED_PLACEHOLDER = 'Sekretess'

export interface MaskableDocument {
  counterpart_name: string | null
  description: string
  confidential: boolean
  confidentiality_ground: string | null
  protect_counterpart: boolean
  protect_description: boolean
}

export function publicCounterpart(d: MaskableDocument): string | null {
  if (d.counterpart_name === null) return null
  return d.protect_counterpart ? placeholder(d) : d.counterpart_name
}

export function publicDescription(d: MaskableDocument): string {
  return d.protect_description ? placeholder(d) : d.description
}

export function publicCaseTitle(c: { title: string; title_protected: boolean }): string {
  return c.title_protected ? PROTECTED_PLACEHOLDER : c.title
}

/** File contents of a confidential document never reach the public. */
export function publicMayReadFiles(d: { confidential: boolean }): boolean {
  return !d.confidential
}

function placeholder(d: MaskableDocument): string {
  return d.confidentiality_ground
    ? `${PROTECTED_PLACEHOLDER} enligt ${d.confidentiality_ground}`
    : PROTECTED_PLACEHOLDER
}
