import type { Kysely } from 'kysely'
import type { DB, StaffFunction } from '../../db/schema.js'
import { NotFoundError, ValidationError } from '../../domain/errors.js'
import { noticeRuleFor, type NoticeRule } from '../../domain/notice.js'
import {
  findCommitteeSettings,
  insertStaff,
  upsertCommitteeSettings,
  type CommitteeRow,
} from '../../repositories/committee.repository.js'
import { findUserById } from '../../repositories/user.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid } from '../registry/create-case.js'
import { loadCommittee, requireMeetingManager } from './committee-access.js'

/**
 * The committee's notice rule (domain/notice.ts): fullmäktige by law, at least a week; a nämnd
 * or utskott by the number of days its reglemente sets, which must be configured first.
 */
export async function committeeNoticeRule(
  db: Kysely<DB>,
  committee: CommitteeRow,
): Promise<NoticeRule> {
  const settings = await findCommitteeSettings(db, committee.id)
  const days = settings?.notice_days_before ?? undefined
  if (committee.kind !== 'council' && days === undefined) {
    throw new ValidationError(
      `Ange först hur många dagar före sammanträdet kallelsen till ${committee.name} ska skickas (enligt reglementet).`,
      [{ field: 'noticeDaysBefore', message: 'Antalet dagar står i organets reglemente.' }],
      'notice_rule_missing',
    )
  }
  return noticeRuleFor(committee.kind, days)
}

/** `committee.configure`: the notice period from the committee's reglemente. */
export async function configureCommittee(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { committeeId: string; noticeDaysBefore: number | null },
) {
  requireMeetingManager(actor, 'ändra organets inställningar')
  const committee = await loadCommittee(deps.db, actor, input.committeeId)
  const days = input.noticeDaysBefore ?? undefined
  const rule = noticeRuleFor(committee.kind, days)
  return runCommand(deps, ctx, actor, 'committee.configure', async (trx, at) => {
    const row = await upsertCommitteeSettings(trx, {
      committee_id: committee.id,
      notice_days_before: days ?? null,
      updated_at: at,
    })
    return {
      result: { settings: row, noticeRule: rule },
      audit: {
        entityType: 'committee',
        entityId: committee.id,
        data: { noticeDaysBefore: days ?? null, ruleSource: rule.source },
      },
    }
  })
}

/** `committee.assignStaff`: the committee's secretary or an official who attends its meetings. */
export async function assignStaff(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { committeeId: string; userId: string; function: StaffFunction },
) {
  requireMeetingManager(actor, 'ändra organets tjänstepersoner')
  const committee = await loadCommittee(deps.db, actor, input.committeeId)
  if (input.function !== 'secretary' && input.function !== 'official') {
    throw new ValidationError('Okänd funktion.', [
      {
        field: 'function',
        message: 'Ange sekreterare (secretary) eller tjänsteperson (official).',
      },
    ])
  }
  const user = isUuid(input.userId) ? await findUserById(deps.db, input.userId) : undefined
  if (!user || user.municipality_id !== actor.municipalityId || !user.active) {
    throw new NotFoundError('user_not_found', 'Användaren finns inte.')
  }
  if (input.function === 'secretary' && !user.roles.includes('secretary')) {
    throw new ValidationError(
      `${user.display_name} har inte rollen nämndsekreterare.`,
      [{ field: 'userId', message: 'Välj en användare med rollen nämndsekreterare.' }],
      'not_a_secretary',
    )
  }
  return runCommand(deps, ctx, actor, 'committee.assignStaff', async (trx, at) => {
    const row = await insertStaff(trx, {
      municipality_id: actor.municipalityId,
      committee_id: committee.id,
      user_id: user.id,
      function: input.function,
      created_at: at,
    })
    return {
      result: row,
      audit: {
        entityType: 'committee',
        entityId: committee.id,
        data: { staffUserId: user.id, function: input.function },
      },
    }
  })
}
