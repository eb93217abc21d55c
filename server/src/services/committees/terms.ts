import { isIsoDate } from '../../domain/dates.js'
import { ConflictError, assertNoFieldErrors, type FieldError } from '../../domain/errors.js'
import {
  findOverlappingTerm,
  insertTerm,
  listTerms,
} from '../../repositories/committee-term.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { requireMeetingManager } from './committee-access.js'

export interface NewTermInput {
  /** As people say it: '2023–2026'. */
  name: string
  startsOn: string
  endsOn: string
}

/** `term.create`: a term of office (mandatperiod). Terms of a municipality do not overlap. */
export async function createTerm(deps: Deps, ctx: Ctx, actor: Actor, input: NewTermInput) {
  requireMeetingManager(actor, 'lägga upp mandatperioder')
  const name = input.name?.trim() ?? ''
  const fields: FieldError[] = []
  if (!name || name.length > 100)
    fields.push({ field: 'name', message: 'Ange mandatperiodens namn, t.ex. 2023–2026.' })
  if (!isIsoDate(input.startsOn ?? ''))
    fields.push({ field: 'startsOn', message: 'Ange första dagen (ÅÅÅÅ-MM-DD).' })
  if (!isIsoDate(input.endsOn ?? ''))
    fields.push({ field: 'endsOn', message: 'Ange sista dagen (ÅÅÅÅ-MM-DD).' })
  else if (input.startsOn > input.endsOn)
    fields.push({ field: 'endsOn', message: 'Sista dagen kan inte vara före den första.' })
  assertNoFieldErrors(fields, 'Mandatperioden kunde inte läggas upp.')
  return runCommand(deps, ctx, actor, 'term.create', async (trx, at) => {
    const clash = await findOverlappingTerm(trx, actor.municipalityId, input.startsOn, input.endsOn)
    if (clash) {
      throw new ConflictError(
        'term_overlap',
        `Mandatperioden överlappar mandatperioden ${clash.name} (${clash.starts_on}–${clash.ends_on}).`,
      )
    }
    const row = await insertTerm(trx, {
      municipality_id: actor.municipalityId,
      name,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      created_at: at,
    })
    return {
      result: row,
      audit: {
        entityType: 'term',
        entityId: row.id,
        data: { name, startsOn: row.starts_on, endsOn: row.ends_on },
      },
    }
  })
}

export async function readTerms(deps: Deps, actor: Actor) {
  requireMeetingManager(actor, 'se mandatperioder')
  return listTerms(deps.db, actor.municipalityId)
}
