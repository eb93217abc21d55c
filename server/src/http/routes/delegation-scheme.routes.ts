import { readScheme, readVersion } from '../../services/delegation/read-scheme.js'
import { addPoint, removePoint, updatePoint } from '../../services/delegation/scheme-points.js'
import {
  adoptVersion,
  createDraftVersion,
  discardDraftVersion,
  updateDraftVersion,
} from '../../services/delegation/scheme-versions.js'
import type { AppContext } from '../app-context.js'
import { presentScheme, presentVersionView } from '../presenters/delegation.presenter.js'
import type { TypedApp } from '../typed-app.js'
import {
  AdoptBody,
  CommitteeParams,
  DraftPatch,
  NewDraftBody,
  PointBody,
  PointParams,
  SchemeQuery,
  VersionParams,
} from './delegation.schema.js'

const tags = ['delegation']

/** The delegation scheme (delegationsordning): versions, points, adoption of a revision. */
export function delegationSchemeRoutes(app: TypedApp, ctx: AppContext) {
  const version = async (request: Parameters<AppContext['ctx']>[0], id: string) =>
    presentVersionView(await readVersion(ctx.deps, request.actor, id))

  app.get(
    '/api/committees/:id/delegation',
    {
      schema: {
        tags,
        summary: 'Delegationsordningen: versioner, den som gäller ett datum och utkastet',
        params: CommitteeParams,
        querystring: SchemeQuery,
      },
    },
    async (request) =>
      presentScheme(
        await readScheme(
          ctx.deps,
          ctx.ctx(request),
          request.actor,
          request.params.id,
          request.query.on,
        ),
      ),
  )

  app.post(
    '/api/committees/:id/delegation/versions',
    {
      schema: {
        tags,
        summary: 'Påbörja en revidering: ett utkast, som kopia av gällande version',
        params: CommitteeParams,
        body: NewDraftBody,
      },
    },
    async (request, reply) => {
      const v = await createDraftVersion(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        committeeId: request.params.id,
      })
      return reply.code(201).send(await version(request, v.id))
    },
  )

  app.get(
    '/api/delegation/versions/:id',
    { schema: { tags, summary: 'En version med sina punkter', params: VersionParams } },
    async (request) => version(request, request.params.id),
  )

  app.patch(
    '/api/delegation/versions/:id',
    {
      schema: {
        tags,
        summary: 'Ändra ett utkasts planerade giltighetsdag eller anteckning',
        params: VersionParams,
        body: DraftPatch,
      },
    },
    async (request) => {
      await updateDraftVersion(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        versionId: request.params.id,
      })
      return version(request, request.params.id)
    },
  )

  app.delete(
    '/api/delegation/versions/:id',
    { schema: { tags, summary: 'Ta bort ett utkast', params: VersionParams } },
    async (request, reply) => {
      await discardDraftVersion(ctx.deps, ctx.ctx(request), request.actor, request.params.id)
      return reply.code(204).send()
    },
  )

  app.post(
    '/api/delegation/versions/:id/adopt',
    {
      schema: {
        tags,
        summary: 'Anta utkastet: det gäller från sin första dag, den tidigare versionen upphör',
        params: VersionParams,
        body: AdoptBody,
      },
    },
    async (request) => {
      await adoptVersion(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        versionId: request.params.id,
      })
      return version(request, request.params.id)
    },
  )

  app.post(
    '/api/delegation/versions/:id/points',
    {
      schema: {
        tags,
        summary: 'Lägg till en delegationspunkt i ett utkast',
        params: VersionParams,
        body: PointBody,
      },
    },
    async (request, reply) => {
      await addPoint(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        versionId: request.params.id,
      })
      return reply.code(201).send(await version(request, request.params.id))
    },
  )

  app.put(
    '/api/delegation/versions/:id/points/:pointId',
    {
      schema: {
        tags,
        summary: 'Ändra en delegationspunkt i ett utkast',
        params: PointParams,
        body: PointBody,
      },
    },
    async (request) => {
      await updatePoint(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        versionId: request.params.id,
        pointId: request.params.pointId,
      })
      return version(request, request.params.id)
    },
  )

  app.delete(
    '/api/delegation/versions/:id/points/:pointId',
    { schema: { tags, summary: 'Ta bort en delegationspunkt ur ett utkast', params: PointParams } },
    async (request) => {
      await removePoint(ctx.deps, ctx.ctx(request), request.actor, {
        versionId: request.params.id,
        pointId: request.params.pointId,
      })
      return version(request, request.params.id)
    },
  )
}
