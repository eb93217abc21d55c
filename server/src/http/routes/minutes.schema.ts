import { Type } from 'typebox'

/** Input schemas of the minutes routes. */
const Nullable = (maxLength: number) =>
  Type.Optional(Type.Union([Type.String({ maxLength }), Type.Null()]))

export const SectionTextBody = Type.Object(
  {
    documents: Nullable(20_000),
    background: Nullable(50_000),
    deliberation: Nullable(50_000),
    decisionIntro: Nullable(500),
    recipients: Type.Optional(
      Type.Union([Type.Array(Type.String({ maxLength: 300 }), { maxItems: 100 }), Type.Null()]),
    ),
    confidentialityGround: Nullable(40),
  },
  { additionalProperties: false },
)

export const FinaliseBody = Type.Object(
  { storedAt: Nullable(300) },
  { additionalProperties: false },
)

export const SignBody = Type.Object(
  { documentId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])) },
  { additionalProperties: false },
)
