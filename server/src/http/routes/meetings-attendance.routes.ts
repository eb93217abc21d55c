import { Type } from 'typebox'
import { closeMeeting } from '../../services/meetings/close-meeting.js'
import { recordDecision } from '../../services/meetings/decision.js'
import { readMeetingAttendance } from '../../services/meetings/attendance.js'
import { readMeeting } from '../../services/meetings/read-meeting.js'
import { recordRecusal, removeRecusal } from '../../services/meetings/recusal.js'
import { recordArrival, recordDeparture, rollCall } from '../../services/meetings/roll-call.js'
import { assignSections, importSectionNumber } from '../../services/meetings/sections.js'
import { presentAttendance } from '../presenters/attendance.presenter.js'
import { presentMeeting } from '../presenters/meeting.presenter.js'
import { Id, IsoDate } from '../schemas.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { ItemParams, MeetingParams, Time } from './meetings.schema.js'

const tags = ['sammanträden']
const Movement = Type.Object({ membershipId: Id, itemId: Id }, { additionalProperties: false })

/** Roll call, arrivals and departures, jäv, decisions and § numbers (registered by meetings.routes). */
export function meetingAttendanceRoutes(app: TypedApp, ctx: AppContext) {
  type Req = Parameters<AppContext['ctx']>[0]
  const meeting = async (request: Req, id: string) =>
    presentMeeting(await readMeeting(ctx.deps, ctx.ctx(request), request.actor, id))

  app.get(
    '/api/meetings/:id/attendance',
    { schema: { tags, summary: 'Närvaro och beslutförhet per punkt', params: MeetingParams } },
    async (request) =>
      presentAttendance(await readMeetingAttendance(ctx.deps, request.actor, request.params.id)),
  )

  app.post(
    '/api/meetings/:id/roll-call',
    {
      schema: {
        tags,
        summary: 'Upprop: de närvarande ledamöterna och ersättarna (övriga är frånvarande)',
        params: MeetingParams,
        body: Type.Object(
          { present: Type.Array(Id, { maxItems: 500 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) =>
      presentAttendance(
        await rollCall(ctx.deps, ctx.ctx(request), request.actor, {
          meetingId: request.params.id,
          present: request.body.present,
        }),
      ),
  )

  for (const [path, command, summary] of [
    ['arrivals', recordArrival, 'Ankomst: deltar från och med punkten'],
    ['departures', recordDeparture, 'Avgång: lämnar efter punkten'],
  ] as const) {
    app.post(
      `/api/meetings/:id/${path}`,
      { schema: { tags, summary, params: MeetingParams, body: Movement } },
      async (request) =>
        presentAttendance(
          await command(ctx.deps, ctx.ctx(request), request.actor, {
            ...request.body,
            meetingId: request.params.id,
          }),
        ),
    )
  }

  app.post(
    '/api/meetings/:id/agenda/:itemId/recusals',
    {
      schema: {
        tags,
        summary: 'Jäv: personen deltar inte i punkten',
        params: ItemParams,
        body: Type.Object(
          {
            membershipId: Id,
            ground: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) =>
      presentAttendance(
        await recordRecusal(ctx.deps, ctx.ctx(request), request.actor, {
          ...request.body,
          meetingId: request.params.id,
          itemId: request.params.itemId,
        }),
      ),
  )

  app.delete(
    '/api/meetings/:id/agenda/:itemId/recusals/:membershipId',
    {
      schema: {
        tags,
        summary: 'Ta bort ett felaktigt registrerat jäv',
        params: Type.Object({ id: Id, itemId: Id, membershipId: Id }),
      },
    },
    async (request) =>
      presentAttendance(
        await removeRecusal(ctx.deps, ctx.ctx(request), request.actor, {
          meetingId: request.params.id,
          itemId: request.params.itemId,
          membershipId: request.params.membershipId,
        }),
      ),
  )

  app.put(
    '/api/meetings/:id/agenda/:itemId/decision',
    {
      schema: {
        tags,
        summary:
          'Beslut i punkten (kräver att organet är beslutsfört); följer yrkandena: propositionsordning och bifallet förslag',
        params: ItemParams,
        body: Type.Object(
          {
            text: Type.Optional(Type.Union([Type.String({ maxLength: 20_000 }), Type.Null()])),
            propositionOrder: Type.Optional(
              Type.Union([Type.Array(Id, { maxItems: 50 }), Type.Null()]),
            ),
            adoptedMotionId: Type.Optional(Type.Union([Id, Type.Null()])),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      await recordDecision(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        itemId: request.params.itemId,
        ...request.body,
      })
      return meeting(request, request.params.id)
    },
  )

  app.post(
    '/api/meetings/:id/sections',
    { schema: { tags, summary: 'Numrera paragraferna nu', params: MeetingParams } },
    async (request) => {
      await assignSections(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
      })
      return meeting(request, request.params.id)
    },
  )

  app.post(
    '/api/meetings/:id/close',
    {
      schema: {
        tags,
        summary: 'Avsluta sammanträdet (paragraferna numreras)',
        params: MeetingParams,
        body: Type.Object(
          { endsAt: Type.Optional(Type.Union([Time, Type.Null()])) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      await closeMeeting(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        endsAt: request.body.endsAt,
      })
      return meeting(request, request.params.id)
    },
  )

  app.put(
    '/api/committees/:id/section-numbers/:year',
    {
      schema: {
        tags,
        summary: 'Senast använda paragraf under året (när organet börjar använda Kansli)',
        params: Type.Object({ id: Id, year: Type.Integer({ minimum: 2000, maximum: 2200 }) }),
        body: Type.Object(
          { lastSection: Type.Integer({ minimum: 1, maximum: 100_000 }), lastMeetingDate: IsoDate },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      await importSectionNumber(ctx.deps, ctx.ctx(request), request.actor, {
        committeeId: request.params.id,
        year: request.params.year,
        ...request.body,
      })
      return { ok: true }
    },
  )
}
