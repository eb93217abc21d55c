import type { CounterpartKind, Direction } from '../db/schema.js'
import { assertNoFieldErrors, type FieldError } from './errors.js'
import { validateOrganisationNumber, validatePersonalIdentityNumber } from './identity-numbers.js'
import { isIsoDate } from './dates.js'

export const DIRECTIONS: readonly Direction[] = ['incoming', 'outgoing', 'drawnUp']

export interface RegistrationInput {
  direction: Direction
  documentDate: string
  counterpartName?: string | null
  counterpartKind?: CounterpartKind | null
  counterpartIdNumber?: string | null
  description: string
  confidentiality?: {
    ground: string
    protectCounterpart?: boolean
    protectDescription?: boolean
  } | null
}

export interface ValidRegistration {
  direction: Direction
  documentDate: string
  counterpartName: string | null
  counterpartKind: CounterpartKind | null
  counterpartIdNumber: string | null
  description: string
  confidential: boolean
  confidentialityGround: string | null
  protectCounterpart: boolean
  protectDescription: boolean
}

const OSL_GROUND = /^OSL\s*(\d{1,2})\s*(?:kap\.?\s*)?[:\s]\s*(\d{1,2}\s?[a-z]?)\s*§?$/iu

/** Normalizes 'OSL 26 kap. 1 §', 'osl 26:1' … to 'OSL 26:1'; null when it is not an OSL ground. */
export function normalizeSecrecyGround(value: string): string | null {
  const m = OSL_GROUND.exec(value.trim())
  return m ? `OSL ${m[1]}:${m[2]?.replace(/\s/g, '')}` : null
}

/**
 * The rules a registration must meet before it is stored. OSL 5 kap. 2 §: the register shows
 * (1) the date it came in or was drawn up, (2) the case number (drawn by Kansli), (3) where
 * applicable the sender or recipient, (4) in brief what it concerns.
 */
export function validateRegistration(input: RegistrationInput, today: string): ValidRegistration {
  const fields: FieldError[] = []
  if (!DIRECTIONS.includes(input.direction)) {
    fields.push({
      field: 'direction',
      message: 'Ange om handlingen är inkommande, utgående eller upprättad.',
    })
  }
  if (!input.documentDate || !isIsoDate(input.documentDate)) {
    fields.push({
      field: 'documentDate',
      message:
        input.direction === 'drawnUp'
          ? 'Ange datum då handlingen upprättades (ÅÅÅÅ-MM-DD).'
          : 'Ange datum då handlingen kom in (ÅÅÅÅ-MM-DD).',
    })
  } else if (input.documentDate > today) {
    fields.push({ field: 'documentDate', message: 'Datumet kan inte ligga i framtiden.' })
  }

  const counterpartName = input.counterpartName?.trim() || null
  if (!counterpartName && (input.direction === 'incoming' || input.direction === 'outgoing')) {
    fields.push({
      field: 'counterpartName',
      message:
        input.direction === 'incoming'
          ? 'Ange avsändare för en inkommande handling.'
          : 'Ange mottagare för en utgående handling.',
    })
  } else if (counterpartName && counterpartName.length > 300) {
    fields.push({ field: 'counterpartName', message: 'Namnet får vara högst 300 tecken.' })
  }

  const counterpartKind = counterpartName ? (input.counterpartKind ?? 'organisation') : null
  if (counterpartKind && counterpartKind !== 'person' && counterpartKind !== 'organisation') {
    fields.push({ field: 'counterpartKind', message: 'Ange person eller organisation.' })
  }

  let counterpartIdNumber: string | null = null
  const rawId = input.counterpartIdNumber?.trim()
  if (rawId) {
    const result =
      counterpartKind === 'person'
        ? validatePersonalIdentityNumber(rawId)
        : validateOrganisationNumber(rawId)
    if (result.ok) counterpartIdNumber = result.normalized
    else fields.push({ field: 'counterpartIdNumber', message: result.message })
  }

  const description = input.description?.trim() ?? ''
  if (!description) {
    fields.push({ field: 'description', message: 'Ange kort vad handlingen gäller.' })
  } else if (description.length > 1000) {
    fields.push({ field: 'description', message: 'Beskrivningen får vara högst 1000 tecken.' })
  }

  let confidentialityGround: string | null = null
  const c = input.confidentiality
  if (c) {
    confidentialityGround = normalizeSecrecyGround(c.ground ?? '')
    if (!confidentialityGround) {
      fields.push({
        field: 'confidentiality.ground',
        message:
          'Ange sekretessgrund som lagrum i offentlighets- och sekretesslagen, t.ex. OSL 26:1.',
      })
    }
  }

  assertNoFieldErrors(fields, 'Registreringen kunde inte sparas. Rätta de markerade uppgifterna.')
  return {
    direction: input.direction,
    documentDate: input.documentDate,
    counterpartName,
    counterpartKind,
    counterpartIdNumber,
    description,
    confidential: !!c,
    confidentialityGround,
    protectCounterpart: !!c?.protectCounterpart,
    protectDescription: !!c?.protectDescription,
  }
}
