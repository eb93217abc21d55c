import { Type } from 'typebox'
import { Id, IsoDate } from '../schemas.js'

/** Input schemas of the committee administration routes (terms, people, seats, staff). */
export const MembershipRole = Type.Union([
  Type.Literal('chair'),
  Type.Literal('viceChair'),
  Type.Literal('member'),
  Type.Literal('substitute'),
])

export const NewTermBody = Type.Object(
  { name: Type.String({ maxLength: 100 }), startsOn: IsoDate, endsOn: IsoDate },
  { additionalProperties: false },
)

export const NewMemberBody = Type.Object(
  {
    termId: Id,
    personId: Type.Optional(Type.Union([Id, Type.Null()])),
    name: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    userId: Type.Optional(Type.Union([Id, Type.Null()])),
    party: Type.String({ maxLength: 20 }),
    role: MembershipRole,
    order: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 1000 }), Type.Null()])),
    startsOn: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    endsOn: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  },
  { additionalProperties: false },
)

export const CommitteeSettingsBody = Type.Object(
  { noticeDaysBefore: Type.Union([Type.Integer({ minimum: 0, maximum: 90 }), Type.Null()]) },
  { additionalProperties: false },
)

export const StaffBody = Type.Object(
  { userId: Id, function: Type.Union([Type.Literal('secretary'), Type.Literal('official')]) },
  { additionalProperties: false },
)

export const OnDateQuery = Type.Object(
  { on: Type.Optional(IsoDate) },
  { additionalProperties: false },
)
