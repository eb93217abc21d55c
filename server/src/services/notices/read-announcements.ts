import { swedishDate } from '../../domain/dates.js'
import { NotFoundError } from '../../domain/errors.js'
import {
  findAnnouncement,
  listCurrentAnnouncements,
} from '../../repositories/announcement.repository.js'
import type { Ctx, Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'

/** The fullmäktige meetings announced on the notice board today (KL 5 kap. 13 §). */
export async function currentAnnouncements(deps: Deps, ctx: Ctx, municipalityId: string) {
  const today = swedishDate(ctx.now())
  return { today, announcements: await listCurrentAnnouncements(deps.db, municipalityId, today) }
}

export async function readAnnouncement(deps: Deps, municipalityId: string, id: string) {
  const row = isUuid(id) ? await findAnnouncement(deps.db, municipalityId, id) : undefined
  if (!row) throw new NotFoundError('announcement_not_found', 'Tillkännagivandet finns inte.')
  return row
}
