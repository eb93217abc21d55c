import { Type } from 'typebox'
import type { AnnouncementRow } from '../../repositories/announcement.repository.js'
import { meetingDay } from '../../render/swedish-format.js'
import {
  currentAnnouncements,
  readAnnouncement,
} from '../../services/notices/read-announcements.js'
import { Id } from '../schemas.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'

const tags = ['anslagstavla (allmänheten)']

/** What the notice board shows of an announced fullmäktige meeting: time, place, matters. */
function present(a: AnnouncementRow) {
  return {
    id: a.id,
    title: `${a.supplementary ? 'Tillkännagivande av tilläggsärenden' : 'Tillkännagivande av sammanträde'}: ${a.committee_name} ${a.meeting_date}`,
    committee: a.committee_name,
    meetingDate: a.meeting_date,
    meetingDay: meetingDay(a.meeting_date),
    startsAt: a.starts_at,
    place: a.place,
    items: a.items,
    supplementary: a.supplementary,
    postedOn: a.posted_on,
    takeDownOn: a.take_down_on,
  }
}

/** Fullmäktige's meeting announcements on the public notice board: no login. */
export function announcementRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/public/notice-board/announcements',
    {
      schema: {
        tags,
        summary: 'Tillkännagivanden av fullmäktiges sammanträden (tid, plats och ärenden)',
      },
    },
    async (request) => {
      const r = await currentAnnouncements(ctx.deps, ctx.ctx(request), await ctx.municipalityId())
      return { today: r.today, announcements: r.announcements.map(present) }
    },
  )

  app.get(
    '/api/public/notice-board/announcements/:id',
    { schema: { tags, summary: 'Ett tillkännagivande', params: Type.Object({ id: Id }) } },
    async (request) =>
      present(await readAnnouncement(ctx.deps, await ctx.municipalityId(), request.params.id)),
  )
}
