import { Type } from 'typebox'
import { addCorrection, readCorrections } from '../../services/minutes/corrections.js'
import {
  createExtract,
  extractPdf,
  readExtracts,
  recordDispatch,
} from '../../services/minutes/extracts.js'
import { Id } from '../schemas.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { sendFile } from './documents.routes.js'
import { MeetingParams } from './meetings.schema.js'

const tags = ['protokoll']
const instant = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)
const ExtractParams = Type.Object({ id: Id, extractId: Id })
const Channel = Type.Union([
  Type.Literal('email'),
  Type.Literal('post'),
  Type.Literal('internalMail'),
  Type.Literal('eService'),
  Type.Literal('byHand'),
])

/** Extracts (protokollsutdrag) with their dispatch log, and corrections of attested minutes. */
export function minutesExtractRoutes(app: TypedApp, ctx: AppContext) {
  type Req = Parameters<AppContext['ctx']>[0]
  const list = async (request: Req, meetingId: string) => ({
    extracts: (await readExtracts(ctx.deps, request.actor, meetingId)).map(
      ({ extract: e, dispatches }) => ({
        id: e.id,
        sectionNumbers: e.section_numbers,
        certifiedBy: e.certified_name,
        certifiedTitle: e.certified_title,
        certifiedOn: e.certified_on,
        createdAt: instant(e.created_at),
        pdf: `/api/meetings/${meetingId}/minutes/extracts/${e.id}/pdf`,
        dispatches: dispatches.map((d) => ({
          id: d.id,
          recipient: d.recipient,
          channel: d.channel,
          address: d.address,
          note: d.note,
          dispatchedAt: instant(d.dispatched_at),
          dispatchedBy: d.dispatched_by_name,
        })),
      }),
    ),
  })

  app.get(
    '/api/meetings/:id/minutes/extracts',
    { schema: { tags, summary: 'Protokollsutdrag och expedieringslogg', params: MeetingParams } },
    async (request) => list(request, request.params.id),
  )

  app.post(
    '/api/meetings/:id/minutes/extracts',
    {
      schema: {
        tags,
        summary:
          'Protokollsutdrag av en eller flera paragrafer med utdragsbestyrkande (ur justerat protokoll)',
        params: MeetingParams,
        body: Type.Object(
          {
            sectionNumbers: Type.Array(Type.Integer({ minimum: 1, maximum: 100_000 }), {
              maxItems: 200,
            }),
            certifiedTitle: Type.Optional(
              Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
            ),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const e = await createExtract(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        ...request.body,
      })
      return reply.code(201).send({ id: e.id, ...(await list(request, request.params.id)) })
    },
  )

  app.get(
    '/api/meetings/:id/minutes/extracts/:extractId/pdf',
    { schema: { tags, summary: 'Utdraget som PDF/A', params: ExtractParams } },
    async (request, reply) =>
      sendFile(
        reply,
        await extractPdf(ctx.deps, request.actor, request.params.id, request.params.extractId),
        'inline',
      ),
  )

  app.post(
    '/api/meetings/:id/minutes/extracts/:extractId/dispatches',
    {
      schema: {
        tags,
        summary: 'Expediering: till vem utdraget skickades, hur och när',
        params: ExtractParams,
        body: Type.Object(
          {
            recipient: Type.String({ maxLength: 300 }),
            channel: Channel,
            address: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
            note: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
            dispatchedAt: Type.Optional(
              Type.Union([Type.String({ format: 'date-time', maxLength: 40 }), Type.Null()]),
            ),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      await recordDispatch(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        extractId: request.params.extractId,
        ...request.body,
      })
      return reply.code(201).send(await list(request, request.params.id))
    },
  )

  app.get(
    '/api/meetings/:id/minutes/corrections',
    { schema: { tags, summary: 'Rättelser av det justerade protokollet', params: MeetingParams } },
    async (request) => {
      return {
        corrections: (await readCorrections(ctx.deps, request.actor, request.params.id)).map(
          (c) => ({
            id: c.id,
            sectionNumbers: c.section_numbers,
            text: c.text,
            documentId: c.document_id,
            createdAt: instant(c.created_at),
          }),
        ),
      }
    },
  )

  app.post(
    '/api/meetings/:id/minutes/corrections',
    {
      schema: {
        tags,
        summary:
          'Rättelse av justerat protokoll: en ny, registrerad handling (protokollet ändras inte)',
        params: MeetingParams,
        body: Type.Object(
          {
            text: Type.String({ maxLength: 20_000 }),
            sectionNumbers: Type.Optional(
              Type.Array(Type.Integer({ minimum: 1, maximum: 100_000 }), { maxItems: 200 }),
            ),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const r = await addCorrection(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        ...request.body,
      })
      return reply.code(201).send({ id: r.correction.id, registration: r.registration })
    },
  )
}
