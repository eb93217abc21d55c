import { Type } from 'typebox'
import { Id } from '../schemas.js'

/** Input schemas of the AI review, incident and follow-up routes. */
export const DraftParams = Type.Object({ id: Id })

export const DraftListQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Union([Type.Literal('unreviewed'), Type.Literal('approved'), Type.Literal('rejected')]),
    ),
    caseId: Type.Optional(Id),
    mine: Type.Optional(Type.Boolean()),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
)

export const ApproveBody = Type.Object(
  {
    finalText: Type.Optional(Type.Union([Type.String({ maxLength: 200_000 }), Type.Null()])),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 5_000 }), Type.Null()])),
  },
  { additionalProperties: false },
)

export const RejectBody = Type.Object(
  { note: Type.String({ maxLength: 5_000 }) },
  { additionalProperties: false },
)

export const IncidentBody = Type.Object(
  {
    draftId: Type.Optional(Type.Union([Id, Type.Null()])),
    logSeq: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
    category: Type.String({ maxLength: 40 }),
    description: Type.String({ maxLength: 20_000 }),
  },
  { additionalProperties: false },
)

/** A report from the public on an answer of the question box (the e-mail address optional). */
export const PublicIncidentBody = Type.Object(
  {
    category: Type.String({ maxLength: 40 }),
    description: Type.String({ maxLength: 20_000 }),
    contactEmail: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
  },
  { additionalProperties: false },
)

export const PublicAnswerParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
})

export const IncidentListQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
    mine: Type.Optional(Type.Boolean()),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
)

export const InboxQuery = Type.Object(
  { unread: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
)

export const CloseBody = Type.Object(
  { resolution: Type.String({ maxLength: 20_000 }) },
  { additionalProperties: false },
)

/** '2025.json', '2025.html' or '2025.pdf' */
export const FollowUpParams = Type.Object({
  file: Type.String({ pattern: '^\\d{4}\\.(json|html|pdf)$', maxLength: 9 }),
})
