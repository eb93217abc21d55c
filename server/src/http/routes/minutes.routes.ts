import { finaliseMinutes, withdrawMinutes } from '../../services/minutes/finalise.js'
import { fixSectionForImmediateAttestation } from '../../services/minutes/immediate-attestation.js'
import {
  minutesDocumentPdf,
  minutesHtml,
  minutesPdf,
} from '../../services/minutes/minutes-files.js'
import { registerMeetingMinutes } from '../../services/minutes/register-minutes.js'
import { signMinutes } from '../../services/minutes/sign.js'
import { readMinutes } from '../../services/minutes/read-minutes.js'
import { editSectionText } from '../../services/minutes/section-texts.js'
import { presentMinutes } from '../presenters/minutes.presenter.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { sendFile } from './documents.routes.js'
import { ItemParams, MeetingParams } from './meetings.schema.js'
import { FinaliseBody, SignBody, SectionTextBody } from './minutes.schema.js'
import { Type } from 'typebox'
import { Id } from '../schemas.js'

const tags = ['protokoll']

/** The minutes of a meeting: their state, text per §, and the HTML and PDF. */
export function minutesRoutes(app: TypedApp, ctx: AppContext) {
  type Req = Parameters<AppContext['ctx']>[0]
  const state = async (request: Req, id: string) =>
    presentMinutes(await readMinutes(ctx.deps, ctx.ctx(request), request.actor, id))

  app.get(
    '/api/meetings/:id/minutes',
    {
      schema: {
        tags,
        summary: 'Protokollet: läge, vad som saknas, justerare och underskrifter, innehåll',
        params: MeetingParams,
      },
    },
    async (request) => state(request, request.params.id),
  )

  app.get(
    '/api/meetings/:id/minutes.html',
    { schema: { tags, summary: 'Protokollet som tillgänglig HTML', params: MeetingParams } },
    async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(await minutesHtml(ctx.deps, ctx.ctx(request), request.actor, request.params.id)),
  )

  app.get(
    '/api/meetings/:id/minutes.pdf',
    {
      schema: {
        tags,
        summary:
          'Protokollet som PDF/A: utkast, eller det fastställda med underskrifterna hittills',
        params: MeetingParams,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await minutesPdf(ctx.deps, ctx.ctx(request), request.actor, request.params.id),
        'inline',
      ),
  )

  app.put(
    '/api/meetings/:id/minutes/sections/:itemId',
    {
      schema: {
        tags,
        summary:
          'Paragrafens text: handlingar, bakgrund, överläggning, beslutsinledning, expediering, sekretess',
        params: ItemParams,
        body: SectionTextBody,
      },
    },
    async (request) => {
      await editSectionText(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        meetingId: request.params.id,
        itemId: request.params.itemId,
      })
      return state(request, request.params.id)
    },
  )

  app.post(
    '/api/meetings/:id/minutes/finalise',
    {
      schema: {
        tags,
        summary:
          'Skicka protokollet för justering: PDF:en framställs en gång och texten låses (nekas om något saknas)',
        params: MeetingParams,
        body: FinaliseBody,
      },
    },
    async (request) => {
      await finaliseMinutes(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        storedAt: request.body.storedAt,
      })
      return state(request, request.params.id)
    },
  )

  app.post(
    '/api/meetings/:id/minutes/withdraw',
    {
      schema: {
        tags,
        summary: 'Ta tillbaka protokollet från justering (bara innan någon har skrivit under)',
        params: MeetingParams,
      },
    },
    async (request) => {
      await withdrawMinutes(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
      })
      return state(request, request.params.id)
    },
  )

  app.post(
    '/api/meetings/:id/minutes/signatures',
    {
      schema: {
        tags,
        summary:
          'Skriv under (justera) med elektronisk underskrift: ordföranden och justerarna, var och en sin egen',
        params: MeetingParams,
        body: SignBody,
      },
    },
    async (request) => {
      const signed = await signMinutes(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        documentId: request.body.documentId,
      })
      return {
        attested: signed.attested,
        postingId: signed.postingId,
        registration: signed.registration,
        minutes: await state(request, request.params.id),
      }
    },
  )

  app.post(
    '/api/meetings/:id/minutes/registration',
    {
      schema: {
        tags,
        summary:
          'Registrera det justerade protokollet i diariet (om det inte blev gjort vid justeringen)',
        params: MeetingParams,
      },
    },
    async (request) => ({
      outcomes: await registerMeetingMinutes(
        ctx.deps,
        ctx.ctx(request),
        request.actor,
        request.params.id,
      ),
    }),
  )

  app.post(
    '/api/meetings/:id/agenda/:itemId/immediate-attestation',
    {
      schema: {
        tags,
        summary:
          'Omedelbar justering: paragrafens text fastställs och kan skrivas under vid sammanträdet',
        params: ItemParams,
      },
    },
    async (request) => {
      const doc = await fixSectionForImmediateAttestation(
        ctx.deps,
        ctx.ctx(request),
        request.actor,
        {
          meetingId: request.params.id,
          itemId: request.params.itemId,
        },
      )
      return { documentId: doc.id, minutes: await state(request, request.params.id) }
    },
  )

  app.get(
    '/api/meetings/:id/minutes/documents/:documentId/pdf',
    {
      schema: {
        tags,
        summary:
          'Det fastställda protokollet eller den omedelbart justerade paragrafen, med underskrifterna hittills',
        params: Type.Object({ id: Id, documentId: Id }),
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await minutesDocumentPdf(
          ctx.deps,
          ctx.ctx(request),
          request.actor,
          request.params.id,
          request.params.documentId,
        ),
        'inline',
      ),
  )
}
