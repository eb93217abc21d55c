import { Type } from 'typebox'
import { endMembership } from '../../services/committees/membership-end.js'
import { addMember } from '../../services/committees/memberships.js'
import { linkPersonUser, readPeople } from '../../services/committees/people.js'
import { readCommittee } from '../../services/committees/roster.js'
import { assignStaff, configureCommittee } from '../../services/committees/settings.js'
import { createTerm, readTerms } from '../../services/committees/terms.js'
import { presentCommittee, presentPerson, presentTerm } from '../presenters/committee.presenter.js'
import { Id, IsoDate } from '../schemas.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import {
  CommitteeSettingsBody,
  NewMemberBody,
  NewTermBody,
  OnDateQuery,
  StaffBody,
} from './committees-admin.schema.js'

const tags = ['organ']
const ById = Type.Object({ id: Id })

/** Terms, the people on committees, their seats and the committees' staff and settings. */
export function committeeAdminRoutes(app: TypedApp, ctx: AppContext) {
  app.get('/api/terms', { schema: { tags, summary: 'Mandatperioder' } }, async (request) => ({
    terms: (await readTerms(ctx.deps, request.actor)).map(presentTerm),
  }))

  app.post(
    '/api/terms',
    { schema: { tags, summary: 'Lägg upp mandatperiod', body: NewTermBody } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          presentTerm(await createTerm(ctx.deps, ctx.ctx(request), request.actor, request.body)),
        ),
  )

  app.get('/api/people', { schema: { tags, summary: 'Förtroendevalda' } }, async (request) => ({
    people: (await readPeople(ctx.deps, request.actor)).map(presentPerson),
  }))

  app.put(
    '/api/people/:id/user',
    {
      schema: {
        tags,
        summary: 'Koppla en förtroendevald till ett användarkonto (null tar bort kopplingen)',
        params: ById,
        body: Type.Object(
          { userId: Type.Union([Id, Type.Null()]) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) =>
      presentPerson(
        await linkPersonUser(ctx.deps, ctx.ctx(request), request.actor, {
          personId: request.params.id,
          userId: request.body.userId,
        }),
      ),
  )

  app.get(
    '/api/committees/:id',
    {
      schema: {
        tags,
        summary: 'Organ med ledamöter, ersättare och tjänstepersoner en viss dag (i dag)',
        params: ById,
        querystring: OnDateQuery,
      },
    },
    async (request) =>
      presentCommittee(
        await readCommittee(
          ctx.deps,
          ctx.ctx(request),
          request.actor,
          request.params.id,
          request.query.on,
        ),
      ),
  )

  app.post(
    '/api/committees/:id/members',
    {
      schema: {
        tags,
        summary: 'Lägg till ledamot eller ersättare (ny eller befintlig person)',
        params: ById,
        body: NewMemberBody,
      },
    },
    async (request, reply) => {
      const m = await addMember(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        committeeId: request.params.id,
      })
      return reply.code(201).send({ id: m.id, personId: m.person_id, order: m.list_order })
    },
  )

  app.post(
    '/api/memberships/:id/end',
    {
      schema: {
        tags,
        summary: 'Avsluta ett uppdrag före mandatperiodens slut',
        params: ById,
        body: Type.Object({ endsOn: IsoDate }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const m = await endMembership(ctx.deps, ctx.ctx(request), request.actor, {
        membershipId: request.params.id,
        endsOn: request.body.endsOn,
      })
      return { id: m.id, endsOn: m.ends_on }
    },
  )

  app.put(
    '/api/committees/:id/settings',
    {
      schema: {
        tags,
        summary: 'Kallelsetid enligt reglementet (dagar före sammanträdet)',
        params: ById,
        body: CommitteeSettingsBody,
      },
    },
    async (request) => {
      const r = await configureCommittee(ctx.deps, ctx.ctx(request), request.actor, {
        committeeId: request.params.id,
        noticeDaysBefore: request.body.noticeDaysBefore,
      })
      return { noticeDaysBefore: r.settings.notice_days_before, noticeRule: r.noticeRule }
    },
  )

  app.post(
    '/api/committees/:id/staff',
    {
      schema: {
        tags,
        summary: 'Sekreterare eller tjänsteperson för organet',
        params: ById,
        body: StaffBody,
      },
    },
    async (request, reply) => {
      const s = await assignStaff(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        committeeId: request.params.id,
      })
      return reply.code(201).send({ userId: s.user_id, function: s.function })
    },
  )
}
