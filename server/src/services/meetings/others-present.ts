import { assertNoFieldErrors, type FieldError } from '../../domain/errors.js'
import { replaceOthersPresent } from '../../repositories/attester.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { assertMinutesEditable } from '../minutes/minutes-lock.js'
import { lockMeetingFor } from './meeting-lookup.js'
import { assertStatusIn } from './meeting-status.js'

export interface OtherPresentInput {
  name: string
  /** 'IT-chef', 'Kalmar Vatten AB' */
  title?: string | null
  /** Partial attendance, '§ 27'. */
  note?: string | null
}

/**
 * `meeting.setOthersPresent`: who else attended without deciding (övriga närvarande: staff,
 * presenters, guests), for the minutes' front page (LEGAL-RULES §2.5). Replaces the list.
 */
export async function setOthersPresent(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { meetingId: string; people: OtherPresentInput[] },
) {
  requireMeetingManager(actor, 'ange övriga närvarande')
  const fields: FieldError[] = []
  const rows = (input.people ?? []).map((p, i) => {
    const name = p.name?.trim() ?? ''
    if (!name || name.length > 200)
      fields.push({ field: `people[${i}].name`, message: 'Ange namn (högst 200 tecken).' })
    for (const f of ['title', 'note'] as const) {
      if ((p[f]?.trim().length ?? 0) > 200)
        fields.push({ field: `people[${i}].${f}`, message: 'Högst 200 tecken.' })
    }
    return { name, title: p.title?.trim() || null, note: p.note?.trim() || null }
  })
  if (rows.length > 100) fields.push({ field: 'people', message: 'Högst 100 personer.' })
  assertNoFieldErrors(fields, 'Övriga närvarande kunde inte sparas.')
  return runCommand(deps, ctx, actor, 'meeting.setOthersPresent', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['open', 'closed', 'attested'], 'ange övriga närvarande')
    await assertMinutesEditable(trx, m)
    const saved = await replaceOthersPresent(trx, m.id, rows, at)
    return {
      result: saved,
      audit: { entityType: 'meeting', entityId: m.id, data: { count: saved.length } },
    }
  })
}
