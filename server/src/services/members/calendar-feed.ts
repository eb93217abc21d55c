import { createHash, randomBytes } from 'node:crypto'
import { swedishDate } from '../../domain/dates.js'
import { NotFoundError } from '../../domain/errors.js'
import { renderCalendar } from '../../domain/icalendar.js'
import { addDays } from '../../domain/swedish-calendar.js'
import {
  deleteCalendarFeed,
  findCalendarFeed,
  findUserByFeedHash,
  setCalendarFeed,
} from '../../repositories/calendar-feed.repository.js'
import { listAgenda } from '../../repositories/agenda.repository.js'
import { listMeetingsOfUser } from '../../repositories/my-meetings.repository.js'
import { requireUser } from '../access/policies.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { MEETING_STATUS_LABEL } from '../meetings/meeting-status.js'

const hash = (token: string) => createHash('sha256').update(token).digest('hex')
const TOKEN = /^[A-Za-z0-9_-]{43}$/

const notFound = () => new NotFoundError('calendar_not_found', 'Kalenderflödet finns inte.')

/**
 * `calendar.createFeed`: a new secret address for the user's meeting calendar. Calendar
 * programs cannot log in, so the address is the key: it is shown once, stored only as a hash,
 * and making a new one retires the old.
 */
export async function createCalendarFeed(deps: Deps, ctx: Ctx, actor: Actor) {
  requireUser(actor)
  const token = randomBytes(32).toString('base64url')
  await runCommand(deps, ctx, actor, 'calendar.createFeed', async (trx, at) => {
    if (actor.kind === 'user') await setCalendarFeed(trx, actor.id, hash(token), at)
    return { result: null, audit: { entityType: 'user', entityId: actorId(actor) } }
  })
  return { token }
}

/** `calendar.revokeFeed`: the old address stops working. */
export async function revokeCalendarFeed(deps: Deps, ctx: Ctx, actor: Actor) {
  requireUser(actor)
  return runCommand(deps, ctx, actor, 'calendar.revokeFeed', async (trx) => {
    const gone = actor.kind === 'user' ? await deleteCalendarFeed(trx, actor.id) : undefined
    if (!gone || Number(gone.numDeletedRows) === 0) throw notFound()
    return { result: null, audit: { entityType: 'user', entityId: actorId(actor) } }
  })
}

export async function calendarFeedStatus(deps: Deps, actor: Actor) {
  requireUser(actor)
  const row = actor.kind === 'user' ? await findCalendarFeed(deps.db, actor.id) : undefined
  return { active: !!row, createdAt: row?.created_at ?? null }
}

/**
 * The feed itself: the meetings of the committees the feed's owner sits on, from a year back
 * to a year and a half ahead, with the agenda's item titles (which the agenda keeps fit to be
 * shown: protected case titles never reach it) and cancelled meetings marked.
 */
export async function calendarFeed(deps: Deps, ctx: Ctx, token: string): Promise<string> {
  if (!TOKEN.test(token)) throw notFound()
  const user = await findUserByFeedHash(deps.db, hash(token))
  if (!user || !user.active) throw notFound()
  const today = swedishDate(ctx.now())
  const meetings = await listMeetingsOfUser(
    deps.db,
    user.id,
    { from: addDays(today, -366), to: addDays(today, 550) },
    1000,
  )
  const events = []
  for (const m of meetings) {
    const agenda = await listAgenda(deps.db, m.id)
    const seat = m.seat_role === 'substitute' ? 'Ersättare' : 'Ledamot'
    events.push({
      uid: `${m.id}@kansli`,
      date: m.meets_on,
      start: m.starts_at,
      end: m.ends_at,
      summary: `${m.committee_name} – sammanträde`,
      location: m.place,
      description: [
        `${seat} (${m.party}). Status: ${MEETING_STATUS_LABEL[m.status]}.`,
        ...(m.absence_reported_at ? ['Du har anmält förhinder.'] : []),
        ...agenda.map(
          (i) => `${i.position}. ${i.title}${i.case_number ? ` (${i.case_number})` : ''}`,
        ),
      ].join('\n'),
      cancelled: m.status === 'cancelled',
      sequence: Math.floor(new Date(m.updated_at).getTime() / 1000) % 2_000_000_000,
    })
  }
  return renderCalendar({ name: `Sammanträden – ${user.display_name}`, events, now: ctx.now() })
}
