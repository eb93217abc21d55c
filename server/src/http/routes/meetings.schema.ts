import { Type } from 'typebox'
import { Id, IsoDate } from '../schemas.js'

/** Input schemas of the meeting routes: the plan, meetings, agenda and attendance. */
export const Time = Type.String({ pattern: '^\\d{2}:\\d{2}$', maxLength: 5 })

export const PlanEntry = Type.Object(
  {
    meetsOn: IsoDate,
    startsAt: Time,
    place: Type.String({ maxLength: 200 }),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  },
  { additionalProperties: false },
)

export const NewScheduleBody = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2200 }),
    caseId: Type.Optional(Type.Union([Id, Type.Null()])),
    entries: Type.Array(PlanEntry, { maxItems: 100 }),
  },
  { additionalProperties: false },
)

export const NewMeetingBody = Type.Union([
  Type.Object({ scheduleEntryId: Id }, { additionalProperties: false }),
  Type.Object(
    { committeeId: Id, meetsOn: IsoDate, startsAt: Time, place: Type.String({ maxLength: 200 }) },
    { additionalProperties: false },
  ),
])

export const MeetingStatus = Type.Union([
  Type.Literal('planned'),
  Type.Literal('noticeSent'),
  Type.Literal('open'),
  Type.Literal('closed'),
  Type.Literal('attested'),
  Type.Literal('cancelled'),
])

export const MeetingListQuery = Type.Object(
  {
    committeeId: Type.Optional(Id),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    status: Type.Optional(MeetingStatus),
  },
  { additionalProperties: false },
)

export const AgendaItemKind = Type.Union([
  Type.Literal('case'),
  Type.Literal('information'),
  Type.Literal('communications'),
  Type.Literal('delegationReport'),
  Type.Literal('rollCall'),
  Type.Literal('attesterElection'),
  Type.Literal('agendaApproval'),
])

export const NewAgendaItemBody = Type.Object(
  {
    kind: AgendaItemKind,
    title: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
    caseId: Type.Optional(Type.Union([Id, Type.Null()])),
    presenter: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
    numbered: Type.Optional(Type.Boolean()),
    position: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
)

export const AgendaItemPatch = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: 500 })),
    presenter: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
    numbered: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)

export const MeetingParams = Type.Object({ id: Id })
export const ItemParams = Type.Object({ id: Id, itemId: Id })
