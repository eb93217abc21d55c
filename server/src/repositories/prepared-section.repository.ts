import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

/**
 * The §§ in which a subcommittee (utskott) of `parentCommitteeId` dealt with these cases before
 * `beforeDate`, newest first: the utskott's proposal that the parent's notice carries
 * ("§ 97 … Kommunstyrelsens arbets- och personalutskott föreslår kommunstyrelsen …").
 */
export function listPreparedSections(
  db: Kysely<DB>,
  parentCommitteeId: string,
  caseIds: string[],
  beforeDate: string,
) {
  if (caseIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('committees as c', 'c.id', 'm.committee_id')
    .innerJoin('agenda_item_decisions as d', 'd.agenda_item_id', 'i.id')
    .select([
      'i.case_id',
      'i.section_number',
      'm.meets_on',
      'c.name as committee_name',
      'd.text as decision_text',
    ])
    .where('c.parent_id', '=', parentCommitteeId)
    .where('i.case_id', 'in', caseIds)
    .where('i.section_number', 'is not', null)
    .where('m.meets_on', '<', beforeDate)
    .where('m.status', 'in', ['closed', 'attested'])
    .orderBy('m.meets_on', 'desc')
    .orderBy('i.section_number', 'desc')
    .execute()
}
