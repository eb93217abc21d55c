import OrganisationsnummerModule from 'organisationsnummer'
import PersonnummerModule from 'personnummer'

// Both packages are CommonJS whose typings declare a default export that Node's ESM loader
// does not produce; take whichever shape is there.
type PnrClass = typeof PersonnummerModule.default
type OrgClass = typeof OrganisationsnummerModule.default
const Personnummer = ((PersonnummerModule as unknown as { default?: PnrClass }).default ??
  PersonnummerModule) as PnrClass
const Organisationsnummer = ((OrganisationsnummerModule as unknown as { default?: OrgClass })
  .default ?? OrganisationsnummerModule) as OrgClass

/**
 * Swedish identity numbers on a registration's sender or recipient. A person's number is
 * personnummer or samordningsnummer; an organisation's is organisationsnummer (a sole
 * trader's is their personnummer, which the organisationsnummer check also accepts).
 */
export type IdNumberResult = { ok: true; normalized: string } | { ok: false; message: string }

export function validatePersonalIdentityNumber(value: string): IdNumberResult {
  const v = value.trim()
  if (!/^[0-9+\-\s]{10,15}$/.test(v) || !Personnummer.valid(v)) {
    return {
      ok: false,
      message: 'Personnumret är inte giltigt (kontrollera datum och kontrollsiffra).',
    }
  }
  // 12 digits with a hyphen: YYYYMMDD-NNNN, the form registrars read.
  const long = Personnummer.parse(v).format(true)
  return { ok: true, normalized: `${long.slice(0, 8)}-${long.slice(8)}` }
}

export function validateOrganisationNumber(value: string): IdNumberResult {
  const v = value.trim()
  if (!/^[0-9\-\s]{10,13}$/.test(v) || !Organisationsnummer.valid(v)) {
    return {
      ok: false,
      message: 'Organisationsnumret är inte giltigt (kontrollera kontrollsiffran).',
    }
  }
  return { ok: true, normalized: Organisationsnummer.parse(v).format(true) }
}
