import { Type } from 'typebox'
import { Id, IsoDate } from '../schemas.js'

/** Input schemas of the official report routes. */
const NullableText = (maxLength: number) =>
  Type.Optional(Type.Union([Type.String({ maxLength }), Type.Null()]))

/** Running text: typed text, or paragraphs and lists. */
const Text = Type.Optional(
  Type.Union([
    Type.String({ maxLength: 200_000 }),
    Type.Array(
      Type.Union([
        Type.String({ maxLength: 20_000 }),
        Type.Object(
          { list: Type.Array(Type.String({ maxLength: 20_000 }), { maxItems: 200 }) },
          { additionalProperties: false },
        ),
      ]),
      { maxItems: 300 },
    ),
    Type.Null(),
  ]),
)

export const ReportBody = Type.Object(
  {
    committeeId: Id,
    title: Type.String({ maxLength: 500 }),
    reportDate: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    department: NullableText(200),
    proposedDecision: Text,
    description: Text,
    summary: Text,
    equalityAnalysis: Text,
    childRightsAnalysis: Text,
    decisionBasis: Type.Optional(
      Type.Union([
        Type.Array(
          Type.Object(
            { title: NullableText(500), documentId: Type.Optional(Type.Union([Id, Type.Null()])) },
            { additionalProperties: false },
          ),
          { maxItems: 100 },
        ),
        Type.Null(),
      ]),
    ),
    signature: Type.Optional(
      Type.Union([
        Type.Object(
          {
            name: NullableText(200),
            title: NullableText(200),
            email: NullableText(200),
            phone: NullableText(40),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
    confidentialityGround: NullableText(40),
  },
  { additionalProperties: false },
)

export const ReportParams = Type.Object({ id: Id })
export const CaseParams = Type.Object({ id: Id })
