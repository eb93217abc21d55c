import { Type } from 'typebox'
import { listSeries } from '../../repositories/series.repository.js'
import { isStaff } from '../../services/access/policies.js'
import { createUser, listStaffUsers, setLineManager } from '../../services/access/users.service.js'
import {
  createCommittee,
  createSeries,
  listCommittees,
} from '../../services/registry/municipality.service.js'
import { ForbiddenError } from '../../domain/errors.js'
import { Id, Role, Uuid } from '../schemas.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'

const tags = ['administration']

export function adminRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/users',
    { schema: { tags, summary: 'Användare (för val av handläggare)' } },
    async (request) => ({
      users: (await listStaffUsers(ctx.deps, request.actor)).map((u) => ({
        id: u.id,
        username: u.username,
        displayName: u.display_name,
        title: u.title,
        roles: u.roles,
        active: u.active,
      })),
    }),
  )

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Skapa lokalt konto',
        body: Type.Object(
          {
            username: Type.String({ maxLength: 64 }),
            displayName: Type.String({ maxLength: 200 }),
            title: Type.Optional(Type.String({ maxLength: 200 })),
            password: Type.String({ maxLength: 200 }),
            roles: Type.Array(Role, { maxItems: 7 }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const u = await createUser(ctx.deps, ctx.ctx(request), request.actor, request.body)
      return reply
        .code(201)
        .send({ id: u.id, username: u.username, displayName: u.display_name, roles: u.roles })
    },
  )

  app.put(
    '/api/users/:id/line-manager',
    {
      schema: {
        tags,
        summary: 'Ange användarens närmaste chef (får AI-incidentrapporter)',
        params: Type.Object({ id: Uuid }),
        body: Type.Object(
          { lineManagerId: Type.Union([Uuid, Type.Null()]) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) =>
      setLineManager(ctx.deps, ctx.ctx(request), request.actor, {
        userId: request.params.id,
        lineManagerId: request.body.lineManagerId,
      }),
  )

  app.get('/api/series', { schema: { tags, summary: 'Diarieserier' } }, async (request) => {
    if (!isStaff(request.actor))
      throw new ForbiddenError('forbidden', 'Du har inte behörighet till diariet.')
    const rows = await listSeries(ctx.deps.db, request.actor.municipalityId)
    return {
      series: rows.map((s) => ({
        id: s.id,
        prefix: s.prefix,
        name: s.name,
        committeeId: s.committee_id,
        committeeName: s.committee_name,
      })),
    }
  })

  app.post(
    '/api/series',
    {
      schema: {
        tags,
        summary: 'Lägg upp diarieserie',
        body: Type.Object(
          {
            prefix: Type.String({ maxLength: 10 }),
            name: Type.String({ maxLength: 200 }),
            committeeId: Type.Optional(Id),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const s = await createSeries(ctx.deps, ctx.ctx(request), request.actor, request.body)
      return reply.code(201).send({ id: s.id, prefix: s.prefix, name: s.name })
    },
  )

  app.get(
    '/api/committees',
    { schema: { tags, summary: 'Organ (nämnder, styrelser, utskott)' } },
    async (request) => ({
      committees: (await listCommittees(ctx.deps, request.actor.municipalityId)).map((c) => ({
        id: c.id,
        name: c.name,
        shortName: c.short_name,
        kind: c.kind,
        parentId: c.parent_id,
      })),
    }),
  )

  app.post(
    '/api/committees',
    {
      schema: {
        tags,
        summary: 'Lägg upp organ',
        body: Type.Object(
          {
            name: Type.String({ maxLength: 200 }),
            shortName: Type.String({ maxLength: 20 }),
            kind: Type.Union([
              Type.Literal('council'),
              Type.Literal('executive'),
              Type.Literal('board'),
              Type.Literal('subcommittee'),
            ]),
            parentId: Type.Optional(Id),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createCommittee(ctx.deps, ctx.ctx(request), request.actor, request.body)),
  )
}
