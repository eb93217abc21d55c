/**
 * The guard's vocabulary: what it finds, the classes of data the AI guidelines distinguish
 * (Kalix riktlinjer för AI, punkt 5: personligt identifierbar information, känslig information
 * enligt GDPR art. 9, konfidentiell information), and what it answers.
 */
export type FindingType =
  | 'personnummer'
  | 'samordningsnummer'
  | 'name'
  | 'email'
  | 'phone'
  | 'address'
  | 'postcode'
  | 'bankAccount'
  | 'bankgiro'
  | 'plusgiro'
  | 'iban'
  | 'vehicle'
  | 'sensitive'
  | 'confidential'

/** `public` is implied for every service: a service approved for anything may receive public text. */
export type DataClass = 'public' | 'personal' | 'sensitive' | 'confidential'

export const DATA_CLASSES: readonly DataClass[] = [
  'public',
  'personal',
  'sensitive',
  'confidential',
]

export interface Finding {
  type: FindingType
  start: number
  end: number
  /** never logged */
  value: string
  reason: string
  /**
   * Set when the span only looks like its type: a personnummer-shaped number with a valid date
   * and a separator whose check digit is wrong (most likely mistyped), an IBAN or giro number
   * after its keyword whose check digits fail. Redacted all the same.
   */
  suspected?: boolean
}

export interface GuardInput {
  text: string
  /** what the registry knows: the text is (part of) a confidential registration, with its OSL ground */
  confidential?: { ground: string } | null
  /** classes the target AI service is approved for */
  allowedClasses: DataClass[]
  /**
   * Values the registry knows to be public and not personal (the municipality's own switchboard,
   * postal address, functional mailbox such as kommun@kalix.se): not flagged.
   */
  knownPublic?: string[]
}

export interface GuardResult {
  decision: 'BLOCK' | 'REDACT' | 'ALLOW'
  reasons: string[]
  findings: Finding[]
  classes: DataClass[]
  redacted: string
  /** placeholder → value, kept inside Kansli only */
  mapping: ReadonlyMap<string, string>
}

/** The class each finding type belongs to. */
export const CLASS_OF: Record<FindingType, DataClass> = {
  personnummer: 'personal',
  samordningsnummer: 'personal',
  name: 'personal',
  email: 'personal',
  phone: 'personal',
  address: 'personal',
  postcode: 'personal',
  bankAccount: 'personal',
  bankgiro: 'personal',
  plusgiro: 'personal',
  iban: 'personal',
  vehicle: 'personal',
  sensitive: 'sensitive',
  confidential: 'confidential',
}

/** Swedish names of the finding types, for reasons a user reads. */
export const TYPE_LABEL: Record<FindingType, string> = {
  personnummer: 'personnummer',
  samordningsnummer: 'samordningsnummer',
  name: 'namn',
  email: 'e-postadress',
  phone: 'telefonnummer',
  address: 'gatuadress',
  postcode: 'postnummer',
  bankAccount: 'bankkontonummer',
  bankgiro: 'bankgironummer',
  plusgiro: 'plusgironummer',
  iban: 'IBAN',
  vehicle: 'registreringsnummer',
  sensitive: 'känslig personuppgift',
  confidential: 'sekretessuppgift',
}

/** The placeholder stem per type: `[PERSON_1]`, `[PERSONNUMMER_1]`, `[E-POST_1]` … */
export const PLACEHOLDER_STEM: Record<FindingType, string> = {
  personnummer: 'PERSONNUMMER',
  samordningsnummer: 'SAMORDNINGSNUMMER',
  name: 'PERSON',
  email: 'E-POST',
  phone: 'TELEFON',
  address: 'ADRESS',
  postcode: 'POSTNUMMER',
  bankAccount: 'BANKKONTO',
  bankgiro: 'BANKGIRO',
  plusgiro: 'PLUSGIRO',
  iban: 'IBAN',
  vehicle: 'REGNUMMER',
  sensitive: 'KÄNSLIGT',
  confidential: 'SEKRETESS',
}
