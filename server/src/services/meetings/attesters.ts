import { attestationDeadline } from '../../domain/appeal.js'
import { swedishDate } from '../../domain/dates.js'
import {
  ConflictError,
  ValidationError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import { listActiveDocuments } from '../../repositories/minutes-document.repository.js'
import { upsertDecision } from '../../repositories/agenda.repository.js'
import { saveAttestationPlan } from '../../repositories/attester.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { assertMinutesEditable } from '../minutes/minutes-lock.js'
import { joinSwedish, personLabel } from '../minutes/wording.js'
import { meetingAttendance } from './attendance.js'
import { assertQuorum, presidingChair } from './item-conduct.js'
import { lockMeetingFor } from './meeting-lookup.js'
import { assertStatusIn } from './meeting-status.js'
import { rollCallMissing } from './roll-call.js'

export interface AttesterElectionInput {
  meetingId: string
  /** The attesters (justerare) besides the chair, in the order they sign. */
  attesterIds: string[]
  /** Justeringens plats, 'Stadshuset'. */
  place?: string | null
  /** Justeringens tid, an ISO instant: dissent grounds are accepted until then. */
  dueAt?: string | null
  /** Who chairs the meeting, when neither the chair nor the vice chair is there. */
  chairMembershipId?: string | null
}

const TIME_FORMAT = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
})

/**
 * `meeting.electAttesters`: val av justerare at the meeting. The chair signs first; the
 * attesters come from those serving; the time set must fall within the 14 days of KL 5 kap.
 * 69 § (via 6 kap. 35 §). The attester-election item gets its decision text; held again, the
 * election replaces the earlier one.
 */
export async function electAttesters(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: AttesterElectionInput,
) {
  requireMeetingManager(actor, 'välja justerare')
  const ids = input.attesterIds ?? []
  const place = input.place?.trim() || null
  const dueAt = input.dueAt ? new Date(input.dueAt) : null
  const fields: FieldError[] = []
  if (ids.length < 1 || ids.length > 4 || new Set(ids).size !== ids.length)
    fields.push({ field: 'attesterIds', message: 'Välj en till fyra olika justerare.' })
  if (place && place.length > 200)
    fields.push({ field: 'place', message: 'Platsen får vara högst 200 tecken.' })
  if (dueAt && Number.isNaN(dueAt.getTime()))
    fields.push({ field: 'dueAt', message: 'Ange tid som ÅÅÅÅ-MM-DDTTT:MM.' })
  assertNoFieldErrors(fields, 'Justerarna kunde inte väljas.')
  return runCommand(deps, ctx, actor, 'meeting.electAttesters', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['open'], 'välja justerare')
    await assertMinutesEditable(trx, m)
    if ((await listActiveDocuments(trx, m.id)).length > 0) {
      throw new ConflictError(
        'attesters_signing',
        'En paragraf har redan fastställts för omedelbar justering av de valda justerarna; valet kan inte göras om.',
      )
    }
    const a = await meetingAttendance(trx, m)
    if (!a.rollCallTaken) throw rollCallMissing()
    const entry = a.items.find((i) => i.item.kind === 'attesterElection') ?? a.items[0]
    if (!entry) throw new ValidationError('Sammanträdet har inga punkter.', [])
    if (entry.item.kind === 'attesterElection') assertQuorum(entry, a.roster.members.length)
    const chair = presidingChair(a, entry, input.chairMembershipId)
    const servingAnywhere = new Set(a.items.flatMap((i) => i.serving.map((s) => s.id)))
    const problems: FieldError[] = []
    for (const id of ids) {
      if (id === chair.id)
        problems.push({
          field: 'attesterIds',
          message: 'Ordföranden justerar alltid; välj andra justerare.',
        })
      else if (!servingAnywhere.has(id))
        problems.push({ field: 'attesterIds', message: `Tjänstgör inte vid sammanträdet: ${id}.` })
    }
    if (dueAt) {
      const day = swedishDate(dueAt)
      const deadline = attestationDeadline(m.meets_on)
      if (day < m.meets_on || day > deadline)
        problems.push({
          field: 'dueAt',
          message: `Justeringen ska ske senast ${deadline}, inom 14 dagar efter sammanträdet (KL 5 kap. 69 §).`,
        })
    }
    assertNoFieldErrors(problems, 'Justerarna kunde inte väljas.')
    await saveAttestationPlan(
      trx,
      {
        meeting_id: m.id,
        chair_membership_id: chair.id,
        place,
        due_at: dueAt,
        elected_at: at,
        recorded_by: actorId(actor),
      },
      ids,
    )
    const names = joinSwedish(ids.map((id) => personLabel(a.people.find((p) => p.id === id)!)))
    const when = dueAt ? `${swedishDate(dueAt)} kl. ${TIME_FORMAT.format(dueAt)}` : null
    const text = [
      `Att jämte ordföranden justera protokollet utses ${names}.`,
      ...(place || when ? [`Justering sker ${[place, when].filter(Boolean).join(', ')}.`] : []),
    ].join(' ')
    if (entry.item.kind === 'attesterElection') {
      await upsertDecision(trx, {
        agenda_item_id: entry.item.id,
        text,
        recorded_at: at,
        recorded_by: actorId(actor),
      })
    }
    return {
      result: { chairMembershipId: chair.id, attesterIds: ids, place, dueAt, text },
      audit: {
        entityType: 'meeting',
        entityId: m.id,
        data: { chair: chair.id, attesters: ids, place, dueAt: dueAt?.toISOString() ?? null },
      },
    }
  })
}
