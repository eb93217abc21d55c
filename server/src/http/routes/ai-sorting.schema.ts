import { Type } from 'typebox'
import { Id } from '../schemas.js'

/** Input schemas of the ärendesortering routes. */
export const TrainBody = Type.Object(
  { maxRegistrations: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })) },
  { additionalProperties: false },
)

export const DocumentParams = Type.Object({ id: Id })
export const SuggestionParams = Type.Object({ id: Id })

// Null first: with coerceTypes, ajv would otherwise turn a null into "" for the string branch.
const Choice = Type.Optional(Type.Union([Type.Null(), Id]))

/** What the registrar chose per target; a target left out was not decided. */
export const OutcomeBody = Type.Object(
  { series: Choice, case: Choice, committee: Choice, caseOfficer: Choice },
  { additionalProperties: false },
)
