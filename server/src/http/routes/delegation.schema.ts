import { Type } from 'typebox'
import { Id, IsoDate } from '../schemas.js'

/** Input schemas of the delegation routes: scheme versions, points, delegated decisions. */
const NullableText = (maxLength: number) =>
  Type.Optional(Type.Union([Type.String({ maxLength }), Type.Null()]))

export const CommitteeParams = Type.Object({ id: Id })
export const VersionParams = Type.Object({ id: Id })
export const PointParams = Type.Object({ id: Id, pointId: Id })
export const DecisionParams = Type.Object({ id: Id })

export const SchemeQuery = Type.Object(
  { on: Type.Optional(IsoDate) },
  { additionalProperties: false },
)

export const NewDraftBody = Type.Object(
  {
    validFrom: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    note: NullableText(2000),
    empty: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)

export const DraftPatch = Type.Object(
  { validFrom: Type.Optional(Type.Union([IsoDate, Type.Null()])), note: NullableText(2000) },
  { additionalProperties: false },
)

export const AdoptBody = Type.Object(
  {
    adoptedOn: IsoDate,
    validFrom: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    caseId: Type.Optional(Type.Union([Id, Type.Null()])),
    sectionNumber: Type.Optional(
      Type.Union([Type.Integer({ minimum: 1, maximum: 100_000 }), Type.Null()]),
    ),
  },
  { additionalProperties: false },
)

// The groups are accepted here so that the service refuses them with its Swedish reason
// (KL 6 kap. 37 §, LEGAL-RULES rule 31) instead of a schema error.
export const DelegateType = Type.Union([
  Type.Literal('subcommittee'),
  Type.Literal('member'),
  Type.Literal('substitute'),
  Type.Literal('employee'),
  Type.Literal('employeeGroup'),
  Type.Literal('mixedGroup'),
])

export const PointBody = Type.Object(
  {
    number: Type.String({ maxLength: 30 }),
    text: Type.String({ maxLength: 4000 }),
    delegateType: DelegateType,
    delegateTitle: NullableText(300),
    delegateCommitteeId: Type.Optional(Type.Union([Id, Type.Null()])),
    limits: NullableText(2000),
    amountLimitSek: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
    comment: NullableText(2000),
    legalReference: NullableText(300),
  },
  { additionalProperties: false },
)

const DecisionFields = {
  kind: Type.Optional(Type.Union([Type.Literal('decision'), Type.Literal('periodSummary')])),
  decidedOn: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  period: Type.Optional(
    Type.Union([
      Type.Object({ from: IsoDate, to: IsoDate }, { additionalProperties: false }),
      Type.Null(),
    ]),
  ),
  pointId: Type.Optional(Type.Union([Id, Type.Null()])),
  point: NullableText(30),
  caseId: Type.Optional(Type.Union([Id, Type.Null()])),
  decisionMaker: Type.Optional(
    Type.Union([
      Type.Object(
        { name: Type.String({ maxLength: 200 }), title: NullableText(300) },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  ),
  unit: NullableText(300),
  action: Type.String({ maxLength: 4000 }),
  amountSek: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
  reportTo: Type.Optional(Type.Union([Id, Type.Null()])),
  reportLater: Type.Optional(Type.Boolean()),
  separateMinutes: Type.Optional(Type.Boolean()),
  separateMinutesReference: NullableText(500),
  separateMinutesPostedOn: Type.Optional(Type.Union([IsoDate, Type.Null()])),
}

export const DecisionBody = Type.Object(DecisionFields, { additionalProperties: false })

export const DecisionListQuery = Type.Object(
  {
    state: Type.Optional(
      Type.Union([
        Type.Literal('unreported'),
        Type.Literal('reported'),
        Type.Literal('separateMinutes'),
      ]),
    ),
    meetingId: Type.Optional(Id),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
)

export const AssignBody = Type.Object(
  { until: Type.Optional(Type.Union([IsoDate, Type.Null()])) },
  { additionalProperties: false },
)

export const ReportQuery = Type.Object(
  { order: Type.Optional(Type.Union([Type.Literal('registered'), Type.Literal('point')])) },
  { additionalProperties: false },
)
