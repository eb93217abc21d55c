import { Type, type Static } from 'typebox'

/** Input schemas of the API (TypeBox → JSON Schema → OpenAPI). Outputs are shaped by presenters. */
export const Id = Type.String({ maxLength: 64 })
/** A uuid, checked before it reaches the database (which would refuse it with an error). */
export const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  maxLength: 36,
})
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 })
export const Direction = Type.Union([
  Type.Literal('incoming'),
  Type.Literal('outgoing'),
  Type.Literal('drawnUp'),
])
export const CaseStatus = Type.Union([
  Type.Literal('open'),
  Type.Literal('decided'),
  Type.Literal('closed'),
])
export const Role = Type.Union([
  Type.Literal('admin'),
  Type.Literal('registrar'),
  Type.Literal('caseOfficer'),
  Type.Literal('secretary'),
  Type.Literal('member'),
  Type.Literal('securityOfficer'),
  Type.Literal('itUnit'),
])

export const NewCaseBody = Type.Object(
  {
    seriesPrefix: Type.String({ maxLength: 10 }),
    title: Type.String({ maxLength: 500 }),
    titleProtected: Type.Optional(Type.Boolean()),
    caseOfficerId: Type.Optional(Type.Union([Id, Type.Null()])),
    committeeId: Type.Optional(Type.Union([Id, Type.Null()])),
    classificationCode: Type.Optional(Type.Union([Type.String({ maxLength: 30 }), Type.Null()])),
  },
  { additionalProperties: false },
)

export const RegistrationFields = {
  caseId: Type.Optional(Type.Union([Id, Type.Null()])),
  newCase: Type.Optional(Type.Union([NewCaseBody, Type.Null()])),
  direction: Direction,
  documentDate: Type.String({ maxLength: 10 }),
  counterpartName: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
  counterpartKind: Type.Optional(
    Type.Union([Type.Literal('person'), Type.Literal('organisation'), Type.Null()]),
  ),
  counterpartIdNumber: Type.Optional(Type.Union([Type.String({ maxLength: 20 }), Type.Null()])),
  description: Type.String({ maxLength: 1000 }),
  confidentiality: Type.Optional(
    Type.Union([
      Type.Object(
        {
          ground: Type.String({ maxLength: 40 }),
          protectCounterpart: Type.Optional(Type.Boolean()),
          protectDescription: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  ),
}

/** The `data` part of a multipart upload: the registration without its files. */
export const RegistrationData = Type.Object(RegistrationFields, { additionalProperties: false })
export type RegistrationData = Static<typeof RegistrationData>

export const RegistrationBody = Type.Object(
  {
    ...RegistrationFields,
    files: Type.Optional(
      Type.Array(
        Type.Object(
          {
            fileName: Type.String({ maxLength: 255 }),
            contentBase64: Type.String({ maxLength: 150_000_000 }),
            mediaType: Type.Optional(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
  },
  { additionalProperties: false },
)

export const SearchQuerystring = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 500 })),
    series: Type.Optional(Type.String({ maxLength: 10 })),
    year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2200 })),
    status: Type.Optional(CaseStatus),
    direction: Type.Optional(Direction),
    committeeId: Type.Optional(Id),
    dateFrom: Type.Optional(Type.String({ maxLength: 10 })),
    dateTo: Type.Optional(Type.String({ maxLength: 10 })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
)
export type SearchQuerystring = Static<typeof SearchQuerystring>

export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    fields: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
    ),
  }),
})
