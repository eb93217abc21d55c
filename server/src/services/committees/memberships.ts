import type { Kysely } from 'kysely'
import type { DB, MembershipRole } from '../../db/schema.js'
import { isIsoDate } from '../../domain/dates.js'
import {
  ConflictError,
  NotFoundError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import { findTerm } from '../../repositories/committee-term.repository.js'
import {
  findOverlappingSeat,
  findPerson,
  findRoleHolder,
  findSubstituteAt,
  insertMembership,
  insertPerson,
  maxListOrder,
} from '../../repositories/member.repository.js'
import type { AuditEntry } from '../../repositories/audit.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'
import { loadCommittee, requireMeetingManager } from './committee-access.js'
import { requireLinkableUser } from './people.js'

export const MEMBERSHIP_ROLES: MembershipRole[] = ['chair', 'viceChair', 'member', 'substitute']
export const ROLE_LABEL: Record<MembershipRole, string> = {
  chair: 'ordförande',
  viceChair: 'vice ordförande',
  member: 'ledamot',
  substitute: 'ersättare',
}
/** A party as printed in "(S)", "(KD)", "(Kalixlistan)". */
const PARTY = /^[\p{L}][\p{L}\p{N}-]{0,19}$/u

export interface AddMemberInput {
  committeeId: string
  termId: string
  /** An existing person, or `name` (and optionally `userId`) to add a new one. */
  personId?: string | null
  name?: string | null
  userId?: string | null
  party: string
  role: MembershipRole
  /**
   * Substitutes: their place in the order of service; members: their place in the list. The
   * next place when left out.
   */
  order?: number | null
  /** Within the term; the whole term when left out. */
  startsOn?: string | null
  endsOn?: string | null
}

function fieldErrors(input: AddMemberInput): FieldError[] {
  const fields: FieldError[] = []
  if (!input.personId && !input.name?.trim())
    fields.push({ field: 'name', message: 'Ange namnet på ledamoten eller ersättaren.' })
  if ((input.name?.trim().length ?? 0) > 200)
    fields.push({ field: 'name', message: 'Namnet får vara högst 200 tecken.' })
  if (!PARTY.test(input.party?.trim() ?? ''))
    fields.push({ field: 'party', message: 'Ange partiets förkortning, t.ex. S eller KD.' })
  if (!MEMBERSHIP_ROLES.includes(input.role))
    fields.push({
      field: 'role',
      message: 'Ange roll: ordförande, vice ordförande, ledamot eller ersättare.',
    })
  const order = input.order
  if (order !== undefined && order !== null && (!Number.isInteger(order) || order < 1))
    fields.push({ field: 'order', message: 'Ange ett heltal, 1 eller högre.' })
  for (const f of ['startsOn', 'endsOn'] as const) {
    const v = input[f]
    if (v && !isIsoDate(v)) fields.push({ field: f, message: 'Ange ett datum (ÅÅÅÅ-MM-DD).' })
  }
  return fields
}

/** `committee.addMember`: a seat as chair, vice chair or member, or a substitute's place. */
export async function addMember(deps: Deps, ctx: Ctx, actor: Actor, input: AddMemberInput) {
  requireMeetingManager(actor, 'ändra organets ledamöter och ersättare')
  assertNoFieldErrors(fieldErrors(input), 'Ledamoten kunde inte läggas till.')
  const committee = await loadCommittee(deps.db, actor, input.committeeId)
  return runCommand(deps, ctx, actor, 'committee.addMember', async (trx, at) => {
    const term = isUuid(input.termId)
      ? await findTerm(trx, actor.municipalityId, input.termId)
      : undefined
    if (!term) throw new NotFoundError('term_not_found', 'Mandatperioden finns inte.')
    const startsOn = input.startsOn || term.starts_on
    const endsOn = input.endsOn || term.ends_on
    if (startsOn < term.starts_on || endsOn > term.ends_on || startsOn > endsOn) {
      assertNoFieldErrors(
        [
          {
            field: 'endsOn',
            message: `Perioden ska ligga inom ${term.starts_on}–${term.ends_on}.`,
          },
        ],
        'Ledamoten kunde inte läggas till.',
      )
    }
    const audit: AuditEntry[] = []
    const person = await resolvePerson(trx, actor, input, at, audit)
    if (await findOverlappingSeat(trx, committee.id, person.id, startsOn, endsOn)) {
      throw new ConflictError(
        'already_member',
        `${person.name} har redan en plats i ${committee.name} under perioden.`,
      )
    }
    if (input.role === 'chair' || input.role === 'viceChair') {
      const holder = await findRoleHolder(trx, committee.id, input.role, startsOn, endsOn)
      if (holder) {
        throw new ConflictError(
          'role_taken',
          `${committee.name} har redan en ${ROLE_LABEL[input.role]} under perioden (${holder.name}).`,
        )
      }
    }
    const listOrder = await listOrderOf(trx, input, committee.id, term.id, startsOn, endsOn)
    const row = await insertMembership(trx, {
      municipality_id: actor.municipalityId,
      committee_id: committee.id,
      term_id: term.id,
      person_id: person.id,
      role: input.role,
      party: input.party.trim(),
      list_order: listOrder,
      starts_on: startsOn,
      ends_on: endsOn,
      created_at: at,
    })
    audit.push({
      entityType: 'membership',
      entityId: row.id,
      data: {
        committeeId: committee.id,
        personId: person.id,
        name: person.name,
        party: row.party,
        role: row.role,
        order: listOrder,
        startsOn,
        endsOn,
      },
    })
    return { result: { ...row, name: person.name, user_id: person.user_id }, audit }
  })
}

async function resolvePerson(
  trx: Kysely<DB>,
  actor: Actor,
  input: AddMemberInput,
  at: Date,
  audit: AuditEntry[],
) {
  if (input.personId) {
    const p = isUuid(input.personId)
      ? await findPerson(trx, actor.municipalityId, input.personId)
      : undefined
    if (!p) throw new NotFoundError('person_not_found', 'Personen finns inte.')
    return p
  }
  const userId = input.userId ? (await requireLinkableUser(trx, actor, input.userId)).id : null
  const p = await insertPerson(trx, {
    municipality_id: actor.municipalityId,
    name: (input.name ?? '').trim(),
    user_id: userId,
    created_at: at,
  })
  audit.push({
    action: 'person.create',
    entityType: 'person',
    entityId: p.id,
    data: { name: p.name, userId },
  })
  return p
}

async function listOrderOf(
  trx: Kysely<DB>,
  input: AddMemberInput,
  committeeId: string,
  termId: string,
  from: string,
  to: string,
): Promise<number> {
  const substitute = input.role === 'substitute'
  if (!input.order) return (await maxListOrder(trx, committeeId, termId, substitute)) + 1
  if (substitute && (await findSubstituteAt(trx, committeeId, termId, input.order, from, to))) {
    throw new ConflictError(
      'substitute_order_taken',
      `Det finns redan en ersättare på plats ${input.order} i inträdesordningen.`,
    )
  }
  return input.order
}
