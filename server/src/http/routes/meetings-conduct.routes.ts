import { approveAgenda } from '../../services/meetings/agenda-approval.js'
import { electAttesters } from '../../services/meetings/attesters.js'
import {
  announceDissent,
  setDissentGrounds,
  withdrawDissent,
} from '../../services/meetings/dissents.js'
import { setExerciseOfAuthority } from '../../services/meetings/item-authority.js'
import { addMinutesNote, changeMinutesNote } from '../../services/meetings/minutes-notes.js'
import { addMotion, withdrawMotion } from '../../services/meetings/motions.js'
import { setOthersPresent } from '../../services/meetings/others-present.js'
import { readConduct } from '../../services/meetings/read-conduct.js'
import { recordVote, removeVote } from '../../services/meetings/votes.js'
import { presentConduct } from '../presenters/conduct.presenter.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'
import { ItemParams, MeetingParams } from './meetings.schema.js'
import {
  AgendaApprovalBody,
  AttestersBody,
  DissentBody,
  DissentParams,
  FlagBody,
  GroundsBody,
  MotionBody,
  MotionParams,
  NoteBody,
  NoteParams,
  NoteTextBody,
  OthersPresentBody,
  VoteBody,
  VoteParams,
} from './meetings-conduct.schema.js'

const tags = ['sammanträden']

/**
 * What happens at the meeting: motions and their order, votes, dissents, minutes notes, the
 * election of attesters, the approval of the agenda and others present. Every change answers
 * with the whole meeting as conducted so far (`GET /api/meetings/:id/conduct`).
 */
export function meetingConductRoutes(app: TypedApp, ctx: AppContext) {
  type Req = Parameters<AppContext['ctx']>[0]
  const conduct = async (request: Req, id: string) =>
    presentConduct(await readConduct(ctx.deps, ctx.ctx(request), request.actor, id))
  const created = async (request: Req, meetingId: string, id: string) => ({
    id,
    conduct: await conduct(request, meetingId),
  })

  app.get(
    '/api/meetings/:id/conduct',
    {
      schema: {
        tags,
        summary: 'Sammanträdets genomförande: yrkanden, beslut, omröstningar, reservationer',
        params: MeetingParams,
      },
    },
    async (request) => conduct(request, request.params.id),
  )

  app.post(
    '/api/meetings/:id/agenda/:itemId/motions',
    {
      schema: {
        tags,
        summary: 'Yrkande, eller förslaget i handlingarna',
        params: ItemParams,
        body: MotionBody,
      },
    },
    async (request, reply) => {
      const row = await addMotion(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        meetingId: request.params.id,
        itemId: request.params.itemId,
      })
      return reply.code(201).send(await created(request, request.params.id, row.id))
    },
  )

  app.post(
    '/api/meetings/:id/agenda/:itemId/motions/:motionId/withdraw',
    { schema: { tags, summary: 'Yrkandet återtas', params: MotionParams } },
    async (request) => {
      await withdrawMotion(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        itemId: request.params.itemId,
        motionId: request.params.motionId,
      })
      return conduct(request, request.params.id)
    },
  )

  app.put(
    '/api/meetings/:id/agenda/:itemId/exercise-of-authority',
    {
      schema: {
        tags,
        summary: 'Punkten gäller myndighetsutövning (ingen får avstå från att rösta)',
        params: ItemParams,
        body: FlagBody,
      },
    },
    async (request) => {
      await setExerciseOfAuthority(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        itemId: request.params.itemId,
        value: request.body.value,
      })
      return conduct(request, request.params.id)
    },
  )

  app.post(
    '/api/meetings/:id/agenda/:itemId/votes',
    {
      schema: {
        tags,
        summary: 'Öppen omröstning med namnupprop (ja, nej, avstår per tjänstgörande ledamot)',
        params: ItemParams,
        body: VoteBody,
      },
    },
    async (request, reply) => {
      const { vote } = await recordVote(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        ballots: request.body.ballots.map((b) => ({ memberId: b.membershipId, choice: b.choice })),
        meetingId: request.params.id,
        itemId: request.params.itemId,
      })
      return reply.code(201).send(await created(request, request.params.id, vote.id))
    },
  )

  app.delete(
    '/api/meetings/:id/agenda/:itemId/votes/:voteId',
    { schema: { tags, summary: 'Ta bort en felregistrerad omröstning', params: VoteParams } },
    async (request) => {
      await removeVote(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        itemId: request.params.itemId,
        voteId: request.params.voteId,
      })
      return conduct(request, request.params.id)
    },
  )

  app.post(
    '/api/meetings/:id/agenda/:itemId/dissents',
    {
      schema: { tags, summary: 'Reservation mot beslutet', params: ItemParams, body: DissentBody },
    },
    async (request, reply) => {
      const row = await announceDissent(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        meetingId: request.params.id,
        itemId: request.params.itemId,
      })
      return reply.code(201).send(await created(request, request.params.id, row.id))
    },
  )

  app.put(
    '/api/meetings/:id/agenda/:itemId/dissents/:dissentId/grounds',
    {
      schema: {
        tags,
        summary: 'Skriftlig motivering till reservationen (före justeringen)',
        params: DissentParams,
        body: GroundsBody,
      },
    },
    async (request) => {
      await setDissentGrounds(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        itemId: request.params.itemId,
        dissentId: request.params.dissentId,
        grounds: request.body.grounds,
      })
      return conduct(request, request.params.id)
    },
  )

  app.delete(
    '/api/meetings/:id/agenda/:itemId/dissents/:dissentId',
    { schema: { tags, summary: 'Reservationen tas tillbaka', params: DissentParams } },
    async (request) => {
      await withdrawDissent(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        itemId: request.params.itemId,
        dissentId: request.params.dissentId,
      })
      return conduct(request, request.params.id)
    },
  )

  app.post(
    '/api/meetings/:id/agenda/:itemId/notes',
    { schema: { tags, summary: 'Protokollsanteckning', params: ItemParams, body: NoteBody } },
    async (request, reply) => {
      const row = await addMinutesNote(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        meetingId: request.params.id,
        itemId: request.params.itemId,
      })
      return reply.code(201).send(await created(request, request.params.id, row.id))
    },
  )

  for (const method of ['put', 'delete'] as const) {
    app[method](
      '/api/meetings/:id/agenda/:itemId/notes/:noteId',
      {
        schema: {
          tags,
          summary:
            method === 'put' ? 'Ändra protokollsanteckningen' : 'Ta bort protokollsanteckningen',
          params: NoteParams,
          ...(method === 'put' ? { body: NoteTextBody } : {}),
        },
      },
      async (request) => {
        const body = request.body as { text?: string } | undefined
        await changeMinutesNote(ctx.deps, ctx.ctx(request), request.actor, {
          meetingId: request.params.id,
          itemId: request.params.itemId,
          noteId: request.params.noteId,
          text: method === 'put' ? (body?.text ?? '') : null,
        })
        return conduct(request, request.params.id)
      },
    )
  }

  app.put(
    '/api/meetings/:id/attesters',
    {
      schema: {
        tags,
        summary: 'Val av justerare, justeringens plats och tid',
        params: MeetingParams,
        body: AttestersBody,
      },
    },
    async (request) => {
      await electAttesters(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        meetingId: request.params.id,
      })
      return conduct(request, request.params.id)
    },
  )

  app.post(
    '/api/meetings/:id/agenda-approval',
    {
      schema: {
        tags,
        summary: 'Dagordningen fastställs (med tilläggen)',
        params: MeetingParams,
        body: AgendaApprovalBody,
      },
    },
    async (request) => {
      await approveAgenda(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        text: request.body.text,
      })
      return conduct(request, request.params.id)
    },
  )

  app.put(
    '/api/meetings/:id/others-present',
    {
      schema: {
        tags,
        summary: 'Övriga närvarande (tjänstepersoner, föredragande)',
        params: MeetingParams,
        body: OthersPresentBody,
      },
    },
    async (request) => {
      await setOthersPresent(ctx.deps, ctx.ctx(request), request.actor, {
        meetingId: request.params.id,
        people: request.body.people,
      })
      return conduct(request, request.params.id)
    },
  )
}
