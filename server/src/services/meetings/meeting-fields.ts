import { isIsoDate } from '../../domain/dates.js'
import type { FieldError } from '../../domain/errors.js'

/** Field checks shared by the meeting plan and meetings. Messages are shown in the UI. */
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

export interface WhenWhere {
  meetsOn: string
  startsAt: string
  place: string
}

export function whenWhereErrors(input: Partial<WhenWhere>, prefix = ''): FieldError[] {
  const fields: FieldError[] = []
  if (!isIsoDate(input.meetsOn ?? ''))
    fields.push({ field: `${prefix}meetsOn`, message: 'Ange datum för sammanträdet (ÅÅÅÅ-MM-DD).' })
  if (!TIME.test(input.startsAt ?? ''))
    fields.push({ field: `${prefix}startsAt`, message: 'Ange starttid som TT:MM, t.ex. 09:00.' })
  const place = input.place?.trim() ?? ''
  if (!place || place.length > 200)
    fields.push({ field: `${prefix}place`, message: 'Ange plats (högst 200 tecken).' })
  return fields
}
