import type { Insertable } from 'kysely'
import type { DelegationPointTable } from '../../db/schema.js'
import {
  assertDelegateAllowed,
  parseDelegationPoint,
  type DelegateType,
} from '../../domain/delegation.js'
import { ValidationError, assertNoFieldErrors, type FieldError } from '../../domain/errors.js'
import { textField } from '../../domain/text-fields.js'

/** A point of the scheme as entered: "10.1 Upphandling och …, delegat Ekonomichef, högst …". */
export interface PointInput {
  number: string
  text: string
  delegateType: DelegateType
  /** The role or title of the delegate: 'Ekonomichef', 'Kommunstyrelsens ordförande'. */
  delegateTitle?: string | null
  /** For a subcommittee delegate: the utskott. */
  delegateCommitteeId?: string | null
  /** Limits in words ("inom budget", "högst 5 år"). */
  limits?: string | null
  /** A limit in kronor the decision's amount may not exceed. */
  amountLimitSek?: number | null
  comment?: string | null
  /** 'KL 6 kap. 39 §', 'LOU'. */
  legalReference?: string | null
}

export type PointFields = Omit<
  Insertable<DelegationPointTable>,
  'version_id' | 'created_at' | 'updated_at'
>

const MAX_AMOUNT = 1e13

/**
 * The point's columns from the input, or one ValidationError listing every problem. A group of
 * employees or a mixed group is refused first, with its own message (LEGAL-RULES rule 31).
 */
export function pointFields(input: PointInput): PointFields {
  assertDelegateAllowed(input.delegateType)
  const fields: FieldError[] = []
  let number = ''
  try {
    number = parseDelegationPoint(input.number).join('.')
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err
    fields.push(...err.fields.map((f) => ({ ...f, field: 'number' })))
  }
  const text = textField(fields, 'text', input.text, {
    label: 'vad delegationen avser',
    max: 4000,
    required: true,
  })
  const subcommittee = input.delegateType === 'subcommittee'
  const title = textField(fields, 'delegateTitle', input.delegateTitle, {
    label: 'delegatens befattning eller uppdrag',
    max: 300,
    required: !subcommittee,
  })
  if (subcommittee && !input.delegateCommitteeId) {
    fields.push({ field: 'delegateCommitteeId', message: 'Välj utskottet som är delegat.' })
  }
  const amount = input.amountLimitSek ?? null
  if (amount !== null && (!Number.isInteger(amount) || amount <= 0 || amount > MAX_AMOUNT)) {
    fields.push({ field: 'amountLimitSek', message: 'Ange beloppsgränsen i hela kronor.' })
  }
  const row: PointFields = {
    number,
    text: text ?? '',
    delegate_type: input.delegateType as PointFields['delegate_type'],
    delegate_title: subcommittee ? null : title,
    delegate_committee_id: subcommittee ? (input.delegateCommitteeId ?? null) : null,
    limits: textField(fields, 'limits', input.limits, { label: 'begränsningar', max: 2000 }),
    amount_limit_sek: amount,
    comment: textField(fields, 'comment', input.comment, { label: 'kommentaren', max: 2000 }),
    legal_reference: textField(fields, 'legalReference', input.legalReference, {
      label: 'lagrummet',
      max: 300,
    }),
  }
  assertNoFieldErrors(
    fields,
    'Delegationspunkten kunde inte sparas. Rätta de markerade uppgifterna.',
  )
  return row
}
