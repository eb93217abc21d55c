import { Type } from 'typebox'
import {
  addScheduleEntry,
  createMeetingSchedule,
  readMeetingSchedule,
  removeScheduleEntry,
} from '../../services/meetings/schedule-plan.js'
import {
  scheduleMeeting,
  scheduleMeetingsFromPlan,
} from '../../services/meetings/schedule-meeting.js'
import { cancelMeeting, openMeeting, sendNotice } from '../../services/meetings/meeting-status.js'
import { findMeetings, readMeeting } from '../../services/meetings/read-meeting.js'
import {
  presentMeeting,
  presentMeetingSummary,
  presentScheduleEntry,
} from '../presenters/meeting.presenter.js'
import { Id, IsoDate } from '../schemas.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { meetingAgendaRoutes } from './meetings-agenda.routes.js'
import { meetingAttendanceRoutes } from './meetings-attendance.routes.js'
import {
  MeetingListQuery,
  MeetingParams,
  NewMeetingBody,
  NewScheduleBody,
  PlanEntry,
} from './meetings.schema.js'

const tags = ['sammanträden']

/** The meeting plan, meetings and their status; the agenda and attendance routes too. */
export function meetingRoutes(app: TypedApp, ctx: AppContext) {
  const view = async (request: Parameters<AppContext['ctx']>[0], id: string) =>
    presentMeeting(await readMeeting(ctx.deps, ctx.ctx(request), request.actor, id))

  app.get(
    '/api/committees/:id/schedules/:year',
    {
      schema: {
        tags,
        summary: 'Sammanträdesplan för ett år',
        params: Type.Object({ id: Id, year: Type.Integer({ minimum: 2000, maximum: 2200 }) }),
      },
    },
    async (request) => {
      const r = await readMeetingSchedule(
        ctx.deps,
        request.actor,
        request.params.id,
        request.params.year,
      )
      return {
        id: r.schedule.id,
        committeeId: r.committee.id,
        committeeName: r.committee.name,
        year: r.schedule.year,
        caseId: r.schedule.case_id,
        entries: r.entries.map(presentScheduleEntry),
      }
    },
  )

  app.post(
    '/api/committees/:id/schedules',
    {
      schema: {
        tags,
        summary: 'Lägg upp årets sammanträdesplan',
        params: MeetingParams,
        body: NewScheduleBody,
      },
    },
    async (request, reply) => {
      const s = await createMeetingSchedule(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        committeeId: request.params.id,
      })
      return reply.code(201).send({ id: s.id, year: s.year })
    },
  )

  app.post(
    '/api/schedules/:id/entries',
    {
      schema: {
        tags,
        summary: 'Lägg till ett datum i planen',
        params: MeetingParams,
        body: PlanEntry,
      },
    },
    async (request, reply) => {
      const e = await addScheduleEntry(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        scheduleId: request.params.id,
      })
      return reply.code(201).send({ id: e.id })
    },
  )

  app.delete(
    '/api/schedule-entries/:id',
    { schema: { tags, summary: 'Ta bort ett datum ur planen', params: MeetingParams } },
    async (request) => {
      await removeScheduleEntry(ctx.deps, ctx.ctx(request), request.actor, {
        entryId: request.params.id,
      })
      return { ok: true }
    },
  )

  app.post(
    '/api/schedules/:id/meetings',
    {
      schema: { tags, summary: 'Skapa sammanträden för planens alla datum', params: MeetingParams },
    },
    async (request, reply) => {
      const rows = await scheduleMeetingsFromPlan(ctx.deps, ctx.ctx(request), request.actor, {
        scheduleId: request.params.id,
      })
      return reply.code(201).send({ meetings: rows.map((m) => presentMeetingSummary(m)) })
    },
  )

  app.get(
    '/api/meetings',
    {
      schema: {
        tags,
        summary: 'Sammanträden (ledamöter ser sina egna organ)',
        querystring: MeetingListQuery,
      },
    },
    async (request) => ({
      meetings: (await findMeetings(ctx.deps, request.actor, request.query)).map(
        presentMeetingSummary,
      ),
    }),
  )

  app.post(
    '/api/meetings',
    {
      schema: {
        tags,
        summary: 'Planera ett sammanträde (från planen eller extra)',
        body: NewMeetingBody,
      },
    },
    async (request, reply) => {
      const m = await scheduleMeeting(ctx.deps, ctx.ctx(request), request.actor, request.body)
      return reply.code(201).send(await view(request, m.id))
    },
  )

  app.get(
    '/api/meetings/:id',
    { schema: { tags, summary: 'Sammanträde med ärendelista', params: MeetingParams } },
    async (request) => view(request, request.params.id),
  )

  app.post(
    '/api/meetings/:id/notice',
    {
      schema: {
        tags,
        summary: 'Registrera att kallelsen skickats (varnar om den är sen)',
        params: MeetingParams,
        body: Type.Object(
          { sentOn: Type.Optional(Type.Union([IsoDate, Type.Null()])) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      await sendNotice(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        sentOn: request.body.sentOn,
      })
      return view(request, request.params.id)
    },
  )

  app.post(
    '/api/meetings/:id/open',
    { schema: { tags, summary: 'Öppna sammanträdet', params: MeetingParams } },
    async (request) => {
      await openMeeting(ctx.deps, ctx.ctx(request), request.actor, { meetingId: request.params.id })
      return view(request, request.params.id)
    },
  )

  app.post(
    '/api/meetings/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Ställ in sammanträdet',
        params: MeetingParams,
        body: Type.Object(
          { reason: Type.String({ maxLength: 500 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      await cancelMeeting(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        reason: request.body.reason,
      })
      return view(request, request.params.id)
    },
  )

  meetingAgendaRoutes(app, ctx)
  meetingAttendanceRoutes(app, ctx)
}
