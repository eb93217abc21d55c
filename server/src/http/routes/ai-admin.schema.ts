import { Type } from 'typebox'
import { IsoDate, Uuid } from '../schemas.js'

export { Uuid }

/** Input of the AI administration routes (services, assessments, training, the log). */
export const DataClassSchema = Type.Union([
  Type.Literal('public'),
  Type.Literal('personal'),
  Type.Literal('sensitive'),
  Type.Literal('confidential'),
])

export const AiServiceBody = Type.Object(
  {
    name: Type.String({ maxLength: 200 }),
    provider: Type.String({ maxLength: 200 }),
    endpoint: Type.String({ maxLength: 500 }),
    model: Type.String({ maxLength: 300 }),
    processingLocation: Type.String({ maxLength: 300 }),
    timeoutMs: Type.Optional(Type.Integer()),
    apiKey: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
  },
  { additionalProperties: false },
)

export const AiServicePatch = Type.Partial(AiServiceBody, { additionalProperties: false })

export const AiServiceStatusBody = Type.Object(
  {
    status: Type.Union([Type.Literal('suspended'), Type.Literal('approved')]),
    reason: Type.String({ maxLength: 1000 }),
  },
  { additionalProperties: false },
)

export const AssessmentBody = Type.Object(
  {
    assessedOn: Type.String({ maxLength: 20 }),
    participants: Type.Array(
      Type.Object(
        {
          role: Type.Union([
            Type.Literal('dataProtectionOfficer'),
            Type.Literal('municipalLawyer'),
            Type.Literal('securityOfficer'),
            Type.Literal('itManager'),
          ]),
          name: Type.String({ maxLength: 200 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 20 },
    ),
    conclusion: Type.String({ maxLength: 10000 }),
    outcome: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]),
    approvedClasses: Type.Array(DataClassSchema, { maxItems: 4 }),
    documentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
)

export const TrainingBody = Type.Object(
  {
    userId: Uuid,
    completedOn: Type.String({ maxLength: 20 }),
    course: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
)

export const AiLogQuery = Type.Object(
  {
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    action: Type.Optional(Type.String({ maxLength: 64 })),
    serviceId: Type.Optional(Uuid),
    beforeSeq: Type.Optional(Type.Integer({ minimum: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
)

export const AssistBody = Type.Object({ serviceId: Uuid }, { additionalProperties: false })

export const ReportSectionBody = Type.Object(
  {
    serviceId: Uuid,
    section: Type.String({ maxLength: 64 }),
  },
  { additionalProperties: false },
)

export const PublicQuestionBody = Type.Object(
  { question: Type.String({ maxLength: 2000 }) },
  { additionalProperties: false },
)
