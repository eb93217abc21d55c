import { Type } from 'typebox'
import {
  callSubstitute,
  readAbsences,
  reportAbsence,
  withdrawAbsence,
} from '../../services/members/absence.js'
import {
  calendarFeed,
  calendarFeedStatus,
  createCalendarFeed,
  revokeCalendarFeed,
} from '../../services/members/calendar-feed.js'
import { listMyMeetings, readMyMeeting } from '../../services/members/my-meetings.js'
import { presentMyMeeting, presentMyMeetingDetail } from '../presenters/my-meeting.presenter.js'
import { Id, IsoDate } from '../schemas.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { MeetingParams } from './meetings.schema.js'

const tags = ['ledamöter']

/** "Mina sammanträden": members' meetings, absence reports, and the calendar feed. */
export function memberRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/me/meetings',
    {
      schema: {
        tags,
        summary: 'Mina kommande sammanträden (som ledamot eller ersättare)',
        querystring: Type.Object(
          { from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => ({
      meetings: (
        await listMyMeetings(ctx.deps, ctx.ctx(request), request.actor, request.query)
      ).map(presentMyMeeting),
    }),
  )

  app.get(
    '/api/me/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Ett av mina sammanträden med ärendelista och handlingar per punkt',
        params: MeetingParams,
      },
    },
    async (request) =>
      presentMyMeetingDetail(await readMyMeeting(ctx.deps, request.actor, request.params.id)),
  )

  app.post(
    '/api/me/meetings/:id/absence',
    {
      schema: {
        tags,
        summary: 'Anmäl förhinder (så att sekreteraren kan kalla in ersättare)',
        params: MeetingParams,
        body: Type.Object(
          { note: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      await reportAbsence(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        note: request.body.note,
      })
      return reply
        .code(201)
        .send(
          presentMyMeetingDetail(await readMyMeeting(ctx.deps, request.actor, request.params.id)),
        )
    },
  )

  app.delete(
    '/api/me/meetings/:id/absence',
    { schema: { tags, summary: 'Ta tillbaka ett anmält förhinder', params: MeetingParams } },
    async (request) => {
      await withdrawAbsence(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
      })
      return presentMyMeetingDetail(await readMyMeeting(ctx.deps, request.actor, request.params.id))
    },
  )

  const absences = async (request: Parameters<AppContext['ctx']>[0], id: string) => {
    const r = await readAbsences(ctx.deps, request.actor, id)
    const person = (p: { id: string; name: string; party: string; role: string } | null) =>
      p ? { membershipId: p.id, name: p.name, party: p.party, role: p.role } : null
    return {
      meetingId: r.meeting.id,
      quorumExpected: r.quorumExpected,
      absences: r.absences.map((a) => ({
        ...person(a.person)!,
        note: a.absence.note,
        reportedAt: new Date(a.absence.reported_at).toISOString(),
        suggestedSubstitute: person(a.suggestedSubstitute),
        calledSubstitute: person(a.calledSubstitute),
        calledAt: a.absence.substitute_called_at
          ? new Date(a.absence.substitute_called_at).toISOString()
          : null,
      })),
    }
  }

  app.get(
    '/api/meetings/:id/absences',
    {
      schema: {
        tags: ['sammanträden'],
        summary: 'Anmälda förhinder och vilken ersättare som ska kallas in',
        params: MeetingParams,
      },
    },
    async (request) => absences(request, request.params.id),
  )

  app.post(
    '/api/meetings/:id/absences/:membershipId/substitute',
    {
      schema: {
        tags: ['sammanträden'],
        summary: 'Notera att en ersättare kallats in för en ledamot med förhinder',
        params: Type.Object({ id: Id, membershipId: Id }),
        body: Type.Object({ substituteMembershipId: Id }, { additionalProperties: false }),
      },
    },
    async (request) => {
      await callSubstitute(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        membershipId: request.params.membershipId,
        substituteMembershipId: request.body.substituteMembershipId,
      })
      return absences(request, request.params.id)
    },
  )

  app.get(
    '/api/me/calendar',
    { schema: { tags, summary: 'Om jag har en kalenderprenumeration' } },
    async (request) => calendarFeedStatus(ctx.deps, request.actor),
  )

  app.post(
    '/api/me/calendar',
    {
      schema: {
        tags,
        summary: 'Skapa en ny kalenderadress (den gamla slutar fungera); visas bara en gång',
      },
    },
    async (request, reply) => {
      const { token } = await createCalendarFeed(ctx.deps, ctx.ctx(request), request.actor)
      return reply.code(201).send({ path: `/api/calendar/${token}.ics` })
    },
  )

  app.delete(
    '/api/me/calendar',
    { schema: { tags, summary: 'Stäng av kalenderprenumerationen' } },
    async (request, reply) => {
      await revokeCalendarFeed(ctx.deps, ctx.ctx(request), request.actor)
      return reply.code(204).send()
    },
  )

  app.get(
    '/api/calendar/:file',
    {
      schema: {
        tags,
        summary: 'Kalenderflöde (iCalendar) med mina sammanträden; adressen är nyckeln',
        params: Type.Object({ file: Type.String({ maxLength: 80 }) }),
      },
    },
    async (request, reply) => {
      const token = request.params.file.replace(/\.ics$/, '')
      const text = await calendarFeed(ctx.deps, ctx.ctx(request), token)
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(text)
    },
  )
}
