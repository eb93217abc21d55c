import { Type } from 'typebox'
import { addAgendaItem } from '../../services/meetings/agenda-items.js'
import {
  moveAgendaItem,
  removeAgendaItem,
  updateAgendaItemText,
} from '../../services/meetings/agenda-edit.js'
import { readMeeting } from '../../services/meetings/read-meeting.js'
import { presentAgendaItem, presentMeeting } from '../presenters/meeting.presenter.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { AgendaItemPatch, ItemParams, MeetingParams, NewAgendaItemBody } from './meetings.schema.js'

const tags = ['sammanträden']

/** The agenda of a meeting: add, change, move and remove items (registered by meetings.routes). */
export function meetingAgendaRoutes(app: TypedApp, ctx: AppContext) {
  const item = async (request: Parameters<AppContext['ctx']>[0], meetingId: string, id: string) => {
    const v = await readMeeting(ctx.deps, ctx.ctx(request), request.actor, meetingId)
    return presentAgendaItem(v.agenda.find((i) => i.id === id)!)
  }

  app.post(
    '/api/meetings/:id/agenda',
    {
      schema: {
        tags,
        summary:
          'Lägg till en punkt på ärendelistan (ärende, information, meddelanden, delegationsbeslut)',
        params: MeetingParams,
        body: NewAgendaItemBody,
      },
    },
    async (request, reply) => {
      const row = await addAgendaItem(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        meetingId: request.params.id,
      })
      return reply.code(201).send(await item(request, request.params.id, row.id))
    },
  )

  app.patch(
    '/api/meetings/:id/agenda/:itemId',
    {
      schema: {
        tags,
        summary: 'Ändra rubrik, föredragande eller paragrafnumrering',
        params: ItemParams,
        body: AgendaItemPatch,
      },
    },
    async (request) => {
      await updateAgendaItemText(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        meetingId: request.params.id,
        itemId: request.params.itemId,
      })
      return item(request, request.params.id, request.params.itemId)
    },
  )

  app.post(
    '/api/meetings/:id/agenda/:itemId/move',
    {
      schema: {
        tags,
        summary: 'Flytta en punkt till en annan plats',
        params: ItemParams,
        body: Type.Object(
          { position: Type.Integer({ minimum: 1, maximum: 1000 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      await moveAgendaItem(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        itemId: request.params.itemId,
        position: request.body.position,
      })
      return presentMeeting(
        await readMeeting(ctx.deps, ctx.ctx(request), request.actor, request.params.id),
      )
    },
  )

  app.delete(
    '/api/meetings/:id/agenda/:itemId',
    { schema: { tags, summary: 'Ta bort en punkt (före sammanträdet)', params: ItemParams } },
    async (request) => {
      await removeAgendaItem(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        itemId: request.params.itemId,
      })
      return presentMeeting(
        await readMeeting(ctx.deps, ctx.ctx(request), request.actor, request.params.id),
      )
    },
  )
}
